import WFLintKit

/// The built-in rules, loaded once for the whole run of a target.
private let ruleSet = RuleSet.builtin()
/// The built-in rules' table, every rule on.
public let table = RuleTable(ruleSet.descriptors)
/// The linter `wflint` runs with no configuration and no `--operation`.
public let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil)
