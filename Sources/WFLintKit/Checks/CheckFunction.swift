import DocumentModel
import PCRERegex

/// One node a rule's target resolved to, with what a check function needs to
/// look around it.
public struct TargetNode: Sendable {
    /// The value node, or the key node itself for an `@key` target.
    public let node: Node
    public let pointer: JSONPointer
    /// The key whose value `node` is (nil for a list element, the root, or a key target).
    public let key: Node?
    /// The mapping or list that holds `node`, for lookups of sibling members.
    public let parent: Node?

    /// Where a message that names this target elsewhere ("first defined at")
    /// says it is: the alias when the node itself is one (`- *t`), else where
    /// it is written, also inside an aliased value. Never the alias a target
    /// was reached through: that would name the finding's own place, and the
    /// message would differ between uses of one shared value, which is
    /// checked once for all of them.
    public var position: SourcePosition { node.range.start }

    /// Where a finding about the node as a whole (a missing member) points.
    public var anchorRange: SourceRange { key?.range ?? node.range }

    /// The member name or list index the node sits at (`Issuer`, `3`), or "" for the root.
    public var name: String { pointer.lastToken ?? "" }

    /// The string value, when the node is a string scalar.
    public var string: String? { node.string }

    /// A sibling member of the mapping that holds this node.
    public func sibling(_ member: String) -> Node? { parent?[member: member] }
}

/// One problem a check function found: where, and the values its message
/// template may name (`{problem}`, `{network}`, ...). `{value}` and `{name}`
/// come from `target` unless the function sets them.
public struct Violation: Sendable {
    public var target: TargetNode
    public var range: SourceRange
    public var pointer: JSONPointer
    public var variables: [String: String]
    /// How to correct it, when the check can tell (`Fixes/`).
    public var fix: Fix?
    /// Other places of the document it is about (where a repeat was first
    /// written), for the finding's related locations.
    public var related: [RelatedPlace] = []
    /// Another node the check read (the member `same-host-as` names, the
    /// time `timestamp-order` compares with) and the variables it made of
    /// it: concealed when that node is a secret, as the target's are when
    /// the target is one (a host is part of a secret, not the whole text the
    /// messages are concealed of).
    public var otherNode: (node: Node, variables: [String])?

    /// A violation about the target's value, reported at the value.
    public init(_ target: TargetNode, _ variables: [String: String] = [:]) {
        self.init(target, range: target.node.range, pointer: target.pointer, variables)
    }

    public init(_ target: TargetNode, range: SourceRange, pointer: JSONPointer, _ variables: [String: String] = [:]) {
        self.target = target
        self.range = range
        self.pointer = pointer
        self.variables = variables
    }
}

/// A built-in check function (`pattern`, `cidr`, ...): written once in Swift,
/// configured by a rule's options, which are parsed and validated when the pack
/// loads so that a bad option stops the run before any document is linted.
protocol CheckFunction: Sendable {
    /// The name rules use in `check: {function: NAME}`.
    static var name: String { get }
    /// Every option it accepts.
    static var optionNames: [String] { get }
    /// The placeholders its violations supply, beyond `{value}`, `{name}` and its options.
    static var variables: [String] { get }
    /// The API types of the values it checks (it skips others), so that a
    /// target of another type is an error when the pack loads.
    static var looksAt: [Shape.ShapeType] { get }
    /// Paths its options name relative to each target (`includes`' `list`),
    /// checked against the shapes like targets when the pack loads.
    static func optionPaths(_ options: CheckOptions) throws(SourceError) -> [OptionPath]

    init(options: CheckOptions) throws(SourceError)

    /// Checks every node one target path resolved to in one workforce object
    /// (or document): all entries of a list at once, so that functions such
    /// as `unique` and `cidr` can compare entries.
    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation]

    /// The fixes it plans for its violations on `targets`, as configured, for
    /// `wflint explain` and docs/rules.md; none by default.
    func fixSummaries(for targets: [TargetPath]) -> [FixSummary]
}

extension CheckFunction {
    static func optionPaths(_ options: CheckOptions) throws(SourceError) -> [OptionPath] { [] }

    func fixSummaries(for targets: [TargetPath]) -> [FixSummary] { [] }
}

/// A path an option names, relative to the check's target: the option's node
/// for errors, and the path's text as the message shows it.
struct OptionPath: Sendable {
    let option: String
    let node: Node
    let path: TargetPath
    /// The type the path must end at.
    let expects: Shape.ShapeType
}

