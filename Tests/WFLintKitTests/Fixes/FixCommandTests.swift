import Foundation
import Testing

/// `wflint --fix` and `--unsafe-fixes` run as a user runs them.
@Suite struct FixCommandTests {
    static let cognito = "CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"
    static let fixable = "WorkforceName: labelers\n" + cognito
        + "SourceIpConfig:\n  Cidrs:\n    - 10.0.0.1/16  # office\n    - 10.0.0.0/16\n"
    static let fixed = "WorkforceName: labelers\n" + cognito + "SourceIpConfig:\n  Cidrs:\n    - 10.0.0.0/16  # office\n"

    @Test func fixesFilesInPlaceAndReportsWhatRemains() throws {
        let directory = try TemporaryDirectory()
        try directory.write("team.yaml", Self.fixable)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: directory.path("team.yaml"))
        // A fixable document before a syntax error: the file is not touched.
        let broken = Self.fixable + "---\n[unclosed\n"
        try directory.write("broken.yaml", broken)
        try directory.write("clean.json", HostileInputTests.valid)
        let run = try WFLintBinary.run(["--no-config", "--fix", "team.yaml", "broken.yaml", "clean.json"], in: directory.url)
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == Self.fixed)
        #expect(try String(contentsOfFile: directory.path("broken.yaml"), encoding: .utf8) == broken)
        #expect(try String(contentsOfFile: directory.path("clean.json"), encoding: .utf8) == HostileInputTests.valid)
        let permissions = try FileManager.default.attributesOfItem(atPath: directory.path("team.yaml"))[.posixPermissions]
        #expect(permissions as? Int == 0o640)
        #expect(try OutputFileTests.entries(directory) == ["broken.yaml", "clean.json", "team.yaml"])
        #expect(HostileInputTests.headlines(run.stdout) == [
            #"broken.yaml:5:7: warning: CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" [WF203 cidr-host-bits]"#,
            #"broken.yaml:6:7: warning: CIDR "10.0.0.0/16" is already covered by "10.0.0.1/16" at 5:7 [WF204 cidr-redundant]"#,
            "broken.yaml:9:1: error: did not find expected ',' or ']' (while parsing a flow sequence that starts at 8:1) [WF001 syntax-error]",
            "1 error, 2 warnings in 1 file; 3 files checked",
        ])
        #expect(run.stderr == "wflint: applied 2 fixes, 1 file changed\n")
        #expect(run.status == 1)
        // Nothing is left to fix: a second run changes nothing.
        let again = try WFLintBinary.run(["--no-config", "--fix", "team.yaml"], in: directory.url)
        #expect(again.stdout == "no problems found; 1 file checked\n")
        #expect(again.stderr == "wflint: applied 0 fixes, 0 files changed\n")
        #expect(again.status == 0)
    }

    @Test func standardInputsFixedTextGoesToStandardOutputAndTheReportToStandardError() throws {
        let run = try WFLintBinary.run(
            ["--no-config", "--fix", "-", "--stdin-filename", "team.yaml", "--fail-on", "warning"], stdin: Self.fixable)
        #expect(run.stdout == Self.fixed)
        #expect(run.stderr == "wflint: applied 2 fixes, 1 file changed\nno problems found; 1 file checked\n")
        #expect(run.status == 0)
        // Text that does not parse comes back as it was.
        let broken = try WFLintBinary.run(["--no-config", "--fix", "-"], stdin: "a: [\n")
        #expect(broken.stdout == "a: [\n")
        #expect(broken.status == 1)
    }

    @Test func unsafeFixesNeedAFixAndABaselineIsNotWrittenWhileFixing() throws {
        let unsafe = try WFLintBinary.run(["--unsafe-fixes", "x.yaml"])
        #expect(unsafe.stderr.hasPrefix("Error: --unsafe-fixes applies with --fix or --diff\n"))
        #expect(unsafe.status == 2)
        let baseline = try WFLintBinary.run(["--fix", "--write-baseline", "b.json", "x.yaml"])
        #expect(baseline.stderr.hasPrefix("Error: --fix excludes --write-baseline: record a baseline in a run of its own\n"))
        #expect(baseline.status == 2)
    }
}
