import DocumentModel

/// An example of a rule that does not behave as its pack says.
public struct ExampleProblem: Sendable, Equatable, CustomStringConvertible {
    /// The pack file and the position of the example in it.
    public let file: String
    public let position: SourcePosition
    public let ruleID: String
    public let message: String

    public var description: String { "\(file):\(position): error: \(ruleID): \(message)" }
}

/// Runs a rule's examples through the path a user's file takes — read, tell
/// the kind, supersede and check with every enabled check, so precedence is
/// exercised — and compares the rule's findings with the expected ones. The
/// test suite runs it over every pack; `wflint test-rules` runs it over a
/// user's own.
///
/// A pack's examples run with the `replaces` of the built-in packs (which
/// every run has) and of that pack alone: a user pack's `replaces: [WF007]`
/// must not silence the WF007 a built-in example expects, nor another user
/// pack's, and a pack's examples mean the same whichever packs are loaded
/// beside it.
public struct RuleExampleVerifier: Sendable {
    /// The checks each pack's examples run with, by pack file.
    let checksByPack: [String: [any Check]]
    let table: RuleTable

    public init(ruleSet: RuleSet) {
        let table = RuleTable(ruleSet.descriptors)
        var checksByPack: [String: [any Check]] = [:]
        for pack in ruleSet.packs {
            checksByPack[pack.file] = ruleSet.checks(enabledIn: table) { rule in
                rule.isBuiltin || rule.file == pack.file
            }
        }
        self.table = table
        self.checksByPack = checksByPack
    }

    /// Every problem with `rule`'s examples; empty when they all behave.
    public func verify(_ rule: Rule) -> [ExampleProblem] {
        var problems: [ExampleProblem] = []
        if rule.examples.valid.isEmpty || rule.examples.invalid.isEmpty {
            problems.append(ExampleProblem(
                file: rule.file, position: rule.position, ruleID: rule.id,
                message: "a rule needs at least one valid and one invalid example"))
        }
        for example in rule.examples.valid { problems += verify(example, of: rule, isValid: true) }
        for example in rule.examples.invalid { problems += verify(example, of: rule, isValid: false) }
        return problems
    }

    /// The findings of `rule` on `example`, as the command line would report them.
    /// Suppression comments are honoured (WF010's examples need them).
    public func findings(of rule: Rule, on example: RuleExample) -> (own: [Finding], all: [Finding]) {
        let findings = linter(for: rule, example).lint(Array(example.text.utf8), as: Self.input(example)).findings
        return (findings.filter { $0.ruleID == rule.id }, findings)
    }

    /// What the rule's fixes, safe and unsafe, make of `example`, as
    /// `wflint --fix --unsafe-fixes` would with this rule's fixes alone.
    public func fixed(by rule: Rule, _ example: RuleExample) -> FixedSource {
        linter(for: rule, example).fix(
            Array(example.text.utf8), as: Self.input(example), includingUnsafe: true, onlyRules: [rule.id])
    }

    private func linter(for rule: Rule, _ example: RuleExample) -> Linter {
        Linter(
            checks: checksByPack[rule.file] ?? [], rules: table, operation: example.operation,
            inlineSuppressions: InlineSuppressionPolicy(loadedRules: table.descriptors))
    }

    /// An example stands alone: linted as a file of the current folder, a
    /// Terraform example would take that folder's `.tf` and `.tfvars` files
    /// into its module (`wflint test-rules` run in a Terraform folder).
    private static func input(_ example: RuleExample) -> LintInput {
        let name = example.file ?? "example." + example.format.rawValue
        return LintInput(source: .file(name), displayName: name, isExplicit: true, standsAlone: true)
    }

    /// The problems with one example: a valid one must not trigger the rule,
    /// an invalid one must trigger it exactly at the listed findings.
    func verify(_ example: RuleExample, of rule: Rule, isValid: Bool) -> [ExampleProblem] {
        let expected = isValid ? [] : example.findings
        let (own, all) = findings(of: rule, on: example)
        // An example that does not parse shows nothing of its rule (a valid
        // one passed for it), unless the rule is the syntax error's own.
        if rule.id != CoreRule.syntaxError, let error = all.first(where: { $0.ruleID == CoreRule.syntaxError }) {
            return [ExampleProblem(
                file: rule.file, position: example.position, ruleID: rule.id,
                message: "the example does not parse: \(error.file == Self.input(example).displayName ? "" : error.file + ":")\(error.range.start): \(error.message)")]
        }
        // Nor does one the rule could not check (its pattern over PCRE2's
        // budget), or that was not read whole: a valid one passed for it.
        if rule.id != CoreRule.resourceLimit,
            let limit = all.first(where: { $0.ruleID == CoreRule.resourceLimit && Self.concerns($0, rule) })
        {
            return [ExampleProblem(
                file: rule.file, position: example.position, ruleID: rule.id,
                message: "the example was not checked whole: \(limit.range.start): \(limit.message)")]
        }
        var messages: [String] = []
        var unmatched = own
        var missing: [ExpectedFinding] = []
        for wanted in expected {
            if let index = unmatched.firstIndex(where: { wanted.matches($0) }) {
                unmatched.remove(at: index)
            } else {
                missing.append(wanted)
            }
        }
        // One problem per example: a finding at the wrong place is one
        // mistake, not a missing finding plus an unexpected one.
        if !missing.isEmpty {
            let wanted = missing.map(\.description).joined(separator: "; ")
            messages.append("expected a finding at \(wanted), got \(Self.describe(own))")
        } else if !unmatched.isEmpty {
            let kind = expected.isEmpty ? "valid example" : "invalid example"
            messages.append("\(kind) has unexpected findings: \(Self.describe(unmatched))")
        }
        // Each defect once: a schema rule this rule replaces stays silent where it fires.
        if case .declarative(let declarative) = rule.implementation {
            let doubled = all.filter { other in
                declarative.replaces.contains(other.ruleID) && !declarative.replacesByMember(other.ruleID)
                    && own.contains { $0.pointer == other.pointer }
            }
            if !doubled.isEmpty {
                messages.append("defect reported twice, also by \(doubled.map { "\($0.ruleID) at \($0.pointer)" })")
            }
        }
        messages += fixedProblems(example, of: rule)
        return messages.map {
            ExampleProblem(file: rule.file, position: example.position, ruleID: rule.id, message: $0)
        }
    }

