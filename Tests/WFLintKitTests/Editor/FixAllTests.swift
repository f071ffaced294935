import DocumentModel
import Testing
@testable import WFLintKit

/// `source.fixAll.wflint`: `--fix`'s result as edits of the text as it is,
/// holding only what the fixes wrote.
@Suite struct FixAllTests {
    /// Two safe fixes on one flow line, with the client secret between them.
    static let oidc = "WorkforceName: labelers\nOidcConfig: {JwksUri: HTTPS://idp.example.com/k, ClientId: abc, "
        + "ClientSecret: s3cr3t-value, Issuer: https://idp.example.com, AuthorizationEndpoint: HTTPS://idp.example.com/a, "
        + "TokenEndpoint: https://idp.example.com/t, UserInfoEndpoint: https://idp.example.com/u, "
        + "LogoutEndpoint: https://idp.example.com/l}\nSourceIpConfig: {Cidrs: [203.0.113.1/24]}\n"

    static func fixAll(_ text: String, name: String = "team.yaml") -> EditorCodeAction? {
        CodeActions.fixAll(Array(text.utf8), as: editorInput(name), linter: builtinLinter())
    }

    @Test func everySafeFixAsEditsThatNeverHoldTheSecret() throws {
        let action = try #require(Self.fixAll(Self.oidc))
        #expect(action.title == "Fix all safe wflint findings (3 fixes)")
        #expect(action.kind == .fixAll && !action.isPreferred && action.findings.isEmpty)
        #expect(action.edits.map(\.description) == [
            #"2:23-2:28 -> "https""#, #"2:149-2:154 -> "https""#, #"3:26-3:40 -> "203.0.113.0/24""#,
        ])
        let fixed = builtinLinter().fix(Array(Self.oidc.utf8), as: editorInput("team.yaml"))
        #expect(action.edits.applied(to: Array(Self.oidc.utf8)) == fixed.bytes)
        #expect(!action.edits.contains { $0.newText.contains("s3cr3t") })
    }

    /// Four fixes of three rules (WF003, WF203, WF009) on flow lines: the
    /// composed edits make `--fix`'s result from the text as it was.
    @Test func fixesOfLaterPassesComposeIntoEditsOfTheOriginal() throws {
        let text = "WorkforceName: labelers\nCognitoConfig: {UserPool: us-east-1_abc, ClientID: abc}\n"
            + "SourceIpConfig: {Cidrs: [203.0.113.1/24, 198.51.100.7/24]}\nTags: [{Key: on, Value: 'no'}]\n"
        let action = try #require(Self.fixAll(text))
        let fixed = builtinLinter().fix(Array(text.utf8), as: editorInput("team.yaml"))
        #expect(fixed.appliedCount == 4)
        #expect(String(decoding: action.edits.applied(to: Array(text.utf8)), as: UTF8.self)
            == String(decoding: fixed.bytes, as: UTF8.self))
        #expect(fixed.linted.findings.isEmpty)
    }

    @Test func nothingToFixIsNoAction() {
        #expect(Self.fixAll(CodeActionTests.request("    - 203.0.113.0/24\n")) == nil)
        // A text that does not parse is never changed.
        #expect(Self.fixAll("WorkforceName: [\nSourceIpConfig: {Cidrs: [203.0.113.1/24]}\n") == nil)
        // Terraform files get no fixes yet.
        #expect(Self.fixAll("resource \"aws_sagemaker_workforce\" \"m\" {\n  workforce_name = \"w\"\n  source_ip_config {\n    cidrs = [\"203.0.113.1/24\"]\n  }\n}\n", name: "main.tf") == nil)
    }

    /// Rounds of edits, each planned on the text the one before made, as
    /// edits of the first text: the same result, and merged text made only
    /// of the edits' own.
    @Test func composedEditsMergeWhereRoundsTouch() {
        let original = Array("aaa SECRET bbb ccc".utf8)
        var composed = ComposedEdits()
        var current = original
        let rounds: [[TextEdit]] = [
            // Replace "aaa" and "bbb"; insert at the end.
            [TextEdit(range: ByteRange(start: 0, end: 3), replacement: "AAAA"),
             TextEdit(range: ByteRange(start: 11, end: 14), replacement: "B"),
             TextEdit(range: ByteRange(start: 18, end: 18), replacement: "!")],
            // "AAAA SECRET B ccc!": edit inside the first edit's text, and one
            // that spans the end of "B" and the start of "ccc"; adjacent edits.
            [TextEdit(range: ByteRange(start: 1, end: 3), replacement: "x"),
             TextEdit(range: ByteRange(start: 13, end: 14), replacement: "-"),
             TextEdit(range: ByteRange(start: 14, end: 15), replacement: "C")],
        ]
        for round in rounds {
            composed.add(round)
            current = FixSelection.apply(edits: round, to: current)
        }
        let edits = composed.textEdits
        #expect(FixSelection.apply(edits: edits, to: original) == current)
        #expect(String(decoding: current, as: UTF8.self) == "AxA SECRET B-Ccc!")
        #expect(edits.map(\.description) == [#"0..<3 -> "AxA""#, #"11..<16 -> "B-C""#, #"18..<18 -> "!""#])
    }

    /// Random rounds (a fixed seed) of non-overlapping replacements,
    /// insertions and deletions, each planned on the text the round before
    /// made: the composed edits make the same text from the first, whatever
    /// touches what. Holds the binary search that finds each edit's place.
    @Test func composedEditsMakeTheTextOfRandomRounds() {
        var random = SplitMix64(seed: 12)
        for trial in 0..<300 {
            let original = (0..<Int(random.next() % 40)).map { _ in UInt8(ascii: "a") + UInt8(random.next() % 26) }
            var composed = ComposedEdits()
            var current = original
            for _ in 0..<Int(1 + random.next() % 5) {
                var round: [TextEdit] = []
                var offset = 0
                while offset <= current.count, random.next() % 3 != 0 {
                    let start = offset + Int(random.next() % 4)
                    guard start <= current.count else { break }
                    let end = min(current.count, start + Int(random.next() % 4))
                    let replacement = String(repeating: "XYZ".randomElementIn(&random), count: Int(random.next() % 4))
                    round.append(TextEdit(range: ByteRange(start: start, end: end), replacement: replacement))
                    // The next edit starts after this one's end, and after an insertion's offset.
                    offset = end + (end == start ? 1 : 0)
                }
                composed.add(round)
                current = FixSelection.apply(edits: round, to: current)
            }
            #expect(FixSelection.apply(edits: composed.textEdits, to: original) == current, "trial \(trial)")
        }
    }
}

extension String {
    fileprivate func randomElementIn(_ random: inout SplitMix64) -> String {
        let characters = Array(self)
        return String(characters[Int(random.next() % UInt64(characters.count))])
    }
}
