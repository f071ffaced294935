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
}
