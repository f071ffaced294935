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
        // No file is written, so none is said to have changed.
        #expect(run.stderr == "wflint: applied 2 fixes\nno problems found; 1 file checked\n")
        #expect(run.status == 0)
        // Text that does not parse comes back as it was.
        let broken = try WFLintBinary.run(["--no-config", "--fix", "-"], stdin: "a: [\n")
        #expect(broken.stdout == "a: [\n")
        #expect(broken.status == 1)
    }

    /// With `--fix -`, a JSON or SARIF report goes to standard error, and is
    /// all there is on it, so that it parses: "wflint: applied 1 fix" and an
    /// unreadable file's line came before its `{` (both are in the report).
    @Test func aMachineReportOnStandardErrorIsTheWholeOfIt() throws {
        for format in ["json", "sarif"] {
            let run = try WFLintBinary.run(
                ["--no-config", "--fix", "--format", format, "-", "--stdin-filename", "team.yaml", "no-such.yaml"],
                stdin: Self.fixable)
            #expect(run.stdout == Self.fixed)
            let report = try JSONSerialization.jsonObject(with: Data(run.stderr.utf8)) as? [String: Any]
            #expect(report != nil, "\(format): \(run.stderr.prefix(200))")
            #expect(run.stderr.contains("no-such.yaml"))
            #expect(run.status == 2)
        }
    }

    /// Standard input named into a folder the configuration excludes is not
    /// linted, but its text still comes back: an editor that pipes its
    /// buffer replaces the buffer with standard output (before, the report
    /// went there, and the buffer became "no problems found"). The count
    /// says no file, as for standard input linted (it said "0 files changed").
    @Test func excludedStandardInputComesBackAsItWas() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".wflint.yaml", "exclude: [\"sub/**\"]\n")
        let run = try WFLintBinary.run(
            ["--fix", "-", "--stdin-filename", "sub/team.yaml"], in: directory.url, stdin: Self.fixable)
        #expect(run.stdout == Self.fixable)
        #expect(run.stderr == "wflint: applied 0 fixes\nno problems found; 0 files checked\n")
        #expect(run.status == 0)
    }

    /// A read-only file in a writable folder is refused, as writing it would
    /// be, not renamed over; the report gives the findings of the file as it
    /// still is, and the count leaves out its fixes. As root every file is
    /// writable, so wflint then runs as `nobody` (through setpriv).
    @Test func aFileThatCannotBeWrittenIsReportedAsItIs() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: directory.url.path)
        for (name, mode) in [("ro.yaml", 0o444), ("team.yaml", 0o666)] {
            try directory.write(name, Self.fixable)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: directory.path(name))
        }
        let run = try WFLintBinary.runUnprivileged(["--no-config", "--fix", "ro.yaml", "team.yaml"], in: directory.url)
        #expect(try String(contentsOfFile: directory.path("ro.yaml"), encoding: .utf8) == Self.fixable)
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == Self.fixed)
        #expect(HostileInputTests.headlines(run.stdout) == [
            #"ro.yaml:5:7: warning: [*] CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" [WF203 cidr-host-bits]"#,
            #"ro.yaml:6:7: warning: [*] CIDR "10.0.0.0/16" is already covered by "10.0.0.1/16" at 5:7 [WF204 cidr-redundant]"#,
            "2 warnings in 1 file; 2 files checked",
            "[*] 2 fixable with --fix",
        ])
        #expect(run.stderr == "ro.yaml: error: cannot write the fixed file: Permission denied\nwflint: applied 2 fixes, 1 file changed\n")
        #expect(run.status == 2)
        // The machine formats give that exit code as the run's (they said 1, and SARIF a success).
        try Self.expectStillFixable(directory)
        let json = try WFLintBinary.runUnprivileged(["--no-config", "--fix", "--format", "json", "ro.yaml"], in: directory.url)
        #expect(json.stdout.contains(#""exitCode": 2"#))
        #expect(json.status == 2)
        try Self.expectStillFixable(directory)
        let sarif = try WFLintBinary.runUnprivileged(["--no-config", "--fix", "--format", "sarif", "ro.yaml"], in: directory.url)
        #expect(sarif.stdout.contains(#""executionSuccessful": false"#) && sarif.stdout.contains(#""exitCode": 2"#))
        #expect(sarif.status == 2)
    }

    /// `ro.yaml` still holds its fixable text: it is read-only, so the fix was not written.
    static func expectStillFixable(_ directory: TemporaryDirectory) throws {
        #expect(try String(contentsOfFile: directory.path("ro.yaml"), encoding: .utf8) == Self.fixable)
    }

    /// A fixed file keeps its owner and group (root fixing another user's
    /// file), and a file with another hard link is written in place, so that
    /// both names show the fix.
    @Test func aFixedFileKeepsItsOwnerAndItsHardLinks() throws {
        let directory = try TemporaryDirectory()
        try directory.write("owned.yaml", Self.fixable)
        // Only root can give a file away; anyone else checks their own ids are kept.
        let (owner, group) = getuid() == 0 ? (12345, 23456) : (Int(getuid()), Int(getgid()))
        try FileManager.default.setAttributes(
            [.ownerAccountID: owner, .groupOwnerAccountID: group], ofItemAtPath: directory.path("owned.yaml"))
        try directory.write("h1.yaml", Self.fixable)
        try FileManager.default.linkItem(atPath: directory.path("h1.yaml"), toPath: directory.path("h2.yaml"))
        let inode = try FileManager.default.attributesOfItem(atPath: directory.path("h1.yaml"))[.systemFileNumber]
        let run = try WFLintBinary.run(["--no-config", "--fix", "owned.yaml", "h1.yaml"], in: directory.url)
        #expect(run.stdout == "no problems found; 2 files checked\n")
        #expect(run.stderr == "wflint: applied 4 fixes, 2 files changed\n")
        #expect(run.status == 0)
        let owned = try FileManager.default.attributesOfItem(atPath: directory.path("owned.yaml"))
        #expect(owned[.ownerAccountID] as? Int == owner)
        #expect(owned[.groupOwnerAccountID] as? Int == group)
        #expect(try String(contentsOfFile: directory.path("owned.yaml"), encoding: .utf8) == Self.fixed)
        #expect(try String(contentsOfFile: directory.path("h2.yaml"), encoding: .utf8) == Self.fixed)
        let linked = try FileManager.default.attributesOfItem(atPath: directory.path("h1.yaml"))
        #expect(linked[.systemFileNumber] as? Int == inode as? Int)
        #expect(linked[.referenceCount] as? Int == 2)
        #expect(try OutputFileTests.entries(directory) == ["h1.yaml", "h2.yaml", "owned.yaml"])
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
