import Foundation
import Testing

/// A throw-away repository (a folder with `.git`) for runs of the built binary.
struct TemporaryRepository {
    let root: URL

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The same defects in every test: WF102 and WF003 (errors), WF009 (a warning).
let teamDocument = """
    WorkforceName: team
    CognitoConfg: {}
    Tags:
      - Key: env
        Value: yes

    """

let teamFindings = """
    teams/team.yaml:1:1: error: a CreateWorkforce request needs "CognitoConfig" or "OidcConfig"; neither is set (an UpdateWorkforce request needs neither: name its operation with --operation UpdateWorkforce or operations: in .wflint.yaml) [WF102 idp-missing]
        1 | WorkforceName: team
          | ^~~~~~~~~~~~~~~~~~~
    teams/team.yaml:2:1: error: "CognitoConfg" is not a member of CreateWorkforceRequest; did you mean 'CognitoConfig'? [WF003 unknown-field]
        2 | CognitoConfg: {}
          | ^~~~~~~~~~~~

    """

/// The summary's last line for `teamDocument`: its WF003 (`CognitoConfg`) has an unsafe rename.
private let typoFixable = "1 fixable with --fix --unsafe-fixes\n"

@Suite struct ConfigurationEndToEndTests {
    @Test func theConfigurationIsFoundAboveTheWorkingDirectoryUpToTheRepositoryRoot() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "rules:\n  yaml-ambiguous-scalar: off\nexclude: [legacy]\n",
            "teams/team.yaml": teamDocument, "legacy/team.yaml": teamDocument,
        ])
        defer { repository.remove() }
        let fromRoot = try WFLintBinary.run([], in: repository.root)
        #expect(fromRoot.stdout == teamFindings + "2 errors in 1 file; 1 file checked\n" + typoFixable)
        #expect(fromRoot.status == 1)

        let fromBelow = try WFLintBinary.run(["team.yaml", "../legacy/team.yaml"], in: repository.url("teams"))
        #expect(fromBelow.stdout.hasPrefix("team.yaml:1:1: error: "))
        #expect(fromBelow.stdout.hasSuffix("2 errors in 1 file; 1 file checked\n" + typoFixable))
        #expect(!fromBelow.stdout.contains("WF009"))

        // A configuration outside the repository root is never used.
        let nested = try TemporaryRepository(files: ["inner/.git/HEAD": "", "inner/team.yaml": teamDocument])
        defer { nested.remove() }
        try nested.write(".wflint.yaml", "fail-on: never\n")
        let inner = try WFLintBinary.run(["team.yaml"], in: nested.url("inner"))
        #expect(inner.stdout.contains("[WF009 yaml-ambiguous-scalar]"))
        #expect(inner.status == 1)
    }

    @Test func standardInputIsLintedLikeTheSavedFileWithTheConfigurationFromItsPath() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "rules:\n  WF009: off\n  WF102: warning\nfail-on: warning\n", "teams/team.yaml": teamDocument,
        ])
        defer { repository.remove() }
        let path = repository.url("teams/team.yaml").path
        for format in ["text", "json", "sarif"] {
            // Both from one folder, outside the repository (a SARIF log's
            // paths are relative to the folder wflint runs in): the saved
            // file's configuration named, the buffer's found from its
            // --stdin-filename alone.
            let saved = try WFLintBinary.run(
                ["--format", format, "--config", repository.url(".wflint.yaml").path, path],
                in: FileManager.default.temporaryDirectory)
            let buffer = try WFLintBinary.run(
                ["--format", format, "-", "--stdin-filename", path], in: FileManager.default.temporaryDirectory,
                stdin: teamDocument)
            #expect(buffer.stdout == saved.stdout, "format \(format)")
            #expect(buffer.status == 1 && saved.status == 1)
        }
        let text = try WFLintBinary.run(["-", "--stdin-filename", path], in: FileManager.default.temporaryDirectory, stdin: teamDocument)
        #expect(text.stdout.hasPrefix(path + ":1:1: warning: a CreateWorkforce request needs "))
        #expect(text.stdout.hasSuffix("1 error, 1 warning in 1 file; 1 file checked\n" + typoFixable))
    }

    @Test func aBrokenConfigurationStopsTheRunWithExitCode2() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "rules:\n  WF99: off\n", "teams/team.yaml": teamDocument,
        ])
        defer { repository.remove() }
        let run = try WFLintBinary.run([], in: repository.url("teams"))
        #expect(run.stderr == "../.wflint.yaml:2:3: error: unknown rule \"WF99\" in \"rules\"; did you mean \"WF009\"?\n")
        #expect(run.stdout == "")
        #expect(run.status == 2)

        try repository.write("other.yml", "includes: [teams]\n")
        let explicit = try WFLintBinary.run(["--config", "other.yml"], in: repository.root)
        #expect(explicit.stderr == "other.yml:1:1: error: unknown key \"includes\" in the configuration; did you mean \"include\"? valid keys: exclude, fail-on, ignore, include, limits, operations, packs, rules\n")
        #expect(explicit.status == 2)

        let ignored = try WFLintBinary.run(["--no-config", "teams"], in: repository.root)
        #expect(ignored.status == 1)
    }

    /// The mistake's place is a field of its own in every machine format, so
    /// that a pull request's annotation points at its line (GitHub) and a
    /// script need not parse the message.
    @Test func aBrokenConfigurationIsReportedAtItsMistakeInEveryMachineFormat() throws {
        let repository = try TemporaryRepository(files: [".wflint.yaml": "rules:\n  WF201: eror\n", "team.yaml": teamDocument])
        defer { repository.remove() }
        let message = #".wflint.yaml:2:10: invalid setting "eror" for rule "WF201"; did you mean "error"?"#
            + " valid settings: error, note, off, warning"
        let github = try WFLintBinary.run(["--format", "github", "team.yaml"], in: repository.root)
        #expect(github.stdout == "::error file=.wflint.yaml,line=2,col=10,title=wflint setup-failed::\(message)\n")
        #expect(github.status == 2)

        let json = try WFLintBinary.run(["--format", "json", "team.yaml"], in: repository.root)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let notification = try #require((report["notifications"] as? [[String: Any]])?.first)
        #expect(notification["file"] as? String == ".wflint.yaml")
        #expect(notification["start"] as? [String: Int] == ["line": 2, "column": 10])
        #expect(notification["message"] as? String == message)

        let sarif = try WFLintBinary.run(["--format", "sarif", "team.yaml"], in: repository.root)
        try SarifValidator.expectValid(sarif.stdout)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let invocation = try #require(((log["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first)
        let location = try #require(
            ((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first?["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == ".wflint.yaml")
        #expect(physical["region"] as? [String: Int] == ["startLine": 2])
    }

    /// README's pre-commit advice: pre-commit names every JSON and YAML file
    /// a commit changes, and `include:` keeps the others (a `tsconfig.json`
    /// with comments, a Helm template: syntax errors to wflint) out of the run.
    @Test func includeKeepsTheOtherFilesPreCommitNamesOutOfTheRun() throws {
        let files = [
            "tsconfig.json": "{\n  // comment\n  \"compilerOptions\": {}\n}\n",
            "chart/templates/cm.yaml": "metadata:\n  name: {{ .Release.Name }}-cm\n",
            "workforces/team.yaml": teamDocument,
        ]
        let named = ["tsconfig.json", "chart/templates/cm.yaml", "workforces/team.yaml"]
        let unconfigured = try TemporaryRepository(files: files)
        defer { unconfigured.remove() }
        let everything = try WFLintBinary.run(named, in: unconfigured.root)
        #expect(everything.stdout.hasPrefix("chart/templates/cm.yaml:2:28: error: did not find expected key"))
        #expect(everything.stdout.contains("tsconfig.json:2:3: error: expected a string key or '}' [WF001 syntax-error]"))
        #expect(everything.stdout.contains("\n4 errors, 1 warning in 3 files; 3 files checked\n"))

        let configured = try TemporaryRepository(files: files.merging([".wflint.yaml": "include: [\"workforces/**\"]\n"]) { $1 })
        defer { configured.remove() }
        let workforces = try WFLintBinary.run(named, in: configured.root)
        #expect(workforces.stdout.hasPrefix("workforces/team.yaml:1:1: error: a CreateWorkforce request needs"))
        #expect(workforces.stdout.contains("\n2 errors, 1 warning in 1 file; 1 file checked\n"))
    }

    @Test func selectAndIgnoreOverrideTheConfiguration() throws {
        let repository = try TemporaryRepository(files: [".wflint.yaml": "rules: {WF003: off}\n", "teams/team.yaml": teamDocument])
        defer { repository.remove() }
        let selected = try WFLintBinary.run(["--select", "unknown-field,WF009", "--ignore", "WF009"], in: repository.root)
        #expect(selected.stdout.hasPrefix("teams/team.yaml:2:1: error: \"CognitoConfg\" is not a member"))
        #expect(selected.stdout.hasSuffix("1 error in 1 file; 1 file checked\n" + typoFixable))

        let unknown = try WFLintBinary.run(["--ignore", "WF3"], in: repository.root)
        #expect(unknown.stderr == "wflint: error: unknown rule \"WF3\" in --ignore; did you mean \"WF301\"?\n")
        #expect(unknown.status == 2)
    }

    /// A file that does not parse, or is past a limit, fails whatever rules
    /// are selected: it was not checked.
    @Test func selectNeverPassesAFileThatWasNotChecked() throws {
        let repository = try TemporaryRepository(files: [
            "broken.yaml": "WorkforceName: x\nCognitoConfig: {ClientId: abc\n",
            "large.yaml": teamDocument,
        ])
        defer { repository.remove() }
        let broken = try WFLintBinary.run(["--select", "WF203", "broken.yaml"], in: repository.root)
        #expect(broken.stdout.hasPrefix("""
            broken.yaml:3:1: error: did not find expected ',' or '}' (while parsing a flow mapping that starts at 2:16) [WF001 syntax-error]

            """))
        #expect(broken.status == 1)
        let ignored = try WFLintBinary.run(["--select", "WF203", "--ignore", "WF001", "broken.yaml"], in: repository.root)
        #expect(ignored.status == 0)

        try repository.write(".wflint.yaml", "limits: {max-file-size: 5}\n")
        let large = try WFLintBinary.run(["--select", "WF203", "large.yaml"], in: repository.root)
        #expect(large.stdout.hasPrefix("""
            large.yaml:1:1: error: the file is 71 bytes, over the 5 bytes limit (limits.max-file-size); it was not read [WF011 resource-limit]

            """))
        #expect(large.status == 1)
    }

    /// wflint's own errors quote what a configuration or a command line
    /// holds: its control characters are escaped, as in findings' messages,
    /// so that no escape sequence drives the terminal or a CI log.
    @Test func errorsOnStandardErrorEscapeControlCharacters() throws {
        let repository = try TemporaryRepository(files: [".wflint.yaml": "rules: {\"WF\\e[31m9\": off}\n", "a.yaml": "WorkforceName: a\n"])
        defer { repository.remove() }
        let configuration = try WFLintBinary.run(["a.yaml"], in: repository.root)
        #expect(configuration.stderr == ".wflint.yaml:1:9: error: unknown rule \"WF\\u001B[31m9\" in \"rules\"; 'wflint rules' lists them\n")
        #expect(configuration.status == 2)

        let output = try WFLintBinary.run(["--no-config", "--output", "none/a\u{1B}[2J\nb.json", "a.yaml"], in: repository.root)
        #expect(output.stderr == "none/a\\u001B[2J\\nb.json: error: cannot write the report: No such file or directory\n")
        #expect(output.status == 2)
    }

    @Test func operationsAndIgnoreEntriesApplyToTheirGlobs() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": """
                operations:
                  "updates/**/*.yaml": UpdateWorkforce
                ignore:
                  - path: teams/*.yaml
                    rules: [WF003, idp-missing]
                    reason: migrating
                """,
            "teams/team.yaml": teamDocument,
            "updates/a/team.yaml": "WorkforceName: team\nSourceIpConfig: {Cidrs: [10.0.0.0/16]}\n",
        ])
        defer { repository.remove() }
        let run = try WFLintBinary.run(["--format", "json", "--fail-on", "warning"], in: repository.root)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { "\($0["file"]!) \($0["ruleId"]!)" } == ["teams/team.yaml WF009"])
        let suppressed = try #require(json["suppressed"] as? [[String: Any]])
        #expect(suppressed.map { "\($0["ruleId"]!) \(($0["suppression"] as? [String: Any])?["justification"] ?? "")" }
            == ["WF102 migrating", "WF003 migrating"])
        #expect(run.status == 1)
    }

    /// `<stdin>` is a placeholder, not a file of the working folder: no
    /// `include:` leaves it out (it was never linted, and the run passed).
    @Test func standardInputWithoutAFileNameIsLintedWhateverTheGlobs() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "include: [\"teams/**\"]\nexclude: [\"**\"]\nrules:\n  WF009: off\n",
        ])
        defer { repository.remove() }
        let run = try WFLintBinary.run(["-"], in: repository.root, stdin: teamDocument)
        #expect(run.stdout == teamFindings.replacingOccurrences(of: "teams/team.yaml", with: "<stdin>")
            + "2 errors in 1 file; 1 file checked\n" + typoFixable)
        #expect(run.status == 1)
        // Named, it is matched as the file it names.
        let named = try WFLintBinary.run(["-", "--stdin-filename", "teams/team.yaml"], in: repository.root, stdin: teamDocument)
        #expect(named.stdout == "no problems found; 0 files checked\n")
        #expect(named.status == 0)
    }

    /// A file is one input under the first path the run selects: reached
    /// first through an excluded symbolic link (`archive/old` sorts before
    /// `teams`), it was dropped as a repeat of that path and never linted.
    @Test func anExcludedSymbolicLinkDoesNotHideItsTarget() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "exclude: [\"archive/**\", a-copy.yaml]\nrules:\n  WF009: off\n",
            "teams/team.yaml": teamDocument,
        ])
        defer { repository.remove() }
        try FileManager.default.createDirectory(at: repository.url("archive"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repository.url("archive/old").path, withDestinationPath: "../teams")
        try FileManager.default.createSymbolicLink(atPath: repository.url("a-copy.yaml").path, withDestinationPath: "teams/team.yaml")
        let walked = try WFLintBinary.run([], in: repository.root)
        #expect(walked.stdout == teamFindings + "2 errors in 1 file; 1 file checked\n" + typoFixable)
        #expect(walked.status == 1)
        let named = try WFLintBinary.run(["a-copy.yaml", "archive/old/team.yaml", "teams/team.yaml"], in: repository.root)
        #expect(named.stdout == walked.stdout)
    }

    /// `./` anchors a pattern to the configuration's folder, as `/` does: it
    /// used to match the name at every depth.
    @Test func aLeadingDotSlashAnchorsAGlob() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "exclude: [\"./team.yaml\"]\nrules:\n  WF009: off\n",
            "team.yaml": teamDocument, "teams/team.yaml": teamDocument,
        ])
        defer { repository.remove() }
        let run = try WFLintBinary.run([], in: repository.root)
        #expect(run.stdout == teamFindings + "2 errors in 1 file; 1 file checked\n" + typoFixable)
        #expect(run.status == 1)
    }
}

@Suite struct BaselineEndToEndTests {
    /// A baseline as large as a repository's record may be: over the 16 MiB
    /// and the million nodes any other input may have. `--write-baseline`
    /// wrote 18 MB for 66,000 findings, which `--baseline` then refused.
    @Test func aBaselineOfAHundredThousandFindingsIsRead() throws {
        let repository = try TemporaryRepository(files: ["teams/team.yaml": teamDocument])
        defer { repository.remove() }
        let write = try WFLintBinary.run(["--write-baseline", "baseline.json", "teams"], in: repository.root)
        #expect(write.status == 0)
        let recorded = try repository.read("baseline.json")
        let entry = #"{"ruleId": "WF003", "file": "old/NUMBER.yaml", "pointer": "/CognitoConfg", "#
            + #""fingerprint": "a5ad43e6579aa5f6", "message": "a finding recorded long ago, in a file since removed"}"#
        let padding = (0..<100_000).map { entry.replacingOccurrences(of: "NUMBER", with: String($0)) }.joined(separator: ",\n")
        let large = recorded.replacingOccurrences(of: #""findings": ["#, with: #""findings": ["# + padding + ",")
        try repository.write("baseline.json", large)
        #expect(large.utf8.count > 16 << 20)
        let run = try WFLintBinary.run(["--baseline", "baseline.json", "teams"], in: repository.root)
        #expect(run.stderr == "")
        #expect(run.stdout.hasPrefix("no problems found; 1 file checked; 3 suppressed"), "\(run.stdout)")
        #expect(run.status == 0)
    }

    /// A missing member is recorded as that member: a baseline of a missing
    /// `ClientId` silenced a missing `UserPool` once `ClientId` was added
    /// (same rule, pointer and text), a request botocore refuses. SARIF's
    /// `wflint/v1` fingerprints of the two differ too.
    @Test func aBaselineOfOneMissingMemberDoesNotSilenceAnother() throws {
        let repository = try TemporaryRepository(files: [
            "team.yaml": "WorkforceName: team\nCognitoConfig:\n  UserPool: us-east-1_abcDEF123\n",
        ])
        defer { repository.remove() }
        let write = try WFLintBinary.run(["--write-baseline", "baseline.json", "team.yaml"], in: repository.root)
        #expect(write.stderr == "wflint: recorded 1 finding in baseline.json\n")
        try repository.write("team.yaml", "WorkforceName: team\nCognitoConfig:\n  ClientId: abc\n")
        let run = try WFLintBinary.run(["--baseline", "baseline.json", "team.yaml"], in: repository.root)
        #expect(HostileInputTests.headlines(run.stdout) == [
            #"team.yaml:2:1: error: CognitoConfig is missing required member "UserPool" [WF005 missing-field]"#,
            "1 error in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)
        // Both missing: two results, two fingerprints.
        try repository.write("team.yaml", "WorkforceName: team\nCognitoConfig: {}\n")
        let sarif = try WFLintBinary.run(["--format", "sarif", "team.yaml"], in: repository.root)
        let fingerprints = sarif.stdout.split(separator: "\n").filter { $0.contains("\"wflint/v1\"") }
        #expect(fingerprints.count == 2)
        #expect(Set(fingerprints).count == 2)
    }

    @Test func aBaselineSilencesTheRecordedFindingsAfterTheFileChanges() throws {
        let repository = try TemporaryRepository(files: ["teams/team.yaml": teamDocument])
        defer { repository.remove() }
        let write = try WFLintBinary.run(["--write-baseline", "ci/wflint-baseline.json"], in: repository.root)
        #expect(write.status == 2)
        #expect(write.stderr == "ci/wflint-baseline.json: error: cannot write the baseline: No such file or directory\n")

        try FileManager.default.createDirectory(at: repository.url("ci"), withIntermediateDirectories: true)
        let record = try WFLintBinary.run(["--write-baseline", "ci/wflint-baseline.json"], in: repository.root)
        #expect(record.stderr == "wflint: recorded 3 findings in ci/wflint-baseline.json\n")
        #expect(record.stdout == "no problems found; 1 file checked; 3 suppressed\n")
        #expect(record.status == 0)
        #expect(try repository.read("ci/wflint-baseline.json").contains("\"file\": \"../teams/team.yaml\""))

        try repository.write("teams/team.yaml", "# a comment moves every line\n" + teamDocument + "  - Key: tier\n    Value: no\n")
        // The walk leaves the baseline itself out: one file checked.
        let later = try WFLintBinary.run(["--baseline", "ci/wflint-baseline.json"], in: repository.root)
        #expect(later.stdout == """
            teams/team.yaml:8:12: warning: [*] "Value" is the plain scalar no, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: "no" [WF009 yaml-ambiguous-scalar]
                8 |     Value: no
                  |            ^~
            1 warning in 1 file; 1 file checked; 3 suppressed
            [*] 1 fixable with --fix

            """)
        #expect(later.status == 0)

        try repository.write("ci/wflint-baseline.json", "{\"version\": 1, \"findings\": [{\"ruleId\": 3}]}")
        let broken = try WFLintBinary.run(["--baseline", "ci/wflint-baseline.json"], in: repository.root)
        #expect(broken.stderr == "ci/wflint-baseline.json:1:40: error: \"ruleId\" must be a string, not an integer\n")
        #expect(broken.stdout == "")
        #expect(broken.status == 2)
    }
}
