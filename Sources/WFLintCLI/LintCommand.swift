import ArgumentParser
import DocumentModel
import WFLintKit

/// `wflint [lint] [PATH ...]`: the default command.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Lint files and directories (the default command).")

    @Argument(
        help: ArgumentHelp(
            "Files and directories to lint; directories are searched for *.json, *.yaml and *.yml, "
                + "skipping hidden ones. '-' reads standard input. Default: the current directory.",
            valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output format: text, sarif, json or github.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var ruleOptions: RuleOptions

    @Option(
        help: ArgumentHelp(
            "Read every document that is not a response as this operation's request: CreateWorkforce, "
                + "UpdateWorkforce, DescribeWorkforce, ListWorkforces or ListModelPackageGroups.",
            valueName: "name"))
    var operation: Operation?

    @Option(help: ArgumentHelp("The file name findings carry for standard input ('-').", valueName: "name"))
    var stdinFilename: String = "<stdin>"

    @Option(help: ArgumentHelp("Exit 1 on findings of this severity or above: error, warning, note or never.", valueName: "severity"))
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp("Lint this many files at once. Default: the number of cores.", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    func run() throws {
        throw ExitCode(execute().rawValue)
    }

    /// Loads the rules, lints every input and writes the report.
    func execute() -> ExitStatus {
        let ruleSet: RuleSet
        do { ruleSet = try ruleOptions.loadRuleSet() } catch { return reportLoadFailure(error) }
        let table = RuleTable(ruleSet.descriptors)
        let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: operation)

        let walk = FileWalker.inputs(for: paths.isEmpty ? ["."] : paths, stdinName: stdinFilename)
        let outcomes = linter.lint(walk.inputs, jobs: jobs ?? ProcessorCount.online)
        var run = RunSummary(rules: table.descriptors)
        for failure in walk.failures { run.addUnreadable(path: failure.path, reason: failure.reason) }
        for outcome in outcomes { run.add(outcome) }

        let status = run.exitStatus(failOn: failOn)
        let report = run.report(exitStatus: status)
        for notification in report.notifications {
            Console.standardError.write("\(notification.path ?? "wflint"): error: \(notification.message)\n")
        }
        return write(report) ? status : .failure
    }

    /// Writes the rendered report where `--output` says; false when that fails.
    private func write(_ report: LintReport) -> Bool {
        guard let output else {
            let color = format == .text && Console.wantsColor(on: .standardOutput)
            Console.standardOutput.write(format.render(report, color: color))
            return true
        }
        switch FileSystem.writeFile(output, format.render(report, color: false)) {
        case .success: return true
        case .failure(let failure):
            Console.standardError.write("\(output): error: cannot write the report: \(failure)\n")
            return false
        }
    }
}
