import ArgumentParser
import WFLintKit

/// `wflint rules`: every loaded rule, one a line.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every loaded rule: id, name, severity and summary.")

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let ruleSet: RuleSet
        do { ruleSet = try ruleOptions.loadRuleSet() } catch { throw ExitCode(reportLoadFailure(error).rawValue) }
        Console.standardOutput.write(RuleCatalogText.list(ruleSet.rules))
    }
}

/// `wflint explain WF201`: one rule's description and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Print a rule's description and examples.")

    @Argument(help: ArgumentHelp("The rule's id (WF201) or name (cidr-invalid).", valueName: "id-or-name"))
    var rule: String

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let ruleSet: RuleSet
        do { ruleSet = try ruleOptions.loadRuleSet() } catch { throw ExitCode(reportLoadFailure(error).rawValue) }
        guard let found = ruleSet.rule(rule) else {
            let known = ruleSet.rules.map(\.id).sorted().joined(separator: ", ")
            throw ValidationError("no rule \"\(rule)\"; known rules: \(known)")
        }
        Console.standardOutput.write(RuleCatalogText.explain(found))
    }
}
