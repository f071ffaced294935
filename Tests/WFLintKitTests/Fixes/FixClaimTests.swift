import DocumentModel
import Foundation
import Testing
@testable import WFLintKit

/// Two fixes that would give two keys of one mapping the same name do not
/// touch the same bytes, but applied in one pass they write a duplicate key:
/// each claims the name (`Fix.claim`), and the second waits for the next
/// pass, where it is planned again and sees the name taken.
@Suite struct FixClaimTests {
    @Test func fixesWithOneClaimAreNotTakenInOnePass() {
        func fix(_ message: String, at start: Int, claim: String?) -> Fix {
            var fix = Fix(.safe, message, edits: [TextEdit(range: ByteRange(start: start, end: start + 1), replacement: "x")])
            fix.claim = claim
            return fix
        }
        let fixes = [fix("a", at: 0, claim: "key K"), fix("b", at: 4, claim: "key K"), fix("c", at: 8, claim: "key L"), fix("d", at: 12, claim: nil)]
        let findings = fixes.map {
            Finding(ruleID: "WF003", ruleName: "x", severity: .error, message: "", file: "f", documentIndex: 0,
                    range: SourceRange(at: .start), pointer: .root, fix: $0)
        }
        #expect(FixSelection.nonOverlapping(findings, includingUnsafe: false).map(\.message) == ["a", "c", "d"])
    }

    /// WF003's rename of `kEy` and a pack's rename of `Other`, both to `Key`.
    @Test func aSchemaRenameAndAPackRenameToOneName() throws {
        let directory = try TemporaryDirectory()
        try directory.write("pack.yaml", """
            pack: {name: tag-keys, description: Tag members spelt Key.}
            rules:
              - id: CORP900
                name: tag-member-key
                severity: warning
                summary: A tag member whose value is a (a rule for this test).
                description: Renames the member to Key, as a WF003 fix renames kEy.
                kinds: [workforces]
                target: 'Tags[*].*'
                check: {function: pattern, regex: '^a$', negate: true}
                message: 'member "{value}" is spelt Key'
                fix: {action: rename-key, to: Key, kind: safe}
                examples:
                  valid: ["WorkforceName: x\\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\\n"]
                  invalid:
                    - yaml: "WorkforceName: x\\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\\nTags: [{Key: k, Value: a}]\\n"
                      findings: ["3:24"]

            """)
        try directory.write(
            "team.yaml",
            "WorkforceName: x\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\nTags:\n  - kEy: b\n    Other: a\n    Value: v\n")
        let run = try WFLintBinary.run(["--no-config", "--rules", "pack.yaml", "--fix", "team.yaml"], in: directory.url)
        #expect(run.status == 1)
        #expect(try String(contentsOf: directory.url.appendingPathComponent("team.yaml"), encoding: .utf8)
            == "WorkforceName: x\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\nTags:\n  - Key: b\n    Other: a\n    Value: v\n")
    }
}
