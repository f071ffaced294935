import Foundation
import Testing
import WFLintKit

/// A rule pack among the files to lint is a pack, not a workforce document: a
/// walk skips it without counting it, and a pack named explicitly (as
/// pre-commit names a changed one) is loaded, its load error one WF012
/// finding at its position in every output format.
@Suite struct RulePackFileTests {
    static let workforce = "WorkforceName: team-a\nCognitoConfig: {UserPool: us-east-1_abc, ClientId: c}\n"

    /// A valid pack: WF012's valid example.
    static let pack: String = {
        let rules = RuleSet.builtin()
        return rules.rule("WF012")?.examples.valid.first?.text ?? ""
    }()

    /// The pack with an unclosed group in its pattern, at 9:47 (offset 7 of the value at 9:40).
    static let brokenPack = pack.replacingOccurrences(of: "'^corp-'", with: "'^corp-('")

    /// A folder with a workforce document, a valid pack and a broken one.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-packfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("policy"), withIntermediateDirectories: true)
        try workforce.write(to: folder.appendingPathComponent("wf.yaml"), atomically: false, encoding: .utf8)
        try pack.write(to: folder.appendingPathComponent("policy/naming.yaml"), atomically: false, encoding: .utf8)
        try brokenPack.write(to: folder.appendingPathComponent("policy/broken.yaml"), atomically: false, encoding: .utf8)
        return folder
    }

    @Test func aWalkSkipsPacksAndDoesNotCountThem() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try WFLintBinary.run(["."], in: folder)
        #expect(run.stdout == "no problems found; 1 file checked\n")
        #expect(run.stderr == "")
        #expect(run.status == 0)
    }

    @Test func aNamedValidPackIsCheckedAndClean() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try WFLintBinary.run(["policy/naming.yaml"], in: folder)
        #expect(run.stdout == "no problems found; 1 file checked\n")
        #expect(run.status == 0)
    }

    /// Every run loads the built-in rules, so a pack whose id or name is a
    /// built-in's never loads: named, it is WF012 (it passed, and the run
    /// that loaded it with `--rules` then failed). wflint's own packs, named,
    /// are the built-ins' source and pass.
    @Test func aNamedPackThatRepeatsABuiltinRuleIsAFinding() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clashing = Self.pack.replacingOccurrences(of: "name: name-prefix", with: "name: scope-openid")
        try clashing.write(to: folder.appendingPathComponent("policy/clash.yaml"), atomically: false, encoding: .utf8)
        let run = try WFLintBinary.run(["policy/clash.yaml"], in: folder)
        #expect(run.stdout == """
            policy/clash.yaml:4:11: error: duplicate rule name "scope-openid", first defined in built-in pack "identity" \
            [WF012 invalid-rule-pack]
                4 |     name: scope-openid
                  |           ^
            1 error in 1 file; 1 file checked

            """)
        #expect(run.status == 1)
        // Named like a built-in pack, a pack of yours is still compared with it.
        let namedLikeCore = Self.pack.replacingOccurrences(of: "pack: {name: corp}", with: "pack: {name: core}")
            .replacingOccurrences(of: "id: CORP001", with: "id: WF012")
        try namedLikeCore.write(to: folder.appendingPathComponent("policy/core.yaml"), atomically: false, encoding: .utf8)
        let core = try WFLintBinary.run(["policy/core.yaml"], in: folder)
        #expect(core.stdout.hasPrefix("policy/core.yaml:3:9: error: duplicate rule id \"WF012\", first defined in built-in pack \"core\""))
        let builtinPacks = try RuleTestSupport.ruleFiles().map(\.path).filter { !$0.hasPrefix("rules/shapes/") }
        let ownPacks = try WFLintBinary.run(["--no-config"] + builtinPacks)
        #expect(ownPacks.stdout == "no problems found; \(builtinPacks.count) files checked\n")
        #expect(builtinPacks.count == 6)
    }

    @Test func aNamedBrokenPackIsAFindingAtTheMistake() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = #"invalid PCRE2 pattern in option "regex": missing closing parenthesis at offset 7"#
        let text = try WFLintBinary.run(["policy/naming.yaml", "policy/broken.yaml"], in: folder)
        #expect(text.stdout == """
            policy/broken.yaml:9:47: error: \(message) [WF012 invalid-rule-pack]
                9 |     check: {function: pattern, regex: '^corp-('}
                  |                                               ^
            1 error in 1 file; 2 files checked

            """)
        #expect(text.status == 1)

        let github = try WFLintBinary.run(["--format", "github", "policy/broken.yaml"], in: folder)
        #expect(github.stdout == """
            ::error file=policy/broken.yaml,line=9,col=47,endLine=9,endColumn=47,title=WF012 invalid-rule-pack::\(message)

            """)
        #expect(github.status == 1)

        let json = try WFLintBinary.run(["--format", "json", "policy/broken.yaml"], in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let finding = try #require((report["findings"] as? [[String: Any]])?.first)
        #expect(finding["ruleId"] as? String == "WF012")
        #expect(finding["message"] as? String == message)
        #expect(finding["start"] as? [String: Int] == ["line": 9, "column": 47])

        let sarif = try WFLintBinary.run(["--format", "sarif", "policy/broken.yaml"], in: folder)
        try SarifValidator.expectValid(sarif.stdout)
        #expect(sarif.stdout.contains(#""ruleId": "WF012""#))
        #expect(sarif.status == 1)
    }

    /// In a repository whose configuration loads its packs, the pack named
    /// by pre-commit is loaded by the configuration first: its mistake stops
    /// the run there, at the same place, with exit code 2 (docs/rule-packs.md).
    @Test func aBrokenPackTheConfigurationLoadsStopsTheRunAtTheMistake() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("policy/naming.yaml"))
        try "packs: [policy/]\n".write(to: folder.appendingPathComponent(".wflint.yaml"), atomically: false, encoding: .utf8)
        let run = try WFLintBinary.run(["policy/broken.yaml", "wf.yaml"], in: folder)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            policy/broken.yaml:9:47: error: invalid PCRE2 pattern in option "regex": missing closing parenthesis at offset 7

            """)
        #expect(run.status == 2)
    }
}