/// The registry of check functions, by name.
enum CheckFunctions {
    static let all: [any CheckFunction.Type] = [
        PatternFunction.self, EnumFunction.self, LengthFunction.self, CountFunction.self, RangeFunction.self,
        RequiredFunction.self, ForbiddenFunction.self, ExclusiveFunction.self, UniqueFunction.self,
        CIDRFunction.self, URLFunction.self, ScopeFunction.self, SecretLiteralFunction.self,
        TimestampOrderFunction.self, IncludesFunction.self,
    ]

    static func named(_ name: String) -> (any CheckFunction.Type)? { all.first { $0.name == name } }

    static var names: [String] { all.map { $0.name }.sorted() }
}

/// A check's options as written in the pack, read with typed accessors that
/// fail with the option's position.
public struct CheckOptions: Sendable {
    let syntax: PackSyntax
    let function: String
    /// The `function:` value node, where "needs an option" errors point.
    let functionNode: Node
    let entries: [String: MappingEntry]

    func node(_ name: String) -> Node? { entries[name]?.value }

    /// The option values as template variables (`{max}` → "10", lists joined by ", ").
    var templateValues: [String: String] {
        var values: [String: String] = [:]
        for (name, entry) in entries {
            if let scalar = entry.value.scalar { values[name] = scalar.text }
            if let items = entry.value.elements { values[name] = items.compactMap { $0.scalarText }.joined(separator: ", ") }
        }
        return values
    }

    func error(_ message: String, at node: Node) -> SourceError { syntax.error(message, at: node) }

    func needs(_ what: String) -> SourceError {
        syntax.error("check \"\(function)\" needs \(what)", at: functionNode)
    }

    func string(_ name: String) throws(SourceError) -> String? {
        guard let node = node(name) else { return nil }
        return try syntax.string(node, "option \"\(name)\"")
    }

    func strings(_ name: String) throws(SourceError) -> [String]? {
        guard let node = node(name) else { return nil }
        return try syntax.strings(node, "option \"\(name)\"")
    }

    func scalarTexts(_ name: String) throws(SourceError) -> [String]? {
        guard let node = node(name) else { return nil }
        if node.scalar != nil { return [try syntax.scalarText(node, "option \"\(name)\"")] }
        var result: [String] = []
        for item in try syntax.list(node, "option \"\(name)\"") {
            result.append(try syntax.scalarText(item, "each entry of option \"\(name)\""))
        }
        return result
    }

    func bool(_ name: String) throws(SourceError) -> Bool? {
        guard let node = node(name) else { return nil }
        return try syntax.bool(node, "option \"\(name)\"")
    }

    func integer(_ name: String) throws(SourceError) -> Int? {
        guard let node = node(name) else { return nil }
        let value = try syntax.integer(node, "option \"\(name)\"")
        guard value >= 0 else { throw error("option \"\(name)\" must not be negative", at: node) }
        return value
    }

    func number(_ name: String) throws(SourceError) -> Double? {
        guard let node = node(name) else { return nil }
        return try syntax.number(node, "option \"\(name)\"")
    }

    /// One PCRE2 pattern, compiled now; a pattern PCRE2 refuses is reported at
    /// the character where PCRE2 stopped.
    func regex(_ name: String, wholeValue: Bool = false) throws(SourceError) -> Pattern? {
        guard let node = node(name) else { return nil }
        return try compile(node, option: name, wholeValue: wholeValue)
    }

    func regexes(_ name: String, wholeValue: Bool = false, caseless: Bool = false) throws(SourceError) -> [Pattern]? {
        guard let node = node(name) else { return nil }
        let items = node.scalar != nil ? [node] : try syntax.list(node, "option \"\(name)\"")
        var result: [Pattern] = []
        for item in items { result.append(try compile(item, option: name, wholeValue: wholeValue, caseless: caseless)) }
        return result
    }

    private func compile(_ node: Node, option: String, wholeValue: Bool, caseless: Bool = false) throws(SourceError) -> Pattern {
        let source = try syntax.string(node, "option \"\(option)\"")
        do {
            return try Pattern.cached(source, wholeValue: wholeValue, caseless: caseless)
        } catch {
            throw SourceError(
                file: syntax.file, position: syntax.position(ofCharacter: error.characterOffset, in: node),
                message: "invalid PCRE2 pattern in option \"\(option)\": \(error.message) at offset \(error.characterOffset)")
        }
    }

    /// A value that must be one of `allowed`.
    func choice(_ name: String, _ allowed: [String]) throws(SourceError) -> [String]? {
        guard let values = try strings(name), let node = node(name) else { return nil }
        for value in values where !allowed.contains(value) {
            throw error(
                "option \"\(name)\" has the unknown value \"\(value)\"; valid values: \(allowed.sorted().joined(separator: ", "))",
                at: node.elements?.first { $0.scalarText == value } ?? node)
        }
        return values
    }
}
