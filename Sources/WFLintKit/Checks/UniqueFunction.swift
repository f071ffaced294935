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
        var firstSeen = FirstSeen(count: targets.count)
        var violations: [Violation] = []
        for target in targets {
            guard let value = target.string else { continue }
            if let first = firstSeen.first(ignoreCase ? value.lowercased() : value, else: target) {
                let applicability: FixApplicability = first.string == value ? .safe : .unsafe
                var violation = Violation(target, ["first": context.position(of: first.node, beside: target.node)]).fixed(
                    by: context.removingItem(target, applicability, "Remove the repeated entry"))
                violation.related = [context.related(RelatedLocation.firstDefinition, at: first.node)]
                violations.append(violation)
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

/// The first target of each key (a value, or its lower case), for `unique`.
/// A list of a few values (security groups, subnets, tags: nearly always
/// 16 or fewer) is searched in order: a table allocated, sized and hashed
/// into for each list cost about 970 instructions a value, the search 670
/// (callgrind, 500 clean files). A longer one is a table, sized once: grown
/// from empty, it was made again at each doubling.
private struct FirstSeen {
    static var listed: Int { 16 }
    /// The listed keys apart from their targets: searching pairs copied
    /// each target out (four references retained and released) to compare its key.
    private var keys: [String] = []
    private var targets: [TargetNode] = []
    private var table: [ExactText: TargetNode] = [:]
    private let isListed: Bool

    init(count: Int) {
        isListed = count <= Self.listed
        if isListed {
            keys.reserveCapacity(count)
            targets.reserveCapacity(count)
        } else {
            table.reserveCapacity(count)
        }
    }

    /// The target seen first with `key`; nil when there is none, and `target` is noted as it.
    mutating func first(_ key: String, else target: TargetNode) -> TargetNode? {
        if isListed {
            if let first = keys.firstIndex(where: { $0.isExactly(key) }) { return targets[first] }
            keys.append(key)
            targets.append(target)
            return nil
        }
        let key = ExactText(key)
        if let first = table[key] { return first }
        table[key] = target
        return nil
    }
}
