import DocumentModel
import Testing
@testable import WFLintKit

/// Quick fixes, suppression comments and fix-all, as `CodeActions` offers
/// them for an editor's document.
@Suite struct CodeActionTests {
    /// A request whose SourceIpConfig list is `cidrs` (lines 5 on).
    static func request(_ cidrs: String = "    - 203.0.113.1/24\n    - 198.51.100.0/24\n") -> String {
        "WorkforceName: labelers\nCognitoConfig: {UserPool: us-east-1_abc, ClientId: abc}\nSourceIpConfig:\n  Cidrs:\n" + cidrs
    }

    @Test func aSafeFixIsPreferredAndEachFindingGetsItsSuppressions() {
        let text = Self.request()
        let actions = codeActions(text, at: cursor(5, 9))
        #expect(described(actions) == [
            #"Write the network address 203.0.113.0/24 [quickfix, preferred] 5:7-5:21 -> "203.0.113.0/24""#,
            ##"Disable WF203 for this line [quickfix] 5:1-5:1 -> "    # wflint-disable-next-line WF203\##n""##,
            ##"Disable WF203 for this file [quickfix] 1:1-1:1 -> "# wflint-disable-file WF203\##n""##,
        ])
        #expect(actions.allSatisfy { $0.findings.map(\.ruleID) == ["WF203"] })
        #expect(applying(actions[0], to: text) == text.replacing("203.0.113.1/24", with: "203.0.113.0/24"))
        for action in actions.dropFirst() {
            let edited = try? lintWithBuiltinRules(applying(action, to: text))
            #expect(edited?.findings.isEmpty == true)
            #expect(edited?.suppressed.map(\.finding.ruleID) == ["WF203"])
        }
    }

    @Test func anUnsafeFixIsLabelledAndNotPreferred() {
        let text = "WorkforceName: labelers\nCognitoConfig: {UserPool: us-east-1_abc, ClientID: abc}\n"
            + "SourceIpConfig: {Cidrs: [203.0.113.0/24]}\n"
        let fixes = codeActions(text, at: cursor(2, 45)).filter { !$0.title.hasPrefix("Disable") }
        #expect(described(fixes) == [
            #"Rename the key to 'ClientId' [quickfix, preferred] 2:42-2:50 -> "ClientId""#
        ])
        let oidc = "WorkforceName: labelers\nOidcConfig: {ClientId: abc, ClientSecret: s3cr3t, Issuer: http://idp.example.com, "
            + "AuthorizationEndpoint: https://idp.example.com/a, TokenEndpoint: https://idp.example.com/t, "
            + "UserInfoEndpoint: https://idp.example.com/u, LogoutEndpoint: https://idp.example.com/l, "
            + "JwksUri: https://idp.example.com/k}\nSourceIpConfig: {Cidrs: [203.0.113.0/24]}\n"
        let unsafe = codeActions(oidc, at: cursor(2, 60)).filter { !$0.title.hasPrefix("Disable") }
        #expect(described(unsafe) == [
            #"Write "https://" (unsafe) [quickfix] 2:59-2:63 -> "https""#
        ])
    }

    @Test func onlyTheFindingsTheRangeMeetsGetActions() {
        #expect(codeActions(Self.request(), at: cursor(6, 9)).isEmpty)
        // A range from line 1 to the start of line 5 meets the finding's start.
        let wide = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 5, column: 7))
        #expect(codeActions(Self.request(), at: wide).count == 3)
    }

    /// Each Disable action is tried with a lint, so a range over many
    /// findings gets them for its first ten only (1,000 findings took 39 s);
    /// every finding keeps its fix.
    @Test func aWideRangeGetsDisableActionsForItsFirstTenFindings() {
        // Two documents of six CIDRs with host bits (a list takes ten).
        let document = { (first: Int) in
            "WorkforceName: w\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: c}\nSourceIpConfig:\n  Cidrs:\n"
                + (first..<first + 6).map { "    - 10.0.\($0).1/24\n" }.joined()
        }
        let text = document(0) + "---\n" + document(6)
        let all = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 22, column: 1))
        let actions = codeActions(text, at: all)
        #expect(actions.filter { $0.title.hasPrefix("Write the network address") }.count == 12)
        let disabled = actions.filter { $0.title.hasPrefix("Disable") }.flatMap(\.findings).map(\.range.start.line)
        #expect(disabled == [5, 6, 7, 8, 9, 10, 16, 17, 18, 19].flatMap { [$0, $0] })
        // A cursor on the twelfth gets its own.
        #expect(codeActions(text, at: cursor(21, 7)).map(\.title)
            == ["Write the network address 10.0.11.0/24", "Disable WF203 for this line", "Disable WF203 for this file"])
    }

    @Test func theRuleJoinsADirectiveAlreadyOnTheLineBefore() {
        let text = Self.request("    # wflint-disable-next-line WF201 -- reviewed\n    - 203.0.113.1/24\n")
        let disable = codeActions(text, at: cursor(6, 7)).filter { $0.title == "Disable WF203 for this line" }
        #expect(described(disable) == [
            #"Disable WF203 for this line [quickfix] 5:37-5:37 -> ", WF203""#
        ])
        #expect(applying(disable[0], to: text).contains("# wflint-disable-next-line WF201, WF203 -- reviewed\n"))
    }

    /// WF204 names the place of the CIDR that covers it ("at 5:7"), WF010
    /// the line its comment is for ("on line 9"): a comment line inserted
    /// above them moves those places a line on, and the suppression is still
    /// offered, the other findings being the same once read back.
    @Test func placesInOtherFindingsMessagesDoNotStopASuppression() {
        let text = Self.request("    - 10.0.0.1/8\n    - 10.0.0.0/8\n    - 192.0.2.0/24\n"
            + "    # wflint-disable-next-line WF201\n    - 198.51.100.0/24\n")
        let shown = try? lintWithBuiltinRules(text)
        #expect(shown?.findings.map { "\($0.range.start) \($0.ruleID) \($0.message)" } == [
            #"5:7 WF203 CIDR "10.0.0.1/8" has host bits set; the block it allows is "10.0.0.0/8""#,
            #"6:7 WF204 CIDR "10.0.0.0/8" is already covered by "10.0.0.1/8" at 5:7"#,
            #"8:32 WF010 "WF201" in wflint-disable-next-line silences nothing: no WF201 finding on line 9"#,
        ])
        #expect(described(codeActions(text, at: cursor(5, 7))) == [
            #"Write the network address 10.0.0.0/8 [quickfix, preferred] 5:7-5:17 -> "10.0.0.0/8""#,
            ##"Disable WF203 for this line [quickfix] 5:1-5:1 -> "    # wflint-disable-next-line WF203\##n""##,
            ##"Disable WF203 for this file [quickfix] 1:1-1:1 -> "# wflint-disable-file WF203\##n""##,
        ])
        #expect(described(codeActions(text, at: cursor(6, 7))).dropFirst() == [
            ##"Disable WF204 for this line [quickfix] 6:1-6:1 -> "    # wflint-disable-next-line WF204\##n""##,
            ##"Disable WF204 for this file [quickfix] 1:1-1:1 -> "# wflint-disable-file WF204\##n""##,
        ])
    }

    /// WF505 names the first declaration with the file's name ("at
    /// infra/main.tf:1:1"): a place in the file the comment goes into, read
    /// back as the others are.
    @Test func placesNamedWithTheFileItselfDoNotStopASuppression() {
        let text = "variable \"x\" {}\n" + """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abc"
              }
              source_ip_config {
                cidrs = ["10.0.0.1/8"]
              }
            }

            """ + "variable \"x\" {}\n"
        let linter = builtinLinter()
        let input = LintInput(source: .file("infra/main.tf"), displayName: "infra/main.tf", isExplicit: false)
        let shown = linter.lint(Array(text.utf8), as: input).findings
        #expect(shown.map { "\($0.range.start) \($0.ruleID) \($0.message)" } == [
            #"9:14 WF203 CIDR "10.0.0.1/8" has host bits set; the block it allows is "10.0.0.0/8""#,
            #"12:1 WF505 variable "x" is already declared at infra/main.tf:1:1; variable names must be unique in a module"#,
        ])
        let actions = CodeActions.actions(
            for: cursor(9, 15), in: Array(text.utf8), as: input, linter: linter, findings: shown)
        #expect(described(actions) == [
            ##"Disable WF203 for this line [quickfix] 9:1-9:1 -> "    # wflint-disable-next-line WF203\##n""##,
            ##"Disable WF203 for this file [quickfix] 1:1-1:1 -> "# wflint-disable-file WF203\##n""##,
        ])
    }

    /// The places of the text after a line inserted at 5:1 as they were
    /// before: those after it a line back, none in the inserted line.
    @Test func placesInAMessageReadBackAcrossTheInsertedText() {
        let before = SourceText(bytes: Array("a\nb\nc\nd\ne\nf\n".utf8))
        let edit = TextEdit(range: ByteRange(at: 8), replacement: "# x\n")
        let inserted = InsertedText(
            edit, before: before, after: SourceText(bytes: edit.applied(to: before.bytes)), file: "infra/main.tf")
        #expect(inserted.originalMessage("covered at 6:7, at 4:2 and at 7:1; first at 9:1 (on line 7)")
            == "covered at 5:7, at 4:2 and at 6:1; first at 8:1 (on line 6)")
        // The file itself by its name, as Terraform's duplicate declarations name it; not another file.
        #expect(inserted.originalMessage("at infra/main.tf:6:7, at infra/main.tf:4:1 and at infra/other.tf:6:7")
            == "at infra/main.tf:5:7, at infra/main.tf:4:1 and at infra/other.tf:6:7")
        #expect(inserted.originalMessage("at infra/main.tf:5:1") == nil)
        #expect(inserted.originalMessage("in what:6:7, flat 6:7, at 6:7:8, at main.tf:6:7, at 6: and a\u{E9}t 6:7")
            == "in what:6:7, flat 6:7, at 6:7:8, at main.tf:6:7, at 6: and a\u{E9}t 6:7")
        #expect(inserted.originalMessage("no finding on line 5") == nil)
        #expect(inserted.originalMessage("the comment at 5:3") == nil)
        // Inserted within a line: its columns after the insertion move back.
        let within = TextEdit(range: ByteRange(at: 9), replacement: ", WF1")
        let joined = InsertedText(
            within, before: before, after: SourceText(bytes: within.applied(to: before.bytes)), file: "team.yaml")
        #expect(joined.originalMessage("at 5:7, on line 5, at 5:1 and at 6:7") == "at 5:2, on line 5, at 5:1 and at 6:7")
        #expect(joined.originalMessage("at 5:4") == nil)
    }

    @Test func crlfLinesGetACRLFComment() {
        let text = Self.request().replacing("\n", with: "\r\n")
        let disable = codeActions(text, at: cursor(5, 7)).filter { $0.title.hasPrefix("Disable") }
        #expect(described(disable) == [
            ##"Disable WF203 for this line [quickfix] 5:1-5:1 -> "    # wflint-disable-next-line WF203\##r\##n""##,
            ##"Disable WF203 for this file [quickfix] 1:1-1:1 -> "# wflint-disable-file WF203\##r\##n""##,
        ])
    }

    @Test func jsonGetsTheFixButNoComment() {
        let text = #"{"WorkforceName": "labelers", "CognitoConfig": {"UserPool": "us-east-1_abc", "ClientId": "abc"}, "SourceIpConfig": {"Cidrs": ["203.0.113.1/24"]}}"#
        #expect(described(codeActions(text, name: "team.json", at: cursor(1, 132))) == [
            #"Write the network address 203.0.113.0/24 [quickfix, preferred] 1:128-1:142 -> "203.0.113.0/24""#
        ])
    }

    /// Line 3 starts inside a quoted string: a comment line there would be
    /// text of the string, so only the file's comment is offered.
    @Test func noLineCommentWhereTheLineStartsInsideAScalar() {
        let text = "WorkforceName: labelers\nCognitoConfig: {UserPool: \"us-east-1_abc\n  \", ClientId: abc, Extra: 1}\n"
            + "SourceIpConfig: {Cidrs: [203.0.113.0/24]}\n"
        let actions = codeActions(text, at: cursor(3, 22))
        #expect(described(actions) == [
            ##"Disable WF003 for this file [quickfix] 1:1-1:1 -> "# wflint-disable-file WF003\##n""##
        ])
    }

    @Test func terraformGetsHashComments() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              cognito_config {
                client_id = "abc"
                user_pool = "us-east-1_abc"
              }
              source_ip_config {
                cidrs = ["203.0.113.1/24"]
              }
            }

            """
        let actions = codeActions(text, name: "main.tf", at: cursor(8, 15))
        #expect(described(actions) == [
            ##"Disable WF203 for this line [quickfix] 8:1-8:1 -> "    # wflint-disable-next-line WF203\##n""##,
            ##"Disable WF203 for this file [quickfix] 1:1-1:1 -> "# wflint-disable-file WF203\##n""##,
        ])
    }

    /// A file directive already on line 1 gets the rule; a finding whose
    /// range starts on line 1 gets its line comment above it.
    @Test func aFileDirectiveOnTheFirstLineGetsTheRule() {
        let text = "# wflint-disable-file WF201\nWorkforceName: labelers\nSourceIpConfig: {Cidrs: [203.0.113.0/24]}\n"
        #expect(described(codeActions(text, at: cursor(2, 1))) == [
            ##"Disable WF102 for this line [quickfix] 2:1-2:1 -> "# wflint-disable-next-line WF102\##n""##,
            #"Disable WF102 for this file [quickfix] 1:28-1:28 -> ", WF102""#,
        ])
    }

    @Test func aNoteAboutASuppressionCommentGetsNoSuppression() {
        let text = "# wflint-disable-file WF201\n" + Self.request("    - 203.0.113.0/24\n")
        let actions = codeActions(text, at: cursor(1, 23))
        #expect(actions.isEmpty)
    }
}
