/// One node of a loaded JSON or YAML document.
///
/// Nodes are immutable reference objects. Every node, mapping keys included,
/// knows its source range, both as lines and columns (`range`, what findings
/// show) and as byte offsets into the source (`bytes`, what an edit needs);
/// `SourceText` answers the questions a fix asks about them.
///
/// A YAML alias is a node of its own, placed where the alias is written (the
/// `*name` text), that shares its anchored node's content and tag: a check
/// sees the anchored content, and a finding can be shown where the value is
/// used. `aliasTarget` names the anchored node, so that work on it is done once.
/// An alias is an `AliasNode`, so that an ordinary node holds nothing more.
///
/// Releasing a tree does not recurse: a released node's children that hold
/// nodes themselves are handed to its thread's `DeferredReleases`, which
/// frees them one at a time after the node is gone, so that the deepest
/// document frees on any thread's stack, a sanitizer's frames included.
/// Children that hold no nodes (scalars, empty collections) are freed
/// directly, one level down.
public class Node: @unchecked Sendable {
    /// A `let`: a check reads it in place, where reading a `var` of a class
    /// copies the whole enum (a retain and a release for each reference in
    /// it), 3 % of a corpus lint.
    public final let content: Content
    public final let range: SourceRange
    /// The explicit tag as written after resolution of its handle
    /// (`tag:yaml.org,2002:str` for `!!str`), or nil when the node had none.
    public final let tag: String?
    /// `bytes`, in 32 bits each: two of them fill the padding of the node's
    /// malloc size class, where two `Int`s would take it a class up.
    private final let byteStart: UInt32
    private final let byteEnd: UInt32

    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([MappingEntry])
    }

    /// A node at `range`, and at `bytes` in its source (an empty range at the
    /// start for a node no source holds). Offsets past 4 GiB saturate: the
    /// command line reads no file that large (`max-file-size` stops below).
    public init(_ content: Content, range: SourceRange, bytes: ByteRange = ByteRange(at: 0), tag: String? = nil) {
        self.content = content
        self.range = range
        self.tag = tag
        self.byteStart = UInt32(clamping: bytes.start)
        self.byteEnd = UInt32(clamping: bytes.end)
    }

    /// The node's text in its source as byte offsets: the same span as
    /// `range` (an anchor or tag included); for an alias, the `*name` written.
    public final var bytes: ByteRange { ByteRange(start: Int(byteStart), end: Int(byteEnd)) }

    /// For an alias: the anchored node it names. Nil for every other node.
    /// Told by the object's class, not a stored flag: a document holds a
    /// million nodes, and a byte more each is a size class more.
    public final var aliasTarget: Node? {
        guard ObjectIdentifier(type(of: self)) == ObjectIdentifier(AliasNode.self) else { return nil }
        return unsafeDowncast(self, to: AliasNode.self).target
    }

    /// The node as written: the anchored node for an alias, else the node itself.
    public final var written: Node { aliasTarget ?? self }

    /// The node's address, while it lives: the key of the sets and tables of
    /// nodes a Terraform module and a document's sensitive values keep. An
    /// `Int`, not an `ObjectIdentifier`: the first dictionary or set of a key
    /// type costs a run the Swift runtime's search of every protocol
    /// conformance for its `Hashable` (0.23 M instructions), and every run
    /// has made `Int`'s.
    public final var address: Int { Int(bitPattern: ObjectIdentifier(self)) }

    deinit {
        // Most collections (a mapping of scalars) hold no child that holds
        // nodes: Swift frees those children one level down, and the thread's
        // list is not looked up.
        guard Node.anyChildHoldsNodes(content) else { return }
        DeferredReleases.current.hold(childrenOf: content)
    }

    /// Frees what this thread's releases left for later: the children of the
    /// last tree it let go (see `DeferredReleases`). A thread that ends frees
    /// them as it ends; a long-lived one calls this after letting a tree go,
    /// so that the tree does not outlive it until its next release.
    public static func releaseDeferred() {
        DeferredReleases.current.releaseAll()
    }

    static func anyChildHoldsNodes(_ content: Content) -> Bool {
        switch content {
        case .scalar: return false
        case .sequence(let items): return items.contains { $0.holdsNodes }
        case .mapping(let entries): return entries.contains { $0.key.holdsNodes || $0.value.holdsNodes }
        }
    }

    /// Whether the node is a collection with something in it.
    final var holdsNodes: Bool {
        switch content {
        case .scalar: return false
        case .sequence(let items): return !items.isEmpty
        case .mapping(let entries): return !entries.isEmpty
        }
    }
}

