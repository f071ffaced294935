import Foundation
import Testing

/// A byte that is not UTF-8 is named the same way in every file wflint reads:
/// `invalid UTF-8 byte 0xE9` at the first byte of the bad sequence.
@Suite struct InvalidUTF8Tests {
    /// The headline of each finding (excerpts hold the bad bytes as U+FFFD).
    static func headlines(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(" ") }
    }

    /// libyaml notices a bad sequence at the byte after it (the line break
    /// after a lone `é`) or past it, and says it in its own words.
    @Test func yamlNamesTheBadByteAtItsPlaceAsJSONAndHCLDo() throws {
        let directory = try TemporaryDirectory()
        let files: [(String, [UInt8])] = [
            // A two-byte sequence cut short by the line break, in Latin-1's é.
            ("cut.yaml", Array("WorkforceName: caf".utf8) + [0xE9, 0x0A]),
            ("cut.json", Array(#"{"WorkforceName": "caf"#.utf8) + [0xE9] + Array("\"}\n".utf8)),
            ("cut.tf", Array("resource \"aws_sagemaker_workforce\" \"w\" {\n  workforce_name = \"caf".utf8)
                + [0xE9] + Array("\"\n}\n".utf8)),
            // The same with a line after it: libyaml then blamed the line break (1:20).
            ("trail.yaml", Array("WorkforceName: caf".utf8) + [0xE9] + Array("\nCognitoConfig: {}\n".utf8)),
            // Cut short by the end of the file.
            ("end.yaml", Array("WorkforceName: caf".utf8) + [0xE9]),
            // A byte no sequence starts with.
            ("lead.yaml", Array("WorkforceName: a".utf8) + [0xFF] + Array("b\n".utf8)),
            // The overlong form of "/" and a surrogate's encoding.
            ("overlong.yaml", Array("WorkforceName: a".utf8) + [0xC0, 0xAF] + Array("b\n".utf8)),
            ("overlong.json", Array(#"{"WorkforceName": "a"#.utf8) + [0xC0, 0xAF] + Array("b\"}\n".utf8)),
            ("surrogate.yaml", Array("WorkforceName: a".utf8) + [0xED, 0xA0, 0x80] + Array("b\n".utf8)),
        ]
        for (name, bytes) in files { try directory.write(name, Data(bytes)) }
        let run = try WFLintBinary.run(["--no-config"] + files.map(\.0), in: directory.url)
        #expect(Self.headlines(run.stdout) == [
            "cut.json:1:23: error: invalid UTF-8 byte 0xE9 [WF001 syntax-error]",
            "cut.tf:2:24: error: invalid UTF-8 byte 0xE9 [WF001 syntax-error]",
            "cut.yaml:1:19: error: invalid UTF-8 byte 0xE9 [WF001 syntax-error]",
            "end.yaml:1:19: error: invalid UTF-8 byte 0xE9 [WF001 syntax-error]",
            "lead.yaml:1:17: error: invalid UTF-8 byte 0xFF [WF001 syntax-error]",
            "overlong.json:1:21: error: invalid UTF-8 byte 0xC0 [WF001 syntax-error]",
            "overlong.yaml:1:17: error: invalid UTF-8 byte 0xC0 [WF001 syntax-error]",
            "surrogate.yaml:1:17: error: invalid UTF-8 byte 0xED [WF001 syntax-error]",
            "trail.yaml:1:19: error: invalid UTF-8 byte 0xE9 [WF001 syntax-error]",
            "9 errors in 9 files; 9 files checked",
        ])
        #expect(run.status == 1)
    }

    /// `text` as UTF-8 with its one `§` replaced by the byte 0xE9 (Latin-1's é).
    static func latin1(_ text: String) -> Data {
        Data(text.split(separator: "§", omittingEmptySubsequences: false).map { Array($0.utf8) }.joined(separator: [0xE9]))
    }

    /// Decoded as text, a bad byte of a configuration, a rule pack or a
    /// baseline was quietly U+FFFD: a comment hid it, and a pack's pattern
    /// then matched U+FFFD. Each is a broken file of its kind: exit code 2.
    @Test func aConfigurationPackOrBaselineThatIsNotUTF8StopsTheRun() throws {
        let directory = try TemporaryDirectory()
        try directory.write("w.yaml", "WorkforceName: w\nCognitoConfig: {ClientId: abc, UserPool: us-east-1_abcDEF123}\n")
        try directory.write(".wflint.yaml", Self.latin1("rules:\n  WF009: off # caf§\n"))
        let configured = try WFLintBinary.run(["w.yaml"], in: directory.url)
        #expect(configured.stderr == ".wflint.yaml:2:19: error: invalid UTF-8 byte 0xE9\n")
        #expect(configured.stdout == "")
        #expect(configured.status == 2)

        try directory.write(
            "pack.yaml", Self.latin1(PackLoadErrorTests.pack(check: "      function: pattern\n      regex: '^CC-§'")))
        let packed = try WFLintBinary.run(["--no-config", "--rules", "pack.yaml", "w.yaml"], in: directory.url)
        #expect(packed.stderr == "pack.yaml:12:19: error: invalid UTF-8 byte 0xE9\n")
        #expect(packed.stdout == "")
        #expect(packed.status == 2)

        try directory.write("baseline.json", Self.latin1(
            #"{"version": 1, "findings": [{"ruleId": "WF009", "file": "w.yaml", "pointer": "", "#
                + #""fingerprint": "0000000000000000", "message": "caf§"}]}"# + "\n"))
        let baselined = try WFLintBinary.run(["--no-config", "--baseline", "baseline.json", "w.yaml"], in: directory.url)
        #expect(baselined.stderr == "baseline.json:1:132: error: invalid UTF-8 byte 0xE9\n")
        #expect(baselined.stdout == "")
        #expect(baselined.status == 2)
    }
}
