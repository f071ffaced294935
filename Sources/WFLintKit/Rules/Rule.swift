import DocumentModel

/// One rule as a pack declares it: its descriptor, where it was defined, its
/// examples, and how it is implemented — declaratively (a target and a check
/// function) or, by exception, in Swift.
public struct Rule: Sendable {
    public enum Implementation: Sendable {
        /// A declarative rule: the `Check` the engine runs.
        case declarative(DeclarativeRule)
        /// A rule implemented in Swift (`implementation: schema`), with the
        /// pack's explanation of why it cannot be declarative.
        case swift(name: String, why: String)
    }

    public let descriptor: RuleDescriptor
    public let implementation: Implementation
    public let examples: RuleExamples
    /// The pack file and the position of the rule's `id` value.
    public let file: String
    public let position: SourcePosition
    /// The position of the rule's `name` value, for duplicate-name errors.
    let namePosition: SourcePosition
    /// The name of the pack that defines the rule.
    public let pack: String
    /// Whether the rule comes from a pack built into wflint (its `file` is
    /// then `rules/NAME.yaml` of wflint's source, not a file of the user's).
    public let isBuiltin: Bool

    public var id: String { descriptor.id }
    public var name: String { descriptor.name }

    /// What its fixes do: a declarative rule's `fix:`, else what its check
    /// functions plan; for a rule implemented in Swift, `SwiftRuleFixes`.
    /// Empty: the rule has no fix.
    public var fixes: [FixSummary] {
        switch implementation {
        case .declarative(let rule): return rule.fixSummaries
        case .swift: return SwiftRuleFixes.summaries[id] ?? []
        }
    }
    /// `rules/cidr.yaml:12:7`: the pack file and the position of the id.
    public var location: String { "\(file):\(position)" }

    /// Where the rule is defined, as a duplicate-definition error cites it:
    /// `policy/a.yaml:7:9` (`at` points at the id or the name), or
    /// `built-in pack "network"`, since a built-in pack's path is not in the
    /// user's tree.
    func definition(at position: SourcePosition) -> String {
        isBuiltin ? "in built-in pack \"\(pack)\"" : "at \(file):\(position)"
    }
}

/// The documents that show a rule: ones that must not trigger it and ones that
/// must, with each expected finding of the rule.
public struct RuleExamples: Sendable {
    public let valid: [RuleExample]
    public let invalid: [RuleExample]
}

public struct RuleExample: Sendable {
    public let format: SourceFormat
    /// The document text; its line 1 is the example's first line.
    public let text: String
    /// The operation the document is read as (`--operation`), when its keys cannot tell.
    public let operation: Operation?
    /// The pack-file position of the example, for test failure messages.
    public let position: SourcePosition
    /// For an invalid example: every finding of the rule it must produce.
    public let findings: [ExpectedFinding]
    /// For an invalid example, when the pack gives it: the whole text the
    /// rule's fixes, safe and unsafe, make of the example (`fixed:`).
    public var fixed: String? = nil
    /// The name the example is linted as (`file:`), when its name matters
    /// (a Terraform override file); else `example.FORMAT`.
    public var file: String? = nil
}

public struct ExpectedFinding: Sendable, Equatable, CustomStringConvertible {
    public let position: SourcePosition
    /// The JSON pointer, when the example states it (as written, `/Cidrs/0`).
    public let pointer: String?
    /// The exact message, when the example states it.
    public let message: String?

    public var description: String {
        // The message escaped as a JSON string: most messages quote values.
        [position.description, pointer, message.map(SchemaMessages.quotedInFull)].compactMap { $0 }.joined(separator: " ")
    }
}

/// A declarative rule as the engine runs it: for each workforce object (or the
/// document) of a kind it applies to, where its `when:` conditions hold,
/// resolve each target path and run the check function over the nodes found.
public struct DeclarativeRule: Check {
    public let descriptor: RuleDescriptor
    let scope: RuleScope
    let conditions: [RuleCondition]
    let checks: [TargetedFunction]
    let message: MessageTemplate
    /// The schema rules (WF005, WF006, WF007) this rule takes over on its targets.
    private(set) var replaces: [String]
    /// The pack's `fix:`, which replaces any fix the check functions plan.
    var fix: PackFix? = nil

    /// What the rule's fixes do: its `fix:`, else what its functions plan.
    var fixSummaries: [FixSummary] {
        if let fix { return [fix.summary] }
        var summaries: [FixSummary] = []
        for check in checks {
            for summary in check.function.fixSummaries(for: check.targets) where !summaries.contains(summary) {
                summaries.append(summary)
            }
        }
        return summaries
    }

