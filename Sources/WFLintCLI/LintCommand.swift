import ArgumentParser
import DocumentModel
import WFLintKit

/// `wflint [lint] [PATH ...]`: the default command.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Lint files and directories (the default command).")

    @Argument(
        help: ArgumentHelp(
            "Files and directories to lint; directories are searched for *.json (*.tf.json and *.tfvars.json "
                + "among them), *.yaml, *.yml, *.tf and *.tfvars, skipping hidden ones. '-' reads standard input. Default: the current directory.",
            valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output format: text, sarif, json or github.")
    var format: OutputFormat = .text

    @Option(
        help: ArgumentHelp(
            "Write the report to this file instead of standard output, whole or not at all; "
                + "checked before anything is linted. Not a file the run reads (a path to lint, the "
                + "configuration, --baseline, a rule pack, --var-file) nor the --write-baseline file.",
            valueName: "file"))
    var output: String?

    @OptionGroup var ruleOptions: RuleOptions

    @Option(
        help: ArgumentHelp(
            "Read every document that is not a response as this operation's request: CreateWorkforce, "
                + "UpdateWorkforce, DescribeWorkforce, ListWorkforces or ListModelPackageGroups.",
            valueName: "name"))
    var operation: Operation?

    @Option(
        help: ArgumentHelp(
            "The path of the file standard input ('-') holds: findings name it, the configuration is "
                + "looked up from its folder, and a .tf buffer is read in that folder's Terraform module in place of "
                + "the saved file, so an editor's unsaved buffer is linted like the saved file.",
            valueName: "path"))
    var stdinFilename: String?

    @Option(
        name: .customLong("var-file"),
        help: ArgumentHelp(
            "A Terraform variable definitions file (.tfvars or .tfvars.json) whose values the variables of the "
                + "root modules take (each folder named, not its sub-folders, and the folder of each file named), "
                + "after the module's own terraform.tfvars and *.auto.tfvars, as "
                + "'terraform plan -var-file' does (repeatable; the last one that sets a variable wins).",
            valueName: "file"))
    var varFiles: [String] = []

    @Option(
        help: ArgumentHelp(
            "Exit 1 on findings of this severity or above: error, warning, note or never. "
                + "Overrides the configuration's fail-on. Default: error.",
            valueName: "severity"))
    var failOn: FailOn?

    @OptionGroup var configOptions: ConfigOptions

    @Option(
        help: ArgumentHelp(
            "Run only these rules (ids or names, comma-separated, repeatable), at the severities the "
                + "configuration gives them; WF001 and WF011 (a file not checked) stay on.",
            valueName: "rules"))
    var select: [String] = []

    @Option(
        help: ArgumentHelp(
            "Do not run these rules (ids or names, comma-separated, repeatable).", valueName: "rules"))
    var ignore: [String] = []

    @Option(
        help: ArgumentHelp(
            "Silence the findings recorded in this baseline file; findings not in it are reported.",
            valueName: "file"))
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Record every finding of this run in a baseline file (and report them as suppressed). "
                + "It may be the --baseline file, to refresh it, but not a path to lint, --config, --rules, "
                + "--var-file or the --output file.",
            valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Lint this many files at once. Default: the number of cores.", valueName: "n"))
    var jobs: Int?

    @Flag(
        help: ArgumentHelp(
            "Apply the safe fixes in place (each file written whole, only when it changed), then report what "
                + "remains. With '-', the fixed text goes to standard output and the report to standard error. "
                + "A file that does not parse is never changed, and a finding a suppression comment, an ignore entry "
                + "or --baseline silences is not fixed. Excludes --write-baseline."))
    var fix = false

    @Flag(help: "With --fix or --diff, apply the unsafe fixes too (a likely intent, not a certain one).")
    var unsafeFixes = false

    @Flag(
        help: ArgumentHelp(
            "Print a unified diff of what --fix would change, and change nothing; a line's secrets are masked. "
                + "Exit 1 when there is something to fix, 0 when not, 2 on an error. "
                + "Excludes --fix, --write-baseline and any --format but text."))
    var diff = false

    func validate() throws {
        if let conflict = options.conflict { throw ValidationError(conflict) }
    }

    func run() throws {
        throw ExitCode(options.execute().rawValue)
    }

    /// The parsed values, for the run.
    var options: LintOptions {
        LintOptions(
            paths: paths, format: format, output: output, packPaths: ruleOptions.packPaths, operation: operation,
            stdinFilename: stdinFilename, varFiles: varFiles, failOn: failOn, config: configOptions.config,
            noConfig: configOptions.noConfig, select: select,
            ignore: ignore, baseline: baseline, writeBaseline: writeBaseline, jobs: jobs, fix: fix,
            unsafeFixes: unsafeFixes, diff: diff)
    }
}
