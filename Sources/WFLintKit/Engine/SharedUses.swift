import DocumentModel

/// Which uses of a YAML-anchored node repeat an earlier use, so that each
/// distinct node is checked once however many aliases point at it.
///
/// A whole workforce used again (`- *w`) is one case (`DocumentContext.firstUse`).
/// This is the other: one written node inside several workforce objects,
/// `SourceIpConfig: {Cidrs: *c}` in each of 400 workforces. A use of such a
/// node repeats an earlier one when it is the same written node, at the same
/// place in its workforce object (so the same shape and the same rule
/// targets reach it), in a workforce where every `when:` condition comes out
/// the same (so the same rules run on it, and supersede the same schema
/// checks below it). Each check keeps the findings of a use's first check and
/// replays them, under the new pointer, for every repeat; alias placement
/// then shows them at the repeat's alias. Messages never name the alias a
/// value was reached through (`TargetNode.position`), so they hold for every use.
///
/// Every check visits workforce objects in order, so the first use of each
/// `Use` is the same for all of them: a check may skip a use only when it did
/// the work for an equal one itself.
final class SharedUses: @unchecked Sendable {
    /// One use, by what decides its findings.
    private struct Use: Hashable {
        let node: ObjectIdentifier
        let place: [ExactText]
        let conditions: [Bool]
    }

    /// A use's number, the key each check keeps its findings under.
    typealias ID = Int

    private var ids: [Use: ID] = [:]
    /// Each workforce object's `when:` outcomes, in the order of `conditionSets`.
    private var outcomes: [Int: [Bool]] = [:]
    /// The `when:` conditions of every rule that has some.
    private let conditionSets: [[RuleCondition]]

    init(conditionSets: [[RuleCondition]]) {
        self.conditionSets = conditionSets
    }

    /// The use of the shared `node`, at `place` (its pointer's tokens after
    /// its workforce object's) in the workforce object `workforce`.
    func use(of node: Node, at place: some Sequence<String>, in workforce: Int, _ context: DocumentContext) -> ID {
        let use = Use(
            node: ObjectIdentifier(node.written), place: place.map(ExactText.init),
            conditions: conditionOutcomes(of: workforce, context))
        if let known = ids[use] { return known }
        ids[use] = ids.count
        return ids.count - 1
    }

    private func conditionOutcomes(of workforce: Int, _ context: DocumentContext) -> [Bool] {
        if let known = outcomes[workforce] { return known }
        let object = context.workforceScopeObject(workforce)
        let found = conditionSets.map { conditions in conditions.allSatisfy { $0.holds(at: object, in: context) } }
        outcomes[workforce] = found
        return found
    }
}
