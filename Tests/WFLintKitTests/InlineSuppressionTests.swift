import DocumentModel
import Testing
import YAMLReader

@testable import WFLintKit

/// The schema rules plus WF001 and WF010, as a run with suppressions sees them.
let suppressionRules = [
    ("WF001", "syntax-error", Severity.error), ("WF003", "unknown-field", .error), ("WF004", "wrong-type", .error),
    ("WF009", "yaml-ambiguous-scalar", .warning), ("WF010", "unused-suppression", .note),
].map { RuleDescriptor(id: $0.0, name: $0.1, severity: $0.2, summary: $0.1, description: $0.1) }

/// Lints `text` as `name` with inline suppressions honoured.
func lintWithSuppressions(_ text: String, name: String = "team.yaml", disabling: [String] = []) -> LintedSource {
    lintWithSuppressions(Array(text.utf8), name: name, disabling: disabling)
}

func lintWithSuppressions(_ bytes: [UInt8], name: String, disabling: [String] = []) -> LintedSource {
    var table = RuleTable(suppressionRules)
    for id in disabling { table.disable(id) }
    let linter = Linter(
        checks: [SchemaChecker()], rules: table, operation: nil,
        inlineSuppressions: InlineSuppressionPolicy(loadedRules: suppressionRules))
    return linter.lint(bytes, as: LintInput(source: .file(name), displayName: name, isExplicit: true))
}

func described(_ findings: [Finding]) -> [String] {
    findings.map { "\($0.range.start)-\($0.range.end) \($0.ruleID) \($0.pointer) \($0.message)" }
}

func described(_ suppressed: [SuppressedFinding]) -> [String] {
    suppressed.map { "\($0.finding.range.start) \($0.finding.ruleID) \($0.kind.rawValue) \($0.justification ?? "-")" }
}

struct InlineSuppressionTests {
    static let document = """
        WorkforceName: team
        CognitoConfg: {}
        Tags:
          - Key: env
            Value: yes

        """

