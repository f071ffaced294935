import DocumentModel

/// `unique`: the string values the target resolves to (a list's entries, or a
/// member across list items such as `Tags[*].Key`) do not repeat; each repeat
/// is reported at the later value. When the values are list items, the fix
/// removes the repeat: safe when it is the same text, unsafe when it differs
/// in case (`ignore-case`), where which spelling was meant is a guess.
struct UniqueFunction: CheckFunction {
    static let name = "unique"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["ignore-case"]
    static let variables = ["first"]
    let ignoreCase: Bool
}

extension UniqueFunction {
    init(options: CheckOptions) throws(SourceError) { ignoreCase = try options.bool("ignore-case") ?? false }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        // Sized once: grown from empty, the table was made again at each doubling.
        var firstSeen: [ExactText: TargetNode] = [:]
        firstSeen.reserveCapacity(targets.count)
        var violations: [Violation] = []
        for target in targets {
            guard let value = target.string else { continue }
            let key = ExactText(ignoreCase ? value.lowercased() : value)
            if let first = firstSeen[key] {
                let applicability: FixApplicability = first.string == value ? .safe : .unsafe
                var violation = Violation(target, ["first": context.position(of: first.node, beside: target.node)]).fixed(
                    by: context.removingItem(target, applicability, "Remove the repeated entry"))
                violation.related = [context.related(RelatedLocation.firstDefinition, at: first.node)]
                violations.append(violation)
            } else {
                firstSeen[key] = target
            }
        }
        return violations
    }

    /// Only list items are removed: a repeated `Tags[*].Key` has no fix.
    func fixSummaries(for targets: [TargetPath]) -> [FixSummary] {
        guard targets.contains(where: \.endsAtListItem) else { return [] }
        return ignoreCase
            ? [FixSummary([.safe, .unsafe], "remove the repeated list entry; unsafe when its spelling differs in case")]
            : [FixSummary(.safe, "remove the repeated list entry")]
    }
}
