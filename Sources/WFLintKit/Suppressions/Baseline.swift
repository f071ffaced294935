import DocumentModel
import JSONReader

/// The findings a repository already had when it adopted wflint
/// (`--write-baseline FILE`), silenced by `--baseline FILE`.
///
/// Each finding is matched by rule, file (relative to the baseline's folder),
/// JSON pointer and a fingerprint of the offending value, never by line, so
/// editing elsewhere in the file does not bring it back; as many findings are
/// silenced per key as the baseline recorded.
public struct Baseline: Sendable {
    public static let version = 1

    public struct Key: Hashable, Sendable {
        public var ruleID: String
        public var file: String
        public var pointer: String
        public var fingerprint: String

        // The pointer holds document text, the path a file name: both are
        // compared by Unicode scalars (see `ExactText`).
        public static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.ruleID == rhs.ruleID && lhs.file.isExactly(rhs.file) && lhs.pointer.isExactly(rhs.pointer)
                && lhs.fingerprint == rhs.fingerprint
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(ruleID)
            hasher.combine(ExactText(file))
            hasher.combine(ExactText(pointer))
            hasher.combine(fingerprint)
        }
    }

    /// How messages name the baseline file.
    public let file: String
    /// The absolute folder of the baseline file; recorded paths are relative to it.
    public let directory: String
    public private(set) var counts: [Key: Int] = [:]

    public init(file: String, directory: String) {
        self.file = file
        self.directory = directory
    }

    /// The key of a finding in the file at `absolutePath`, whose masked text is `source`.
    public func key(for finding: Finding, absolutePath: String, source: MaskedSource) -> Key {
        let path = ProjectPath.relative(absolutePath, to: directory)
        return Key(
            ruleID: finding.ruleID, file: path, pointer: finding.pointer.description,
            fingerprint: StableFingerprint.v1(
                ruleID: finding.ruleID, path: path, pointer: finding.pointer,
                value: StableFingerprint.value(Self.fingerprintedValue(finding.range, in: source), of: finding)))
    }

    /// The value's text, up to the end of its first line: a finding about a
    /// whole mapping must not change when a line inside it does.
    static func fingerprintedValue(_ range: SourceRange, in source: MaskedSource) -> String {
        guard range.end.line > range.start.line else { return source.text(in: range) }
        let lineEnd = SourcePosition(line: range.start.line, column: Int.max / 2)
        return source.text(in: SourceRange(start: range.start, end: lineEnd))
    }

    public mutating func insert(_ key: Key) { counts[key, default: 0] += 1 }

    /// Uses up one recorded finding with `key`; false when none is left.
    public mutating func consume(_ key: Key) -> Bool {
        guard let count = counts[key], count > 0 else { return false }
        counts[key] = count - 1
        return true
    }

    /// What SARIF and JSON show as the reason a finding is not reported.
    public var justification: String { "in the baseline \(file)" }
}

extension Baseline {
    /// The baseline file: `{"version": 1, "findings": [...]}`, entries sorted
    /// so that rewriting an unchanged baseline gives the same bytes.
    public func rendered(messages: [Key: String] = [:]) -> String {
        // File names and pointers by their bytes: `<` orders two Unicode
        // spellings of one name as equal, and then by what follows.
        let keys = counts.flatMap { key, count in Array(repeating: key, count: count) }.sorted { a, b in
            if !a.file.isExactly(b.file) { return FileSystem.bytewiseLess(a.file, b.file) }
            if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
            if !a.pointer.isExactly(b.pointer) { return FileSystem.bytewiseLess(a.pointer, b.pointer) }
            return a.fingerprint < b.fingerprint
        }
        let entries = keys.map { key -> JSONOutput in
            var fields: [(String, JSONOutput)] = [
                ("ruleId", .string(key.ruleID)), ("file", .string(key.file)),
                ("pointer", .string(key.pointer)), ("fingerprint", .string(key.fingerprint)),
            ]
            if let message = messages[key] { fields.append(("message", .string(message))) }
            return .object(fields)
        }
        return JSONOutput.object([
            ("version", .integer(Self.version)), ("tool", .string("wflint")), ("findings", .array(entries)),
        ]).rendered()
    }

    static let topKeys = ["findings", "tool", "version"]
    static let entryKeys = ["file", "fingerprint", "message", "pointer", "ruleId"]

    /// Reads a baseline file; anything malformed is a `SourceError` at its place.
    public static func parse(text: String, file: String, directory: String) throws(SourceError) -> Baseline {
        // A node takes a byte at least: the size bounds them, not `max-nodes`,
        // which a baseline of 90,000 findings passes.
        let bytes = Array(text.utf8)
        let stream = JSONReader.parse(bytes, limits: ReadLimits(maximumNodes: bytes.count + 1))
        if let error = stream.syntaxError {
            throw SourceError(file: file, position: error.position, message: "invalid JSON: \(error.message)")
        }
        guard let root = stream.documents.first?.root else {
            throw SourceError(file: file, position: .start, message: "the baseline is empty")
        }
        let syntax = PackSyntax(file: file)
        let top = try syntax.mapping(root, allowed: topKeys, in: "the baseline")
        let versionNode = try syntax.required(top, "version", in: "the baseline", at: root)
        let version = try syntax.integer(versionNode, "\"version\"")
        guard version == Self.version else {
            throw syntax.error("unsupported baseline version \(version); this wflint reads version \(Self.version)", at: versionNode)
        }
        if let tool = top["tool"] { _ = try syntax.string(tool.value, "\"tool\"") }
        var baseline = Baseline(file: file, directory: directory)
        let findings = try syntax.required(top, "findings", in: "the baseline", at: root)
        for item in try syntax.list(findings, "\"findings\"") {
            let fields = try syntax.mapping(item, allowed: entryKeys, in: "a baseline entry")
            func node(_ name: String) throws(SourceError) -> Node {
                try syntax.required(fields, name, in: "a baseline entry", at: item)
            }
            func field(_ name: String) throws(SourceError) -> String { try syntax.string(try node(name), "\"\(name)\"") }
            if let message = fields["message"] { _ = try syntax.string(message.value, "\"message\"") }
            baseline.insert(Key(
                ruleID: try field("ruleId"), file: try field("file"),
                pointer: try syntax.jsonPointer(try node("pointer"), "\"pointer\""),
                fingerprint: try fingerprint(try node("fingerprint"), syntax)))
        }
        return baseline
    }

    /// A fingerprint as `--write-baseline` writes it (`StableFingerprint.v1`):
    /// one of another form would match no finding, silently.
    private static func fingerprint(_ node: Node, _ syntax: PackSyntax) throws(SourceError) -> String {
        let text = try syntax.string(node, "\"fingerprint\"")
        guard text.utf8.count == 16, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            throw syntax.error("invalid fingerprint \"\(text)\": it must be 16 lower-case hexadecimal digits, as --write-baseline writes it", at: node)
        }
        return text
    }

    /// Reads the baseline at `path` (`file` is how messages name it).
    /// The largest baseline read, and written: wflint writes it, one entry
    /// of about 280 bytes a finding, so a repository's record may pass the
    /// 16 MiB any other file of the setup may have (66,000 findings are
    /// 18 MB), and `--write-baseline` must not write what `--baseline`
    /// refuses.
    public static let maximumSize = 256 << 20

    public static func load(path: String, file: String, directory: String) throws(SourceError) -> Baseline {
        try parse(
            text: try UserFile.text(at: path, file: file, what: "baseline", maximumSize: maximumSize), file: file,
            directory: directory)
    }
}
