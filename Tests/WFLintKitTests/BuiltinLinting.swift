import DocumentModel
@testable import WFLintKit

/// Lints `text` as `name` with the built-in rules and inline suppressions, as
/// `wflint` run on that file would.
func lintWithBuiltinRules(_ text: String, name: String = "team.yaml") throws -> LintedSource {
    builtinLinter().lint(Array(text.utf8), as: LintInput(source: .file(name), displayName: name, isExplicit: true))
}

/// The linter `wflint` runs without a configuration: the built-in rules, inline suppressions honoured.
func builtinLinter() -> Linter {
    let ruleSet = RuleSet.builtin()
    let table = RuleTable(ruleSet.descriptors)
    return Linter(
        checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil,
        inlineSuppressions: InlineSuppressionPolicy(loadedRules: ruleSet.descriptors))
}

/// `line:col pointer message` of each finding of `ruleID`, in report order.
func described(_ findings: [Finding], of ruleID: String) -> [String] {
    findings.filter { $0.ruleID == ruleID }.map { "\($0.range.start) \($0.pointer) \($0.message)" }
}
