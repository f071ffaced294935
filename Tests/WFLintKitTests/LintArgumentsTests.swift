import Testing
@testable import WFLintCLI
@testable import WFLintKit

/// `LintArguments`, the lint command line read without swift-argument-parser,
/// agrees with the full parser wherever it answers, and leaves it everything
/// else (help, errors, other subcommands).
@Suite struct LintArgumentsTests {
    /// What the full parser makes of `arguments`, as lint options; nil when it
    /// is not a lint command or is refused.
    static func fullParse(_ arguments: [String]) -> LintOptions? {
        (try? WFLint.parseAsRoot(arguments) as? LintCommand)?.options
    }

    static let plainCommandLines: [[String]] = [
        [],
        ["single.yaml"],
        ["lint"],
        ["lint", "a.yaml", "b/"],
        ["-"],
        ["-", "--stdin-filename", "infra/wf.yaml"],
        ["--format", "sarif", "--output", "out.sarif", "examples/"],
        ["--format=json", "a.json"],
        ["a.yaml", "--format", "github", "b.yaml"],
        ["--format", "json", "--format", "text", "a.yaml"],
        ["--rules", "policy/", "--rules=more.yaml", "x"],
        ["--operation", "UpdateWorkforce", "update.yaml"],
        ["--operation=ListWorkforces", "--fail-on", "warning", "x.yaml"],
        ["--fail-on=never", "--jobs", "1", "x"],
        ["--jobs=2", "--jobs", "3"],
        ["--jobs", "+4"],
        ["--config", "c.yaml", "x"],
        ["--no-config", "--no-config", "x"],
        ["--select", "WF201,WF202", "--select", "cidr-invalid", "--ignore", "WF003"],
        ["--baseline", "b.json", "--write-baseline=new.json"],
        ["--var-file", "prod.tfvars", "--var-file=extra.tfvars.json", "infra/"],
        ["lint", "--no-config", "--stdin-filename=a b.yaml", "-", "c d.yaml"],
        ["--output=a=b", "x"],
        ["--fix", "a.yaml"],
        ["-", "--fix", "--unsafe-fixes", "--stdin-filename", "a.yaml"],
        ["--diff", "a.yaml"],
        ["--fix", "--baseline", "b.json", "a.yaml"],
        ["--unsafe-fixes", "--diff", "--output", "fixes.patch", "a.yaml"],
    ]

    static let otherCommandLines: [[String]] = [
        ["--help"], ["-h"], ["help"], ["help", "lint"], ["--version"], ["lint", "--help"],
        ["rules"], ["explain", "WF201"], ["test-rules", "--rules", "p.yaml"],
        ["lint", "lint"], ["a.yaml", "rules"], ["--", "a.yaml"], ["--format"], ["--format", "xml"],
        ["--format="], ["--format", "--jobs", "2"], ["--jobs", "0"], ["--jobs", "two"], ["--jobs", "-1"],
        ["--operation", "Nope"], ["--fail-on", "fatal"], ["--config", "c.yaml", "--no-config"],
        ["--no-config=yes"], ["--unknown", "x"], ["-x"], ["-jobs", "2"], ["--output", "-"], ["--output", "-x"],
        ["--rules"], ["--stdin-filename"],
        ["--unsafe-fixes", "x"], ["--fix=yes"], ["--write-baseline", "b", "--fix"], ["--diff", "--write-baseline", "b"],
        ["--diff", "--fix"], ["--diff", "--format", "json"], ["--diff=yes"],
        ["-", "-"], ["--stdin-filename", "a.yaml", "a.yaml"], ["--stdin-filename", "a.yaml"],
    ]

    /// The help names every kind of file a folder walk takes.
    @Test func lintHelpNamesTheFilesAWalkTakes() {
        let help = LintCommand.helpMessage(columns: 1_000)
        #expect(help.contains(
            "Files and directories to lint; directories are searched for *.json (*.tf.json and *.tfvars.json among "
                + "them), *.yaml, *.yml, *.tf and *.tfvars, skipping hidden ones."))
        #expect(FileWalker.extensions == ["json", "yaml", "yml", "tf", "tfvars"])
    }

    @Test(arguments: plainCommandLines) func readsAPlainCommandLineAsTheFullParserDoes(_ arguments: [String]) throws {
        let quick = try #require(LintArguments.parse(arguments), "\(arguments)")
        #expect(quick == Self.fullParse(arguments), "\(arguments)")
    }

    @Test(arguments: otherCommandLines) func leavesEverythingElseToTheFullParser(_ arguments: [String]) {
        #expect(LintArguments.parse(arguments) == nil, "\(arguments)")
    }

    /// `runCommandLine` prints `WFLintVersion.current` for `--version`
    /// without the parser; the parser, which the shortcut replaces, would
    /// print the same (EndToEndTests runs the binary through the shortcut,
    /// and checks its text and exit status).
    @Test func versionIsWhatTheParserPrints() {
        do {
            _ = try WFLint.parseAsRoot(["--version"])
            Issue.record("the parser ran a command for --version")
        } catch {
            #expect(WFLint.exitCode(for: error) == .success)
            #expect(WFLint.fullMessage(for: error) == WFLintVersion.current)
        }
    }

    @Test func readsValuesWithTheFullParsersConversions() throws {
        let options = try #require(LintArguments.parse([
            "--format", "sarif", "--operation", "ListModelPackageGroups", "--fail-on", "note", "--jobs", "7", "p",
        ]))
        #expect(options.format == .sarif)
        #expect(options.operation == .listModelPackageGroups)
        #expect(options.failOn == .note)
        #expect(options.jobs == 7)
        #expect(options.paths == ["p"])
    }
}
