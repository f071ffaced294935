import Foundation
import Testing

/// The built binary on inputs that are not what a linter expects: nothing may
/// hang or crash, each bad file gets a clear message, and the others are
/// still linted. Exit code 2 for a file that could not be read, else 1 for
/// syntax errors.
@Suite struct HostileInputTests {
    static let valid = #"{"WorkforceName": "w", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}"#

    /// The report's lines that are not excerpts.
    static func headlines(_ output: String) -> [String] {
        output.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init)
    }

    /// Every output line fits the excerpt width plus its gutter and markers.
    static func linesAreClipped(_ output: String) -> Bool {
        output.split(separator: "\n").allSatisfy { !$0.hasPrefix(" ") || $0.unicodeScalars.count <= 8 + 1 + 200 + 1 }
    }

    @Test func aFIFOOrADeviceNamedOnTheCommandLineIsRefusedNotRead() throws {
        let directory = try TemporaryDirectory()
        try directory.write("ok.json", Self.valid)
        #expect(mkfifo(directory.path("pipe.json"), 0o644) == 0)
        let run = try WFLintBinary.run(["pipe.json", "/dev/zero", "ok.json"], in: directory.url, timeout: 20)
        #expect(run.stdout == """
            pipe.json: error: cannot read: not a regular file (a named pipe)
            /dev/zero: error: cannot read: not a regular file (a character device)
            no problems found in the 1 file checked; 2 files could not be read

            """)
        #expect(run.status == 2)
    }

    /// Running as root, `chmod 000` cannot make a file unreadable;
    /// `/proc/self/mem` is a regular file whose first page fails to read.
    @Test func aReadErrorExits2AndWinsOverASyntaxErrorInAnotherFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("broken.json", "{,}")
        let run = try WFLintBinary.run(["/proc/self/mem", "broken.json"], in: directory.url)
        #expect(Self.headlines(run.stdout) == [
            "/proc/self/mem: error: cannot read: Input/output error",
            "broken.json:1:2: error: expected a string key or '}' [WF001 syntax-error]",
            "1 error in 1 file; 1 file checked; 1 file could not be read",
        ])
        #expect(run.status == 2)
    }

    /// `x.json` is a directory, and two symbolic links lead back up the tree:
    /// each directory is walked once, so the one document is linted once.
    @Test func aDirectoryWalkEndsDespiteSymbolicLinkLoops() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x.json/inner.json", Self.valid)
        try FileManager.default.createSymbolicLink(atPath: directory.path("x.json/up"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: directory.path("self"), withDestinationPath: ".")
        let walk = try WFLintBinary.run(["."], in: directory.url, timeout: 20)
        #expect(walk.stdout == "no problems found; 1 file checked\n")
        #expect(walk.status == 0)
        let named = try WFLintBinary.run(["x.json"], in: directory.url, timeout: 20)
        #expect(named.stdout == "no problems found; 1 file checked\n")
    }

    @Test func binaryAndMisencodedFilesAreSyntaxErrorsAndTheOthersAreLinted() throws {
        let directory = try TemporaryDirectory()
        let files: [(String, [UInt8])] = [
            ("empty.json", []), ("empty.yaml", []),
            ("nul.json", Array(repeating: 0, count: 1000)), ("nul.yaml", Array(repeating: 0, count: 1000)),
            ("latin1.json", Array(#"{"WorkforceName": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)),
            ("latin1.yaml", Array("WorkforceName: caf".utf8) + [0xE9, 0x0A]),
            ("utf16.json", [0xFF, 0xFE] + Self.valid.utf8.flatMap { [$0, 0] }),
            ("utf16.yaml", [0xFE, 0xFF] + "WorkforceName: w\n".utf8.flatMap { [0, $0] }),
            ("ok.json", Array(Self.valid.utf8)),
        ]
        for (name, bytes) in files { try directory.write(name, Data(bytes)) }
        let run = try WFLintBinary.run(files.map(\.0), in: directory.url)
        let utf16 = "wflint reads UTF-8 only: convert it, e.g. with iconv -f"
        #expect(Self.headlines(run.stdout) == [
            "empty.json:1:1: error: expected a value [WF001 syntax-error]",
            "empty.yaml:1:1: note: not a workforce document: its top-level keys match no document kind; name its "
                + "operation with --operation if it is an UpdateWorkforce or ListWorkforces request [WF000 unknown-document]",
            "latin1.json:1:23: error: invalid UTF-8 byte 0xE9 [WF001 syntax-error]",
            "latin1.yaml:1:19: error: invalid UTF-8 byte 0xE9 [WF001 syntax-error]",
            "nul.json:1:1: error: expected a value [WF001 syntax-error]",
            "nul.yaml:1:1: error: control characters are not allowed: U+0000 [WF001 syntax-error]",
            "utf16.json:1:1: error: the file is UTF-16LE text (it starts with the byte-order mark FF FE); "
                + "\(utf16) UTF-16LE -t UTF-8 [WF001 syntax-error]",
            "utf16.yaml:1:1: error: the file is UTF-16BE text (it starts with the byte-order mark FE FF); "
                + "\(utf16) UTF-16BE -t UTF-8 [WF001 syntax-error]",
            "7 errors, 1 note in 8 files; 9 files checked",
        ])
        #expect(run.stdout.contains("    1 | " + String(repeating: "\u{FFFD}", count: 200) + "…\n"))
        #expect(Self.linesAreClipped(run.stdout))
        #expect(run.status == 1)
    }

    /// A 50 MB value on one line is over the default size limit: one finding,
    /// the file is not read, and the other file is still linted.
    /// (Scripts/hostile-inputs.py lints it with the limit raised.)
    @Test func aFiftyMegabyteFileIsOneFindingAndNotRead() throws {
        let directory = try TemporaryDirectory()
        try directory.write("huge.json", Self.oneLineDocument(valueLength: 50_000_000))
        try directory.write("ok.json", #"{"WorkforceName": ""}"#)
        let run = try WFLintBinary.run(["huge.json", "ok.json"], in: directory.url)
        #expect(Self.headlines(run.stdout) == [
            "huge.json:1:1: error: the file is 50000094 bytes, over the 16 MiB limit (limits.max-file-size); "
                + "it was not read [WF011 resource-limit]",
            #"ok.json:1:19: error: "WorkforceName" must be between 1 and 63 characters long, got 0: "" [WF006 out-of-range]"#,
            "2 errors in 2 files; 2 files checked",
        ])
        #expect(run.status == 1)
    }

    /// A 5 MB value on one line, under a raised limit: linted, and the
    /// excerpt shows 200 characters of it.
    @Test func aLongOneLineValueIsReportedInAFewLines() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".wflint.yaml", "limits:\n  max-file-size: 8 MiB\n")
        try directory.write("long.json", Self.oneLineDocument(valueLength: 5_000_000))
        let run = try WFLintBinary.run(["long.json"], in: directory.url, timeout: 120)
        #expect(Self.headlines(run.stdout) == [
            #"long.json:1:19: error: "WorkforceName" must be between 1 and 63 characters long, got 5000000: "#
                + #""\#(String(repeating: "a", count: 57))..." [WF006 out-of-range]"#,
            "1 error in 1 file; 1 file checked",
        ])
        #expect(run.stdout.contains("    1 | {\"WorkforceName\": \"" + String(repeating: "a", count: 181) + "…\n"))
        #expect(Self.linesAreClipped(run.stdout))
        #expect(run.status == 1)
    }

    static func oneLineDocument(valueLength: Int) -> String {
        let value = String(repeating: "a", count: valueLength)
        return #"{"WorkforceName": "\#(value)", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}"#
    }

    /// Standard input has the same limit; reading stops there, so an endless
    /// stream ends too.
    @Test func standardInputStopsAtTheSizeLimit() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".wflint.yaml", "limits:\n  max-file-size: 1 KiB\n")
        let big = "WorkforceName: " + String(repeating: "a", count: 2_000) + "\n"
        let run = try WFLintBinary.run(["-", "--stdin-filename", "piped.yaml"], in: directory.url, stdin: big)
        #expect(Self.headlines(run.stdout) == [
            "piped.yaml:1:1: error: the input is larger than the 1 KiB limit (limits.max-file-size); "
                + "it was not read [WF011 resource-limit]",
            "1 error in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)
    }
}

/// A rule pack's pattern that backtracks catastrophically on some value:
/// that value gets one WF011 finding naming the rule and the limit, and the
/// rule still checks every other value. (Scripts/hostile-inputs.py bounds the
/// time such a run takes.)
@Suite struct PathologicalPatternTests {
    static let pack = #"""
        pack:
          name: acme-tags
          description: Tag values are runs of letters.
        rules:
          - id: ACME100
            name: tag-value-letters
            severity: warning
            summary: Tag values are runs of letters.
            description: A pattern that backtracks exponentially on a value that almost matches.
            kinds: [workforces]
            target: Tags[*].Value
            check:
              function: pattern
              regex: '^(a+)+$'
            message: 'tag value "{value}" is not a run of letters'
            examples:
              valid:
                - |
                  WorkforceName: labelers
                  CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
                  Tags: [{Key: team, Value: aaa}]
              invalid:
                - yaml: |
                    WorkforceName: labelers
                    CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
                    Tags: [{Key: team, Value: b}]
                  findings:
                    - at: "3:34"
        """#

    @Test func aPatternOverItsLimitIsOneFindingAndTheRunGoesOn() throws {
        let directory = try TemporaryDirectory()
        try directory.write("acme.yaml", Self.pack)
        let evil = String(repeating: "a", count: 40) + "1"
        try directory.write("team.yaml", """
            WorkforceName: labelers
            CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
            Tags:
              - {Key: a, Value: \(evil)}
              - {Key: b, Value: b1}
              - {Key: c, Value: aaaa}

            """)
        let run = try WFLintBinary.run(["--rules", "acme.yaml", "team.yaml"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout) == [
            "team.yaml:4:21: error: rule ACME100 (tag-value-letters) could not check this value: its pattern "
                + #""^(a+)+$" reached PCRE2's match limit (limits.regex-match-limit: 1000000) [WF011 resource-limit]"#,
            #"team.yaml:5:21: warning: tag value "b1" is not a run of letters [ACME100 tag-value-letters]"#,
            "1 error, 1 warning in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)
    }
}
