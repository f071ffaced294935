import ArgumentParser
import WFLintKit

/// The `wflint` command: `lint` is the default subcommand, so
/// `wflint examples/` and `wflint lint examples/` are the same.
public struct WFLint: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "wflint",
        abstract: "Lint Amazon SageMaker workforce API documents (JSON or YAML) and Terraform offline.",
        discussion: """
            Checks CreateWorkforce and UpdateWorkforce requests, DescribeWorkforce and \
            ListWorkforces responses, and ListModelPackageGroups requests and responses \
            against the API's shapes and the rule packs, and reports each finding at its \
            line and column. A Terraform file's aws_sagemaker_workforce resources (.tf) \
            are checked as the CreateWorkforce requests they send, in Terraform's names.

            Run 'wflint help lint' for every option of the lint command.

            EXAMPLES:
              wflint                                 lint the current folder
              wflint examples/ infra/wf.yaml         lint a folder and a file
              wflint infra/workforce.tf              lint a Terraform file
              wflint --operation UpdateWorkforce update.yaml
              cat wf.yaml | wflint - --stdin-filename wf.yaml
              wflint --rules policy/ examples/       add your rule packs
              wflint rules                           list every loaded rule
              wflint --diff examples/                show what --fix would change
              wflint explain WF201                   describe a rule, with examples
              wflint test-rules --rules policy/      run your packs' examples
              wflint server                          the language server, for editors

            EXIT CODES:
              0  no finding at or above --fail-on (default: error)
              1  at least one such finding (a syntax error, or a rule pack
                 named as a file to lint that does not load, counts);
                 with --diff: a file would change
              2  usage error, unreadable file, a rule pack or configuration
                 that did not load, or a report that could not be written;
                 with --fix or --diff: a fix that would break a file, or a
                 fixed file (a diff) that could not be written
            """,
        version: WFLintVersion.current,
        subcommands: [
            LintCommand.self, RulesCommand.self, ExplainCommand.self, TestRulesCommand.self, HCLValuesCommand.self,
            ServerCommand.self,
        ],
        defaultSubcommand: LintCommand.self
    )

    public init() {}
}