/// A YAML alias: see `Node`. `@unchecked Sendable` as `Node` is: every stored
/// property is an immutable `let` of a Sendable type.
public final class AliasNode: Node, @unchecked Sendable {
    /// The anchored node (never itself an alias: YAML puts no anchor on an alias).
    public let target: Node

    /// An alias of `target`, written at `range` (`bytes` in the source).
    public init(aliasOf target: Node, range: SourceRange, bytes: ByteRange = ByteRange(at: 0)) {
        self.target = target.aliasTarget ?? target
        super.init(target.content, range: range, bytes: bytes, tag: target.tag)
    }
}

/// One `key: value` pair of a mapping, in source order; duplicates are kept so
/// that a checker can report them.
public struct MappingEntry: Sendable {
    public let key: Node
    public let value: Node
    /// The key's text when the key is a scalar (every JSON key, almost every
    /// YAML one). Kept with the entry, read once when it is made: every
    /// member lookup reads it for each entry it passes, and reading it from
    /// the key copied the key's whole content (a retain and a release for
    /// each of its references), 860 instructions a lookup in a corpus lint.
    public let name: String?

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
        name = key.scalarText
    }
}

extension Array where Element == MappingEntry {
    /// Whether two entries share a key name. Mappings are small and almost
    /// never have one, so for a small one a scan beats building a table
    /// (`exclusive`, a `*` step and a map's count ask for every object).
    public var hasRepeatedName: Bool {
        guard count <= 16 else {
            var seen = Set<ExactText>()
            return contains { entry in entry.name.map { !seen.insert(ExactText($0)).inserted } ?? false }
        }
        guard count > 1 else { return false }
        // Each key's text read once, into stack memory: reading a key's text
        // copies its scalar, and comparing each key with every one before it
        // read the earlier ones again for each (a list on the heap cost more).
        return withUnsafeTemporaryAllocation(of: String.self, capacity: count) { names in
            var found = 0
            defer { names.prefix(found).deinitialize() }
            for entry in self {
                guard let name = entry.name else { continue }
                if names.prefix(found).contains(where: { $0.isExactly(name) }) { return true }
                names.initializeElement(at: found, to: name)
                found += 1
            }
            return false
        }
    }

    /// The entries with only the last of each name (compared exactly, as
    /// the loaders' dictionaries and HCL compare keys), in the order of
    /// those; entries whose key is not a scalar are all kept. What a
    /// dictionary built from them holds: a YAML mapping that merges
    /// (`MergeKeys`), an HCL object constructor (`TerraformValues`).
    public func lastOfEachName() -> [MappingEntry] {
        // Nearly every mapping repeats no name: a scan says so without a table.
        guard hasRepeatedName else { return self }
        var last: [ExactText: Int] = [:]
        for (index, entry) in enumerated() {
            if let name = entry.name { last[ExactText(name)] = index }
        }
        guard last.count < lazy.filter({ $0.name != nil }).count else { return self }
        return indices.filter { index in self[index].name.map { last[ExactText($0)] == index } ?? true }.map { self[$0] }
    }
}

/// A scalar: its source text after unescaping and folding, its style, and the
/// value it resolves to (what the AWS CLI's YAML loader builds, see
/// `YAMLResolver`; JSON's own types for JSON).
///
/// A document holds a million of these, so their size matters: `style` sits
/// after `value` to fill its padding, and PyYAML's reading is one pointer
/// (a box made only for the rare scalar that has one). With both, a scalar
/// node stays in the malloc size class it had before PyYAML's reading was
/// added.
public struct Scalar: Sendable, Equatable {
    public let text: String
    public let value: ScalarValue
    public let style: ScalarStyle
    /// A class reference, not an indirect enum: an enum keeps its case in the
    /// pointer's spare bits, which LeakSanitizer cannot follow, so the box of
    /// a scalar still alive at exit (a tree a thread's `DeferredReleases`
    /// holds) was reported as leaked, by chance of which tree that was.
    private let pyyamlBox: PyYAMLReadingBox?

