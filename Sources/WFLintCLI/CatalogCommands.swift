import ArgumentParser
import WFLintKit

/// `wflint rules`: every loaded rule, one a line.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every loaded rule: id, name, severity (as the configuration sets it, or off) and summary.",
        discussion: Self.loadedRules)

    @OptionGroup var options: CatalogOptions

    func run() throws {
        let setup = try options.loadSetup()
        Console.standardOutput.write(RuleCatalogText.list(setup.ruleSet.rules, in: setup.table))
    }

    /// What the three catalog commands load, for their help.
    static let loadedRules = """
        The loaded rules are those a lint run in the working directory loads: the built-in packs, the \
        packs the configuration names in 'packs:' (.wflint.yaml found upwards from the working directory, \
        or --config; none with --no-config), then each --rules. A configuration or pack that does not load \
        is an error, exit code 2, as for the lint command.
        """
}

/// `wflint explain WF201`: one rule's description and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Print a rule's description and examples.",
        discussion: RulesCommand.loadedRules)

    @Argument(help: ArgumentHelp("The rule's id (WF201) or name (cidr-invalid).", valueName: "id-or-name"))
    var rule: String

    @OptionGroup var options: CatalogOptions

    func run() throws {
        let ruleSet = try options.loadRuleSet()
        guard let found = ruleSet.rule(rule) else {
            let message = RuleNames(ruleSet.descriptors).unknownMessage(rule, in: "wflint explain")
            throw ExitCode(reportUsageError(message).rawValue)
        }
        Console.standardOutput.write(RuleCatalogText.explain(found))
    }
}

/// `wflint test-rules --rules my-pack.yaml`: runs every loaded rule's examples,
/// so a pack's author knows its rules fire where the pack says.
struct TestRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-rules",
        abstract: "Run the examples of every loaded rule and report any that misbehave.",
        discussion: RulesCommand.loadedRules
            + " So 'wflint test-rules' in a repository whose configuration names packs tests those packs' examples "
            + "with the built-in ones; each --rules adds packs to test.")

    @OptionGroup var options: CatalogOptions

    func run() throws {
        let ruleSet = try options.loadRuleSet()
        let verifier = RuleExampleVerifier(ruleSet: ruleSet)
        let problems = ruleSet.rules.flatMap { verifier.verify($0) }
        let examples = ruleSet.rules.reduce(0) { $0 + $1.examples.valid.count + $1.examples.invalid.count }
        var output = problems.map { $0.description + "\n" }.joined()
        output += problems.isEmpty
            ? "all \(examples) examples of \(ruleSet.rules.count) rules behave as their packs say\n"
            : "\(problems.count) problem\(problems.count == 1 ? "" : "s") in the examples of \(ruleSet.rules.count) rules\n"
        Console.standardOutput.write(output)
        if !problems.isEmpty { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