    /// The rule without its `replaces`: what another pack's rule is while a
    /// pack's examples are verified (`RuleExampleVerifier`).
    var withoutReplacements: DeclarativeRule {
        var rule = self
        rule.replaces = []
        return rule
    }

    /// A class, though nothing in it changes: every rule takes each of its
    /// checks for every workforce object, and a copy of the value retained
    /// and released its targets, its function and its options.
    final class TargetedFunction: Sendable {
        let targets: [TargetPath]
        let function: any CheckFunction
        /// The check's option values, for `{option}` placeholders.
        let optionValues: [String: String]

        init(targets: [TargetPath], function: any CheckFunction, optionValues: [String: String]) {
            self.targets = targets
            self.function = function
            self.optionValues = optionValues
        }
    }

    /// The objects the targets are relative to, where the conditions hold.
    private func scopeObjects(_ context: DocumentContext) -> [ScopeObject] {
        guard descriptor.applies(to: context.kind) else { return [] }
        let objects = scope == .document ? [context.rootScopeObject] : context.workforceScopeObjects
        // Most rules have no `when:`: their objects are the document's, not a filtered copy.
        guard !conditions.isEmpty else { return objects }
        return objects.filter { object in conditions.allSatisfy { $0.holds(at: object, in: context) } }
    }

    /// A workforce object used again through an alias supersedes nothing of
    /// its own: the schema checker replays its first use, where it did. The
    /// same holds for a repeated use of a shared node (`SharedUses`) that a
    /// path goes through.
    public func supersede(in context: DocumentContext, _ supersession: inout Supersession) {
        guard !replaces.isEmpty else { return }
        var supersededUses: Set<PathUse> = []
        for object in scopeObjects(context) where context.repeatedUse(object) == nil {
            for (index, check) in checks.enumerated() {
                for path in check.targets {
                    if let use = context.sharedUse(of: path, from: object),
                        !supersededUses.insert(PathUse(check: index, path: path.id, use: use)).inserted
                    {
                        continue
                    }
                    let pointers = context.targets.targets(of: path, from: object).map { $0.pointer }
                    for ruleID in replaces { supersession.insert(ruleID, at: Self.superseded(ruleID, by: check, at: pointers)) }
                }
            }
        }
    }

    /// Where a replaced rule steps aside for `check` on its targets: at each
    /// target's pointer, but WF005 for a `required` check only at the
    /// members it names (`/CognitoConfig/ClientId`, not `/CognitoConfig`).
    /// A rule requiring `ClientId` reports nothing about a missing
    /// `UserPool`, which WF005 must still report, as botocore refuses it.
    private static func superseded(_ ruleID: String, by check: TargetedFunction, at pointers: [JSONPointer]) -> [JSONPointer] {
        guard ruleID == CoreRule.missingField, let required = check.function as? RequiredFunction else { return pointers }
        return pointers.flatMap { pointer in required.members.map(pointer.appending) }
    }

    /// Whether this rule's replacement of `ruleID` is by member (see
    /// `superseded`): every check of it is `required`, so it and the
    /// replaced rule never report the same missing member.
    func replacesByMember(_ ruleID: String) -> Bool {
        ruleID == CoreRule.missingField && checks.allSatisfy { $0.function is RequiredFunction }
    }

    /// One check's path through one use of a shared node.
    private struct PathUse: Hashable {
        let check: Int
        let path: Int
        let use: SharedUses.ID
    }

    /// The findings a path's first check through a shared use made: where
    /// (under which object) and which of the sink's.
    private typealias CheckedUses = [PathUse: (object: JSONPointer, found: Range<Int>)]

    /// Each workforce object is checked once, however many aliases use it:
    /// a later use gets the findings of the first, replayed under its pointer.
    /// A rule that targets the object itself is run for each use, as its
    /// `{name}` is the object's own place.
    public func check(_ context: DocumentContext, supersession: Supersession, into sink: inout FindingSink) {
        // Findings are kept per object only where a later object can replay them.
        let replayable = context.repeatsAWorkforce && checks.allSatisfy { $0.targets.allSatisfy { !$0.steps.isEmpty } }
        var findingsOfObject: [Int: Range<Int>] = [:]
        var checkedUses: CheckedUses = [:]
        for object in scopeObjects(context) {
            if replayable, let first = context.repeatedUse(object),
                let found = findingsOfObject[context.firstUse[object.index]]
            {
                sink.replay(found, from: first.pointer, to: object.target.pointer)
                continue
            }
            let start = sink.reportedCount
            check(object, context, checkedUses: &checkedUses, into: &sink)
            if replayable { findingsOfObject[object.index] = start..<sink.reportedCount }
        }
    }

