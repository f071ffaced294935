/// Which suppression directives can cover a finding, found without trying
/// every directive on every finding: a file with thousands of findings and
/// thousands of `# wflint-disable-line` comments costs their sum, not their
/// product.
///
/// A line directive reaches one line. A file directive reaches every finding
/// (without rules) or every finding of its rules; of those only the first in
/// directive order can give a finding its justification, and marking all of
/// them used once per rule is enough.
struct DirectiveReach {
    /// Indices of the line and next-line directives, by the line they reach.
    private var byLine: [Int: [Int]] = [:]
    /// Indices of the file directives without rules.
    let fileWide: [Int]
    /// Indices of the file directives naming a rule, by its id.
    let fileWideByRule: [String: [Int]]

    /// `resolved` holds each directive's rule ids (nil for an unknown rule).
    init(_ directives: [SuppressionDirective], resolved: [[String?]]) {
        var fileWide: [Int] = []
        var fileWideByRule: [String: [Int]] = [:]
        for (index, directive) in directives.enumerated() {
            switch directive.scope {
            case .line: byLine[directive.range.start.line, default: []].append(index)
            case .nextLine: byLine[directive.range.start.line + 1, default: []].append(index)
            case .file where directive.rules.isEmpty: fileWide.append(index)
            case .file:
                for id in Set(resolved[index].compactMap { $0 }) { fileWideByRule[id, default: []].append(index) }
            case nil: break
            }
        }
        self.fileWide = fileWide
        self.fileWideByRule = fileWideByRule
    }

    /// The directives that may cover a finding of `ruleID` on `line`, in
    /// directive order: those reaching the line, and the first file directive
    /// of each kind.
    func candidates(line: Int, ruleID: String) -> [Int] {
        var found = byLine[line] ?? []
        if let first = fileWide.first { found.append(first) }
        if let first = fileWideByRule[ruleID]?.first { found.append(first) }
        return found.sorted()
    }
}