    @Test func withoutCommentsEveryFindingIsReported() {
        let linted = lintWithSuppressions(Self.document)
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["2:1 WF003", "5:12 WF009"])
        #expect(linted.suppressed.isEmpty)
    }

    @Test func nextLineAndLineCommentsSilenceTheirRulesOnTheirLines() {
        let linted = lintWithSuppressions("""
            WorkforceName: team
            # wflint-disable-next-line unknown-field -- the old key, removed in the next release
            CognitoConfg: {}
            Tags:
              - Key: env
                Value: yes  # wflint-disable-line WF009

            """)
        #expect(linted.findings.isEmpty)
        #expect(described(linted.suppressed) == [
            "3:1 WF003 inSource the old key, removed in the next release", "6:12 WF009 inSource -",
        ])
    }

    @Test func aFileCommentWithoutRulesSilencesEverything() {
        let linted = lintWithSuppressions("# wflint-disable-file\n" + Self.document)
        #expect(linted.findings.isEmpty)
        #expect(described(linted.suppressed) == ["3:1 WF003 inSource -", "6:12 WF009 inSource -"])
    }

    @Test func aSuppressionThatSilencesNothingIsANote() {
        let linted = lintWithSuppressions("""
            # wflint-disable-file WF004, WF009
            WorkforceName: team  # wflint-disable-line
            # wflint-disable-next-line WF003
            Tags:
              - Key: env
                Value: yes

            """)
        #expect(described(linted.findings) == [
            "1:23-1:28 WF010  \"WF004\" in wflint-disable-file silences nothing: no WF004 finding in this file",
            "2:22-2:43 WF010  wflint-disable-line silences nothing: no finding on this line",
            "3:28-3:33 WF010  \"WF003\" in wflint-disable-next-line silences nothing: no WF003 finding on line 4",
        ])
        #expect(linted.findings.allSatisfy { $0.severity == .note && $0.ruleName == "unused-suppression" })
        #expect(described(linted.suppressed) == ["6:12 WF009 inSource -"])
    }

    /// Every file comment of a rule is used by that rule's findings, and a
    /// finding's reason comes from the first comment that covers it.
    @Test func theFirstCoveringCommentGivesTheReasonAndEveryCoveringOneIsUsed() {
        let linted = lintWithSuppressions("""
            # wflint-disable-file WF009 -- first reason
            # wflint-disable-file WF009, WF003 -- second reason
            WorkforceName: team
            CognitoConfg: {}  # wflint-disable-line WF003 -- line reason
            Tags:
              - Key: env
                Value: yes

            """)
        #expect(linted.findings.isEmpty)
        #expect(described(linted.suppressed) == ["4:1 WF003 inSource second reason", "7:12 WF009 inSource first reason"])
    }

    @Test func unknownDirectivesAndRulesAreNotes() {
        let linted = lintWithSuppressions("""
            WorkforceName: team  # wflint-disable-nextline WF003
            Tags: []  # wflint-disable-line WF0O3, cidr-invalid

            """)
        #expect(described(linted.findings) == [
            "1:24-1:47 WF010  unknown suppression \"wflint-disable-nextline\"; did you mean \"wflint-disable-next-line\"? valid suppressions: wflint-disable-file, wflint-disable-line, wflint-disable-next-line",
            "2:33-2:38 WF010  unknown rule \"WF0O3\" in wflint-disable-line; did you mean \"WF003\"?",
            "2:40-2:52 WF010  unknown rule \"cidr-invalid\" in wflint-disable-line; 'wflint rules' lists them",
        ])
    }

    /// WF010 is no finding a comment can silence: the note says so, not
    /// that there was no WF010 (there may be several).
    @Test func aCommentNamingWF010SaysItsNotesAreNotSilenced() {
        let linted = lintWithSuppressions("# wflint-disable-file WF010\nWorkforceName: team  # wflint-disable-line\n")
        #expect(described(linted.findings) == [
            "1:23-1:28 WF010  \"WF010\" in wflint-disable-file silences nothing: WF010 notes are not silenced by "
                + "comments; turn the rule off in the configuration instead",
            "2:22-2:43 WF010  wflint-disable-line silences nothing: no finding on this line",
        ])
    }

    @Test func aRuleThatIsOffIsNotAnUnusedSuppression() {
        let linted = lintWithSuppressions("WorkforceName: team  # wflint-disable-line WF009\n", disabling: ["WF009"])
        #expect(linted.findings.isEmpty && linted.suppressed.isEmpty)
    }

    @Test func aHashInsideAQuotedOrBlockScalarIsNoComment() {
        let linted = lintWithSuppressions("""
            WorkforceName: team
            CognitoConfg: "x # wflint-disable-line WF003"
            Tags:
              - Key: note
                Value: |
                  # wflint-disable-file
                  text
              - Key: 'a #wflint-disable-file'
                Value: yes

            """)
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["2:1 WF003", "9:12 WF009"])
        #expect(linted.suppressed.isEmpty)
    }

    @Test func aSyntaxErrorCanBeSuppressedAndTheFileKeepsItsLines() {
        let linted = lintWithSuppressions("# wflint-disable-file syntax-error\nWorkforceName: team\nTags: [\n")
        #expect(linted.findings.isEmpty)
        #expect(described(linted.suppressed) == ["4:1 WF001 inSource -"])
        // Kept for the outputs that show suppressed findings (SARIF): the line it is on, not the others.
        #expect(linted.source?.line(4) == "" && linted.source?.line(2) == nil)
    }

    @Test func jsonHasNoComments() {
        let linted = lintWithSuppressions(
            "{\"WorkforceName\": \"team\", \"CognitoConfg\": {}, \"Tags\": [\"# wflint-disable-file\"]}", name: "team.json")
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["1:27 WF003", "1:56 WF004"])
        #expect(linted.suppressed.isEmpty)
    }

    @Test func theQuickTestFindsTheMarkerAnywhereAndOnlyThere() {
        #expect(CommentScanner.mayContainDirective(Array("a: 1 # wflint-disable-line".utf8)))
        #expect(CommentScanner.mayContainDirective(Array("wflint-disable".utf8)))
        #expect(!CommentScanner.mayContainDirective(Array("wflint-disabl".utf8)))
        #expect(!CommentScanner.mayContainDirective(Array("w w wflint-enable".utf8)))
        #expect(!CommentScanner.mayContainDirective([]))
    }
}

/// `max-findings` cuts a document's findings before its comments silence
/// them: past the cut, whether a comment silences anything cannot be told,
/// and no WF010 says it silences nothing.
@Suite struct SuppressionPastTheFindingsCapTests {
    static let text = """
        WorkforceName: team
        CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
        SourceIpConfig:
          Cidrs:
            - 10.0.0.0/33  # wflint-disable-line WF201
            - 10.0.0.1/33  # wflint-disable-line WF201
            - 10.0.0.2/33  # wflint-disable-line WF201
            - 10.0.0.3/33  # wflint-disable-line WF201
          # wflint-disable-next-line WF003
          Unknown: 1

        """

    static func linter(maximumFindings: Int = LintLimits.defaultFindings) -> Linter {
        let ruleSet = RuleSet.builtin()
        let table = RuleTable(ruleSet.descriptors)
        return Linter(
            checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil,
            inlineSuppressions: InlineSuppressionPolicy(loadedRules: ruleSet.descriptors),
            limits: LintLimits(maximumFindings: maximumFindings))
    }

