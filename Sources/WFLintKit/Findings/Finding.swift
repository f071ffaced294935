import DocumentModel

/// One problem wflint found in one document.
public struct Finding: Sendable, Hashable {
    /// Stable rule code (`WF003`).
    public var ruleID: String
    /// Readable rule name (`unknown-field`).
    public var ruleName: String
    public var severity: Severity
    /// What is wrong and what is expected. Never contains a sensitive value.
    public var message: String
    /// The path as the user named it (or `--stdin-filename`).
    public var file: String
    /// 0-based index of the document in its stream.
    public var documentIndex: Int
    public var range: SourceRange
    /// RFC 6901 pointer of the node the finding is about.
    public var pointer: JSONPointer
    /// How to correct it, when there is one right answer (see `Fix`).
    public var fix: Fix? {
        get { rare?.fields.fix }
        set { changeRare { $0.fix = newValue } }
    }
    /// Other places the finding is about (`RelatedLocation`), in order.
    public var related: [RelatedLocation] {
        get { rare?.fields.related ?? [] }
        set { changeRare { $0.related = newValue } }
    }
    /// Where it is in the terms of what the file describes rather than of its
    /// text: the address of the Terraform resource a plan's finding is about
    /// (`module.labeling.aws_sagemaker_workforce.main[0]`); nil elsewhere.
    public var logicalLocation: String? {
        get { rare?.fields.logicalLocation }
        set { changeRare { $0.logicalLocation = newValue } }
    }
    /// Which of the node's defects of its rule it is, when the node can have
    /// several at one range and pointer: the missing member's name of a
    /// WF005 or a `required` rule. Fingerprints include it, so that one
    /// missing member is not taken for another (`StableFingerprint`).
    public var subject: String? {
        get { rare?.fields.subject }
        set { changeRare { $0.subject = newValue } }
    }
    /// The fields above, which most findings leave empty, held apart: a
    /// long stream's findings are held to its end (`SecretsAcrossDocuments`),
    /// and inline these four were nearly half of each one's bytes.
    private var rare: RareFields?

    public init(
        ruleID: String, ruleName: String, severity: Severity, message: String,
        file: String, documentIndex: Int, range: SourceRange, pointer: JSONPointer, fix: Fix? = nil,
        related: [RelatedLocation] = [], logicalLocation: String? = nil, subject: String? = nil
    ) {
        self.ruleID = ruleID
        self.ruleName = ruleName
        self.severity = severity
        self.message = message
        self.file = file
        self.documentIndex = documentIndex
        self.range = range
        self.pointer = pointer
        self.rare = RareFields(RareFields.Fields(
            fix: fix, related: related, logicalLocation: logicalLocation, subject: subject))
    }

    /// `findings` sorted with `reportOrder`: the array itself when it is in
    /// that order already, as a source's are (a long stream's findings are
    /// megabytes, which a sorted copy would hold twice until the end).
    public static func inReportOrder(_ findings: [Finding]) -> [Finding] {
        inReportOrder(findings, by: \.self)
    }

    /// `items` sorted by their findings' `reportOrder`, as above; the sort is stable.
    public static func inReportOrder<Item>(_ items: [Item], by finding: (Item) -> Finding) -> [Item] {
        let inOrder = zip(items, items.dropFirst()).allSatisfy { !reportOrder(finding($1), finding($0)) }
        return inOrder ? items : items.sorted { reportOrder(finding($0), finding($1)) }
    }

    private mutating func changeRare(_ change: (inout RareFields.Fields) -> Void) {
        var fields = rare?.fields ?? RareFields.Fields()
        change(&fields)
        rare = RareFields(fields)
    }

    /// The order every output uses, whatever order work finished in:
    /// file, line, column, rule, then the rest to make it total.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        // By the names' bytes: two Unicode spellings of one name are two files.
        if !a.file.isExactly(b.file) { return FileSystem.bytewiseLess(a.file, b.file) }
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        if a.documentIndex != b.documentIndex { return a.documentIndex < b.documentIndex }
        if a.pointer != b.pointer { return a.pointer < b.pointer }
        return a.message < b.message
    }
}

/// A finding's rarely set fields, behind one reference: nil when all are
/// empty, so that a finding without them holds eight bytes for the four.
/// Immutable, so findings that share one share nothing mutable.
private struct RareFields: Sendable, Hashable {
    struct Fields: Sendable, Hashable {
        var fix: Fix?
        var related: [RelatedLocation] = []
        var logicalLocation: String?
        var subject: String?
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let box: Box
    var fields: Fields { box.fields }

    /// Nil for fields that are all empty, so that equal findings compare equal.
    init?(_ fields: Fields) {
        guard fields != Fields() else { return nil }
        box = Box(fields)
    }

    static func == (a: RareFields, b: RareFields) -> Bool { a.box === b.box || a.fields == b.fields }
    func hash(into hasher: inout Hasher) { hasher.combine(fields) }
}
