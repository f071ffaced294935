import DocumentModel

/// Collects the findings of one document. Checks report by rule id; the sink
/// drops rules that are off, applies the effective severity, and remembers
/// which source ranges hold sensitive values so that no output shows them.
public struct FindingSink: Sendable {
    public let rules: RuleTable
    public let file: String
    public let documentIndex: Int
    public private(set) var findings: [Finding] = []
    /// Ranges of sensitive values (an OIDC `ClientSecret`): reporters mask them
    /// in every excerpt and snippet.
    public private(set) var sensitiveRanges: [SourceRange] = []

    public init(rules: RuleTable, file: String, documentIndex: Int) {
        self.rules = rules
        self.file = file
        self.documentIndex = documentIndex
    }

    public func isEnabled(_ ruleID: String) -> Bool { rules.isEnabled(ruleID) }

    public mutating func report(_ ruleID: String, range: SourceRange, pointer: JSONPointer, message: String) {
        guard let entry = rules.entry(ruleID) else { return }
        findings.append(Finding(
            ruleID: ruleID, ruleName: entry.descriptor.name, severity: entry.severity, message: message,
            file: file, documentIndex: documentIndex, range: range, pointer: pointer))
    }

    public mutating func report(_ ruleID: String, node: Node, pointer: JSONPointer, message: String) {
        report(ruleID, range: node.range, pointer: pointer, message: message)
    }

    public mutating func markSensitive(_ node: Node) {
        sensitiveRanges.append(node.range)
    }
}
