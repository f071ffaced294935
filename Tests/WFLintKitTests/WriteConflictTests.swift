import Foundation
import Testing

/// `--output` and `--write-baseline` may name neither the same file nor a
/// file the run reads: a usage error (exit code 2) before anything is
/// written, whatever the spelling of the path. Refreshing a baseline
/// (`--baseline X --write-baseline X`) stays allowed.
@Suite struct WriteConflictTests {
    static let valid = HostileInputTests.valid

    /// A folder with `g.json` (valid) and `b.json`, a baseline of nothing.
    static func directory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("g.json", Self.valid)
        try directory.write("b.json", #"{"version": 1, "tool": "wflint", "findings": []}"# + "\n")
        try directory.write("sub/keep", "")
        return directory
    }

    /// Runs wflint and expects the usage error `message`, with nothing written or created.
    static func expectRefused(_ arguments: [String], _ message: String) throws {
        let directory = try Self.directory()
        let before = try OutputFileTests.entries(directory)
        let run = try WFLintBinary.run(["--no-config"] + arguments, in: directory.url)
        #expect(run.stderr == "wflint: error: \(message)\n")
        #expect(run.stdout == "")
        #expect(run.status == 2)
        #expect(try OutputFileTests.entries(directory) == before)
        #expect(try String(contentsOfFile: directory.path("g.json"), encoding: .utf8) == Self.valid)
    }

    @Test(arguments: [
        ["--output", "same.json", "--write-baseline", "same.json"],
        ["--output", "same.json", "--write-baseline", "sub/../same.json"],
        ["--output", "b.json", "--write-baseline", "./b.json"],
    ])
    func theReportAndTheBaselineInOneFileAreRefused(options: [String]) throws {
        try Self.expectRefused(
            options + ["g.json"],
            "--output and --write-baseline name the same file, \"\(options[1])\": the report would replace the baseline")
    }

    @Test func aReportOverAFileToLintIsRefused() throws {
        try Self.expectRefused(
            ["--output", "g.json", "g.json"], #"--output names "g.json", a file to lint: the report would replace it"#)
        try Self.expectRefused(
            ["--fix", "--output", "./g.json", "g.json"], #"--output names "./g.json", a file to lint: the report would replace it"#)
    }

    @Test func aBaselineOverAFileToLintIsRefused() throws {
        try Self.expectRefused(
            ["--write-baseline", "g.json", "sub/../g.json"],
            #"--write-baseline names "g.json", a file to lint: the baseline would replace it"#)
    }

    @Test func aReportOverTheBaselineOrTheConfigurationIsRefused() throws {
        try Self.expectRefused(
            ["--baseline", "b.json", "--output", "b.json", "g.json"],
            #"--output names "b.json", the --baseline file: the report would replace it"#)
        let directory = try Self.directory()
        let run = try WFLintBinary.run(["--config", "b.json", "--output", "b.json", "g.json"], in: directory.url)
        #expect(run.stderr == #"wflint: error: --output names "b.json", the --config file: the report would replace it"# + "\n")
        #expect(run.status == 2)
    }

    @Test(arguments: [("--rules", "a --rules pack"), ("--var-file", "a --var-file file")])
    func aReportOrBaselineOverAPackOrVariableFileIsRefused(option: String, role: String) throws {
        try Self.expectRefused(
            [option, "b.json", "--output", "./b.json", "g.json"],
            #"--output names "./b.json", \#(role): the report would replace it"#)
        try Self.expectRefused(
            [option, "b.json", "--write-baseline", "b.json", "g.json"],
            #"--write-baseline names "b.json", \#(role): the baseline would replace it"#)
    }

    /// Reading a baseline and writing it again refreshes it, as documented.
    @Test func aBaselineIsStillRefreshedInPlace() throws {
        let directory = try Self.directory()
        try directory.write("team.json", #"{"WorkforceName": "w", "CognitoConfg": {}}"#)
        let run = try WFLintBinary.run(
            ["--no-config", "--baseline", "b.json", "--write-baseline", "./b.json", "team.json"], in: directory.url)
        #expect(run.stderr == "wflint: recorded 2 findings in ./b.json\n")
        #expect(run.stdout == "no problems found; 1 file checked; 2 suppressed\n")
        #expect(run.status == 0)
        #expect(try String(contentsOfFile: directory.path("b.json"), encoding: .utf8).contains(#""ruleId": "WF102""#))
    }

    /// The configuration file found for the run, and a pack a `--rules`
    /// folder or the configuration's `packs:` holds, are read though no
    /// option names them: writing over them is refused too (before, the
    /// report replaced `.wflint.yaml`, and the next run failed on it).
    @Test func aReportOverAFileTheSetupReadIsRefused() throws {
        let pack = try String(contentsOf: Golden.repositoryRoot.appendingPathComponent("rules/examples/fixes.yaml"), encoding: .utf8)
        let cases: [(config: String?, arguments: [String], message: String)] = [
            ("fail-on: warning\n", ["--output", ".wflint.yaml"],
             #"--output names ".wflint.yaml", the configuration file: the report would replace it"#),
            ("fail-on: warning\n", ["--write-baseline", "./.wflint.yaml"],
             #"--write-baseline names "./.wflint.yaml", the configuration file: the baseline would replace it"#),
            (nil, ["--no-config", "--rules", "policy", "--output", "policy/acme.yaml"],
             #"--output names "policy/acme.yaml", a rule pack the run loads: the report would replace it"#),
            ("packs: [policy]\n", ["--write-baseline", "policy/acme.yaml"],
             #"--write-baseline names "policy/acme.yaml", a rule pack the run loads: the baseline would replace it"#),
            // A new file in a pack folder: the next run would load it as a pack (the reviewer's case).
            ("packs: [policy/]\n", ["--output", "policy/new.yaml"],
             #"--output names "policy/new.yaml", in the rule pack folder "policy": the next run would load the report as a pack"#),
            (nil, ["--no-config", "--rules", "policy", "--write-baseline", "policy/sub/b.yml"],
             #"--write-baseline names "policy/sub/b.yml", in the rule pack folder "policy": the next run would load the baseline as a pack"#),
        ]
        for (config, arguments, message) in cases {
            let directory = try Self.directory()
            try directory.write("policy/acme.yaml", pack)
            try directory.write("policy/sub/notes.txt", "")
            if let config { try directory.write(".wflint.yaml", config) }
            let run = try WFLintBinary.run(arguments + ["g.json"], in: directory.url)
            #expect(run.stderr == "wflint: error: \(message)\n")
            #expect((run.stdout, run.status) == ("", 2))
            #expect(try String(contentsOfFile: directory.path("policy/acme.yaml"), encoding: .utf8) == pack)
            if let config { #expect(try String(contentsOfFile: directory.path(".wflint.yaml"), encoding: .utf8) == config) }
            #expect(!FileManager.default.fileExists(atPath: directory.path("policy/new.yaml")))
        }
        // A report beside the pack folder, or a hidden one in it, is no pack.
        let directory = try Self.directory()
        try directory.write("policy/acme.yaml", pack)
        try directory.write("policy/.cache/notes.txt", "")
        for output in ["report.yaml", "policy/.cache/r.yaml", "policy/report.json"] {
            let run = try WFLintBinary.run(["--no-config", "--rules", "policy", "--output", output, "g.json"], in: directory.url)
            #expect(run.status == 0, "\(output): \(run.stderr)")
        }
    }
}