    private func check(
        _ object: ScopeObject, _ context: DocumentContext, checkedUses: inout CheckedUses, into sink: inout FindingSink
    ) {
        for (index, check) in checks.enumerated() {
            for path in check.targets {
                let use = context.sharedUse(of: path, from: object).map { PathUse(check: index, path: path.id, use: $0) }
                if let use, let earlier = checkedUses[use] {
                    sink.replay(earlier.found, from: earlier.object, to: object.target.pointer)
                    continue
                }
                let start = sink.reportedCount
                defer { if let use { checkedUses[use] = (object.target.pointer, start..<sink.reportedCount) } }
                let resolution = context.targets.resolution(of: path, from: object)
                // A filter that could not decide on an item is this rule's WF011 too.
                var undecidedMatches = resolution.undecided
                if !resolution.nodes.isEmpty {
                    for violation in check.function.evaluate(resolution.nodes, in: context) {
                        report(violation, optionValues: check.optionValues, in: context, into: &sink)
                    }
                    undecidedMatches += context.undecidedMatches.take()
                }
                for undecided in undecidedMatches {
                    undecided.report(rule: descriptor, limits: context.matchContext.limits, into: &sink)
                }
            }
        }
    }

    private func report(
        _ violation: Violation, optionValues: [String: String], in context: DocumentContext, into sink: inout FindingSink
    ) {
        let target = violation.target
        var variables = optionValues
        variables["name"] = target.name
        let isSensitiveValue = context.isSensitive(target.node) || sink.holdsASecretText(target.node)
        if SensitiveValues.isSensitive(target.pointer) || isSensitiveValue {
            variables["value"] = SensitiveValues.mask
            // A key inside a secret (a map written where the secret belongs) is part of it.
            if target.pointer.parent.map(SensitiveValues.isSensitive) ?? false { variables["name"] = SensitiveValues.mask }
            sink.markSensitive(target.node)
        } else {
            variables["value"] = target.node.scalarText ?? target.node.typeDescription
        }
        variables.merge(isSensitiveValue ? Self.concealed(violation.variables) : violation.variables) { _, new in new }
        if let other = violation.otherNode, context.isSensitive(other.node) || sink.holdsASecretText(other.node) {
            for name in other.variables where variables[name] != nil { variables[name] = SensitiveValues.mask }
        }
        // No fix is offered for a secret: its text would show in a diff or report.
        // A pack's `fix:` replaces what the function planned, even when it plans none.
        let fix: Fix? =
            if SensitiveValues.isSensitive(target.pointer) || isSensitiveValue { nil }
            else if let packFix = self.fix { packFix.plan(violation, variables: variables, in: context) }
            else { violation.fix }
        // The message names members as the source does (a fix is planned on the API's names).
        if let names = context.names { Self.rename(&variables, of: target, names) }
        sink.report(
            descriptor.id, range: violation.range, pointer: violation.pointer,
            message: message.render(variables, renaming: context.names, shown: SchemaMessages.escapingInvisible),
            fix: fix, related: violation.related,
            subject: violation.variables["member"])
    }

    /// What a function derived from a secret value (a CIDR's network, the
    /// octet that is wrong, a URL's host), masked; what it takes from the
    /// rule or only counts stays.
    private static func concealed(_ variables: [String: String]) -> [String: String] {
        var variables = variables
        for (name, _) in variables where !variablesNotFromTheValue.contains(name) { variables[name] = SensitiveValues.mask }
        return variables
    }

    /// The function variables that never hold a value's text: counts and
    /// lengths, the rule's own members and options, a position, a family.
    private static let variablesNotFromTheValue: Set<String> = [
        "count", "length", "member", "missing", "expected", "first", "family",
    ]

    /// The placeholders that name members, in the source's names: `{name}`
    /// (the target's path; an index or a map key stays as it is) and the
    /// members of the target that `{member}` and `{first}` name.
    private static func rename(_ variables: inout [String: String], of target: TargetNode, _ names: any MemberNaming) {
        if Int(target.name) == nil, variables["name"] == target.name, let path = names.memberPath(at: target.pointer) {
            variables["name"] = path
        }
        for key in ["member", "first"] {
            if let member = variables[key], let name = names.memberName(member, in: target.pointer) {
                variables[key] = name
            }
        }
    }
}

/// What a rule's target paths are relative to.
enum RuleScope: String, Sendable {
    /// Each workforce object: a request's root, `/Workforce`, each `/Workforces/N`.
    case workforce
    /// The document root.
    case document
}