    /// The problems with an example's `fixed:`: the rule's fixes must apply,
    /// make exactly that text, and leave the rule nothing to report.
    private func fixedProblems(_ example: RuleExample, of rule: Rule) -> [String] {
        guard let expected = example.fixed else { return [] }
        let fixed = fixed(by: rule, example)
        if let failure = fixed.failure { return ["the rule's fixes make the example unparsable: \(failure.syntaxError.position): \(failure.syntaxError.message)"] }
        guard fixed.appliedCount > 0 else {
            return [rule.fixes.isEmpty
                ? "the example has \"fixed:\", but rule \(rule.id) has no fix"
                : "the example has \"fixed:\", but none of the rule's fixes applies to it"]
        }
        var messages: [String] = []
        if rule.fixes.isEmpty {
            messages.append("the rule fixed the example, but does not say it has a fix (add it to SwiftRuleFixes or to its function's fixSummaries)")
        }
        let actual = String(decoding: fixed.bytes, as: UTF8.self)
        if let difference = TextDifference.first(expected: expected, actual: actual) {
            messages.append("the fixed text differs from \"fixed:\" \(difference)")
        }
        let remaining = fixed.linted.findings.filter { $0.ruleID == rule.id }
        if !remaining.isEmpty { messages.append("the rule still fires on the fixed text: \(Self.describe(remaining))") }
        return messages
    }

    /// Whether a WF011 finding is about `rule` (its pattern could not
    /// decide, `UndecidedMatches`) or about the whole document (a read limit),
    /// not about another rule's pattern.
    private static func concerns(_ limit: Finding, _ rule: Rule) -> Bool {
        !limit.message.hasPrefix("rule ") || limit.message.hasPrefix("rule \(rule.id) (")
    }

    private static func describe(_ findings: [Finding]) -> String {
        findings.isEmpty
            ? "none"
            : findings.map { finding in
                let pointer = finding.pointer.description
                return "\(finding.range.start) \(pointer.isEmpty ? "\"\"" : pointer) \(SchemaMessages.quotedInFull(finding.message))"
            }
                .joined(separator: "; ")
    }
}

extension ExpectedFinding {
    func matches(_ finding: Finding) -> Bool {
        finding.range.start == position
            && (pointer.map { $0.isExactly(finding.pointer.description) } ?? true)
            && (message.map { $0.isExactly(finding.message) } ?? true)
    }
}

/// Where two texts first differ, for a `fixed:` example that does not match:
/// the line number and both versions of the line, quoted with escapes so that
/// white space, tabs and CR show.
enum TextDifference {
    /// `at line 3:\n  expected: "…"\n  actual:   "…"`; nil when the texts
    /// are the same, byte for byte: `Café` composed and decomposed differ
    /// (`isExactly`), as they do to the API.
    static func first(expected: String, actual: String) -> String? {
        guard !expected.isExactly(actual) else { return nil }
        let wanted = lines(expected)
        let got = lines(actual)
        let index = (0..<min(wanted.count, got.count)).first { !String(wanted[$0]).isExactly(String(got[$0])) }
            ?? min(wanted.count, got.count)
        func line(_ lines: [Substring]) -> String { index < lines.count ? quoted(lines[index]) : "(no such line: the text ends before it)" }
        return "at line \(index + 1):\n  expected: \(line(wanted))\n  actual:   \(line(got))"
    }

    /// The lines, each with its line break but the last (so a missing final
    /// line break shows as a difference of the last line).
    private static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "\n" || text[index] == "\r\n" || text[index] == "\r" {
                lines.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }

    /// `"a\tb\n"`: the line in double quotes, escaped as messages quote values.
    static func quoted(_ line: Substring) -> String { SchemaMessages.quotedInFull(String(line)) }
}
