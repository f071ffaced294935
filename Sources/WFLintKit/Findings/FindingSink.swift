import DocumentModel

/// Collects the findings of one document. Checks report by rule id; the sink
/// drops rules that are off, applies the effective severity, and remembers
/// which source ranges hold sensitive values so that no output shows them.
public struct FindingSink: Sendable {
    public let rules: RuleTable
    public let file: String
    public let documentIndex: Int
    /// The findings as reported, before secrets are taken out of them.
    private var reported: [Finding] = []
    /// Ranges of sensitive values (an OIDC `ClientSecret`): reporters mask them
    /// in every excerpt and snippet.
    public private(set) var sensitiveRanges: [SourceRange] = []
    /// The text of every sensitive value, for `findings` to take out of messages.
    private var sensitiveTexts: Set<String> = []

    public init(rules: RuleTable, file: String, documentIndex: Int) {
        self.rules = rules
        self.file = file
        self.documentIndex = documentIndex
    }

    public func isEnabled(_ ruleID: String) -> Bool { rules.isEnabled(ruleID) }

    public mutating func report(_ ruleID: String, range: SourceRange, pointer: JSONPointer, message: String) {
        guard let entry = rules.entry(ruleID) else { return }
        reported.append(Finding(
            ruleID: ruleID, ruleName: entry.descriptor.name, severity: entry.severity, message: message,
            file: file, documentIndex: documentIndex, range: range, pointer: pointer))
    }

    public mutating func report(_ ruleID: String, node: Node, pointer: JSONPointer, message: String) {
        report(ruleID, range: node.range, pointer: pointer, message: message)
    }

    public mutating func markSensitive(_ node: Node) {
        sensitiveRanges.append(node.range)
        sensitiveTexts.formUnion(SensitiveValues.texts(in: node))
    }

    /// The findings, with no secret of the document in a message or pointer,
    /// whichever check reported them and whenever the secret was marked: the
    /// one place every output's messages come from.
    public var findings: [Finding] {
        reported.map { finding in
            var finding = finding
            if !sensitiveTexts.isEmpty {
                finding.message = SensitiveValues.concealed(finding.message, texts: sensitiveTexts)
            }
            finding.pointer = SensitiveValues.masked(finding.pointer)
            return finding
        }
    }
}