    /// What PyYAML's `safe_load` builds instead, when that differs from `value`
    /// (nil when it is the same, and always for JSON).
    public var pyyamlReading: PyYAMLReading? { pyyamlBox?.reading }

    public init(text: String, style: ScalarStyle, value: ScalarValue, pyyamlReading: PyYAMLReading? = nil) {
        self.text = text
        self.style = style
        self.value = value
        self.pyyamlBox = pyyamlReading.map(PyYAMLReadingBox.init)
    }

    public static func == (lhs: Scalar, rhs: Scalar) -> Bool {
        lhs.text == rhs.text && lhs.value == rhs.value && lhs.style == rhs.style && lhs.pyyamlReading == rhs.pyyamlReading
    }
}

/// A scalar's PyYAML reading, held by reference (see `Scalar.pyyamlBox`).
private final class PyYAMLReadingBox: Sendable {
    let reading: PyYAMLReading

    init(_ reading: PyYAMLReading) { self.reading = reading }
}

/// PyYAML's value for a scalar whose value differs between the loaders.
public enum PyYAMLReading: Sendable, Equatable {
    case value(ScalarValue)
    /// PyYAML cannot load it (`!!bool y`), for this reason.
    case unloadable(String)
    /// PyYAML reads something else than this scalar there (a pair, or
    /// nothing it can load), for this reason: `[&a :x]`.
    case misread(String)
    /// PyYAML cannot load the document: it starts a new line at the NEL, LS
    /// or PS (`character`, `U+2028`) written before this scalar, between
    /// tokens (at `bytes`), where the AWS CLI's loader reads on (`Key:<LS>value`).
    case lineBreakBefore(character: String, bytes: ByteRange)
}

public enum ScalarStyle: String, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

public enum ScalarValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Integers beyond `Int`'s range saturate to `Int.min`/`Int.max`; the
    /// scalar's text keeps the digits for messages.
    case integer(Int)
    case float(Double)
    case string(String)
    /// A YAML date or date-time: a Python `datetime.date` or `datetime.datetime`.
    case timestamp(YAMLTimestamp)
    /// `!!binary`: Python bytes, which no member of these APIs takes.
    case binary
}

extension Node {
    public var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    /// Whether PyYAML reads the scalar otherwise (`Scalar.pyyamlReading`),
    /// asked without copying the scalar out.
    public var hasPyYAMLReading: Bool {
        if case .scalar(let s) = content { return s.pyyamlReading != nil }
        return false
    }

    /// The node's string value, when it resolved to a string.
    public var string: String? {
        if case .scalar(let s) = content, case .string(let v) = s.value { return v }
        return nil
    }

    public var elements: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var entries: [MappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The last entry whose key is `name`: the one `json.loads` and PyYAML
    /// keep (the duplicate-key rule reports the others).
    public func entry(_ name: String) -> MappingEntry? {
        // By index, reading each key's text in place: `last(where:)` copied
        // every entry it passed, and `name` every key's whole `Scalar`, a
        // retain and a release for each of their references. This lookup is
        // every rule target's and every member's, 4 % of a corpus lint.
        guard case .mapping(let entries) = content else { return nil }
        for index in entries.indices.reversed() where entries[index].name?.isExactly(name) ?? false {
            return entries[index]
        }
        return nil
    }

    /// The text of a scalar node, read without copying the rest of its `Scalar`.
    public var scalarText: String? {
        if case .scalar(let scalar) = content { return scalar.text }
        return nil
    }

    /// The value of the last entry named `name` (see `entry(_:)`).
    public subscript(member name: String) -> Node? {
        entry(name)?.value
    }

    /// What a message calls this node's type: `string`, `integer`, `number`,
    /// `boolean`, `null`, `date`, `date-time`, `binary`, `list` or `map`.
    /// `typeDescription` with its article ("an integer", "a list"), for messages.
    public var typeDescriptionWithArticle: String {
        let type = typeDescription
        return (type.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + type
    }

    public var typeDescription: String {
        switch content {
        case .sequence: return "list"
        case .mapping: return "map"
        case .scalar(let s):
            switch s.value {
            case .null: return "null"
            case .bool: return "boolean"
            case .integer: return "integer"
            case .float: return "number"
            case .string: return "string"
            case .timestamp(let timestamp): return timestamp.isDate ? "date" : "date-time"
            case .binary: return "binary"
            }
        }
    }
}