    @Test func commentsPastTheCutAreNotNotedAsSilencingNothing() throws {
        let linter = Self.linter(maximumFindings: 2)
        let input = LintInput(source: .standardInput, displayName: "cut.yaml", isExplicit: true)
        let linted = linter.lint(Array(Self.text.utf8), as: input)
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["10:3 WF011"])
        #expect(linted.suppressed.map { "\($0.finding.range.start) \($0.finding.ruleID)" } == ["5:7 WF201", "6:7 WF201"])
    }

    /// With WF011 turned off (`--ignore WF011`) the cut is reported by
    /// nothing, and still no comment past it is noted: the sink tells the
    /// cut, not its finding.
    @Test func commentsPastACutWhoseWF011IsOffAreNotNoted() throws {
        let ruleSet = RuleSet.builtin()
        let table = RuleTable(ruleSet.descriptors.filter { $0.id != CoreRule.resourceLimit })
        let linter = Linter(
            checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil,
            inlineSuppressions: InlineSuppressionPolicy(loadedRules: ruleSet.descriptors),
            limits: LintLimits(maximumFindings: 2))
        let input = LintInput(source: .standardInput, displayName: "cut.yaml", isExplicit: true)
        let linted = linter.lint(Array(Self.text.utf8), as: input)
        #expect(linted.findings.isEmpty)
        #expect(linted.suppressed.map { "\($0.finding.range.start) \($0.finding.ruleID)" } == ["5:7 WF201", "6:7 WF201"])
    }

    /// Without a cut, a comment that silences nothing is noted as ever.
    @Test func withoutACutAnUnusedCommentIsNoted() throws {
        let linter = Self.linter()
        let input = LintInput(source: .standardInput, displayName: "cut.yaml", isExplicit: true)
        let text = Self.text.replacingOccurrences(of: "10.0.0.3/33", with: "10.0.0.3/32")
        let linted = linter.lint(Array(text.utf8), as: input)
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["8:42 WF010"])
    }
}

/// Which `#`s start a comment is what the YAML reader read, not a guess
/// from the text: in a document that stops at a syntax error too (up to
/// where libyaml stopped), right after a flow collection or a quoted
/// string, and in the document a comment after `---` starts.
@Suite struct CommentStartsTests {
    @Test func aHashInsideABlockScalarOrQuotedStringBeforeASyntaxErrorIsText() {
        for value in ["|\n      # wflint-disable-file\n", "\"see\n      # wflint-disable-file -- x\"\n"] {
            let linted = lintWithSuppressions(
                "WorkforceName: team\nTags:\n  - Key: env\n    Value: \(value)  - Key: k3\n    Value: [a\n")
            #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["8:1 WF001"], "\(value)")
            #expect(linted.suppressed.isEmpty)
        }
    }

    /// A secret holding the marker is no directive, so no WF010 quotes it.
    @Test func aSecretHoldingTheMarkerBeforeASyntaxErrorIsNotQuoted() {
        let linted = lintWithSuppressions(
            "WorkforceName: team\nOidcConfig:\n  ClientSecret: \"h2 # wflint-disable-line Xy9SecretTail\"\nTags: [\n")
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["5:1 WF001"])
        #expect(!linted.findings.contains { $0.message.contains("Xy9") })
    }

    /// A quoted or block scalar libyaml stopped inside is text up to where
    /// it stopped, as the error's "while scanning a … scalar" says: left
    /// open, cut by a tab or a `---`, or holding a bad escape (a reviewer's
    /// cases, each of which passed with exit 0 before).
    @Test(arguments: [
        ("WorkforceName: \"abc # wflint-disable-file\n", "2:1"),
        ("WorkforceName: 'abc # wflint-disable-file\n", "2:1"),
        ("WorkforceName: \"abc # wflint-disable-file\n---\n", "2:1"),
        ("Issuer: \"http://x # wflint-disable-file\n  and \\q\"\n", "2:7"),
        ("WorkforceName: |\n  a # wflint-disable-file\n\t b\n", "3:1"),
    ])
    func aScalarTheReadStoppedInsideHoldsNoDirective(text: String, error: String) {
        let linted = lintWithSuppressions(text)
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["\(error) WF001"])
        #expect(linted.suppressed.isEmpty)
    }

    /// Where libyaml stopped, nothing was read: there the text decides.
    @Test func pastWhereTheReadStoppedALineCommentIsTakenByItsText() {
        let linted = lintWithSuppressions("WorkforceName: team\nTags: [a\n# wflint-disable-file\n")
        #expect(linted.findings.isEmpty)
        #expect(described(linted.suppressed) == ["4:1 WF001 inSource -"])
    }

    @Test func aCommentRightAfterAFlowCollectionOrAQuotedStringCounts() {
        let linted = lintWithSuppressions("""
            WorkforceName: "team"# wflint-disable-line WF009
            CognitoConfg: {}# wflint-disable-line WF003
            Tags: [{Key: env, Value: yes}]# wflint-disable-line

            """)
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["1:44 WF010"])
        #expect(described(linted.suppressed) == ["2:1 WF003 inSource -", "3:26 WF009 inSource -"])
    }

    @Test func aCommentAfterADocumentStartBelongsToThatDocument() {
        let linted = lintWithSuppressions("WorkforceName: a\n---\n# wflint-disable-next-line WF009\nWorkforceName: b\n")
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID) \($0.documentIndex)" } == ["3:28 WF010 1"])
    }

    @Test func markerLinesKnowEachHashByItsByte() {
        let lines = CommentScanner.markerLines(in: Array("\u{FEFF}é: 1 # wflint-disable-line\r\nb: 2\rc: x#y # wflint-disable-file\n".utf8))
        #expect(lines.map(\.number) == [1, 3])
        #expect(lines.map { $0.hashes.map { "\($0.position) \($0.byte) \($0.followsBlank)" } } == [
            ["1:6 9 true"], ["3:5 41 false", "3:8 44 true"],
        ])
    }
}
