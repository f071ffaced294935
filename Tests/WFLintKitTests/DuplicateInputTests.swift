import Foundation
import Testing

/// A file named twice, or named and met in a walk, is one input: linted,
/// fixed and shown in a diff once, under the first path it was given as.
@Suite struct DuplicateInputTests {
    static let findings = """
        team.yaml:5:7: warning: [*] CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" [WF203 cidr-host-bits]
            5 |     - 10.0.0.1/16  # office
              |       ^~~~~~~~~~~
        team.yaml:6:7: warning: [*] CIDR "10.0.0.0/16" is already covered by "10.0.0.1/16" at 5:7 [WF204 cidr-redundant]
            6 |     - 10.0.0.0/16
              |       ^~~~~~~~~~~
        2 warnings in 1 file; 1 file checked
        [*] 2 fixable with --fix

        """

    static let arguments = ["team.yaml", "team.yaml", "./team.yaml", ".", "link.yaml"]

    static func directory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("team.yaml", FixCommandTests.fixable)
        try FileManager.default.createSymbolicLink(
            atPath: directory.path("link.yaml"), withDestinationPath: "team.yaml")
        return directory
    }

    @Test func aFileNamedTwiceIsLintedOnce() throws {
        let directory = try Self.directory()
        let run = try WFLintBinary.run(["--no-config"] + Self.arguments, in: directory.url)
        #expect(run.stdout == Self.findings)
        #expect(run.status == 0)  // warnings, below --fail-on's error
    }

    @Test func aFileNamedTwiceIsFixedAndDiffedOnce() throws {
        let directory = try Self.directory()
        let diff = try WFLintBinary.run(["--no-config", "--diff"] + Self.arguments, in: directory.url)
        #expect(diff.stdout == DiffHeaderPathTests.diff("team.yaml"))
        #expect(diff.stderr == "wflint: would apply 2 fixes, 1 file would change\n")
        let fix = try WFLintBinary.run(["--no-config", "--fix"] + Self.arguments, in: directory.url)
        #expect(fix.stderr == "wflint: applied 2 fixes, 1 file changed\n")
        #expect(fix.stdout == "no problems found; 1 file checked\n")
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == FixCommandTests.fixed)
    }

    @Test func aFileMetInAWalkAndThenNamedIsNamed() throws {
        // Named, a file that is no workforce document gets its WF000 note;
        // met in a walk it is skipped. Named after the walk met it, it is named.
        let directory = try TemporaryDirectory()
        try directory.write("notes.json", "{\"foo\": 1}\n")
        let walked = try WFLintBinary.run(["--no-config", "."], in: directory.url)
        #expect(walked.stdout == "no problems found; 1 file checked\n")
        let run = try WFLintBinary.run(["--no-config", ".", "notes.json"], in: directory.url)
        #expect(run.stdout.hasPrefix("notes.json:1:1: note: not a workforce document"))
        #expect(run.stdout.hasSuffix("1 note in 1 file; 1 file checked\n"))
    }
}
