import DocumentModel
import Testing
@testable import WFLintKit

/// One example of one rule, as a test case: named by rule id and place, not
/// held as a `Rule`. Test arguments live until the process exits, and a rule's
/// fix templates sit behind enum payloads whose pointers carry tag bits, which
/// LeakSanitizer cannot follow: it would report them as leaked.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    let ruleID: String
    let index: Int
    let isValid: Bool
    let testDescription: String
}

/// Runs every example of every pack, built-in and `rules/examples/`, through
/// the path a user's file takes: read, tell the kind, supersede and check
/// with every check of the rule set (so precedence is exercised).
@Suite struct RuleExampleTests {
    /// Loaded afresh by each test (see `RuleExampleCase`).
    static var ruleSet: RuleSet? { try? RuleTestSupport.ruleSetWithExamplePacks() }

    static var cases: [RuleExampleCase] {
        (ruleSet?.rules ?? []).flatMap { rule in
            [(rule.examples.valid, true), (rule.examples.invalid, false)].flatMap { examples, isValid in
                examples.indices.map { index in
                    RuleExampleCase(
                        ruleID: rule.id, index: index, isValid: isValid,
                        testDescription:
                            "\(rule.id) \(isValid ? "valid" : "invalid") example at \(rule.file):\(examples[index].position)")
                }
            }
        }
    }

    @Test func everyPackLoadsAndEveryRuleHasBothKindsOfExample() throws {
        let set = try RuleTestSupport.ruleSetWithExamplePacks()
        let ids = set.rules.map(\.id)
        for id in ["WF000", "WF001", "WF009", "WF101", "WF140", "WF201", "WF214", "WF302", "WF401", "CORP001", "CORP010", "CORP020"] {
            #expect(ids.contains(id), "\(id) is not loaded")
        }
        for rule in set.rules {
            #expect(!rule.examples.valid.isEmpty && !rule.examples.invalid.isEmpty, "\(rule.id)")
        }
    }

    @Test(arguments: cases)
    func example(_ testCase: RuleExampleCase) throws {
        let set = try #require(Self.ruleSet)
        let rule = try #require(set.rules.first { $0.id == testCase.ruleID })
        let examples = testCase.isValid ? rule.examples.valid : rule.examples.invalid
        let problems = RuleExampleVerifier(ruleSet: set)
            .verify(examples[testCase.index], of: rule, isValid: testCase.isValid)
        #expect(problems.isEmpty, "\(problems.map(\.description))")
    }

    /// A pack of one rule, T001 (a name's prefix), with one valid example and
    /// one invalid one expected at 1:1 (`invalid` is its format and text).
    static func prefixPack(valid: String, invalid: String) -> String {
        """
        pack: {name: t, description: t}
        rules:
          - id: T001
            name: name-prefix
            severity: error
            summary: s
            description: d
            kinds: [CreateWorkforceRequest]
            target: WorkforceName
            check: {function: pattern, regex: '^acme-'}
            message: 'name "{value}" lacks the prefix'
            examples:
              valid: [\(valid)]
              invalid:
                - \(invalid)
                  findings: ["1:1"]
        """
    }

    /// The verifier itself notices a wrong expected position, so a user's
    /// pack with a wrong example fails `wflint test-rules`; the one mistake is
    /// one problem, not a missing finding and an unexpected one.
    @Test func aWrongExpectedPositionIsReported() throws {
        let pack = Self.prefixPack(
            valid: #""WorkforceName: acme-a\nCognitoConfig: {UserPool: u_1, ClientId: c}\n""#,
            invalid: #"yaml: "WorkforceName: a\nCognitoConfig: {UserPool: u_1, ClientId: c}\n""#)
        let (set, rule) = try RuleTestSupport.ruleSet(adding: pack, rule: "T001")
        let problems = RuleExampleVerifier(ruleSet: set).verify(rule)
        #expect(problems.map(\.description) == [
            #"t.yaml:15:11: error: T001: expected a finding at 1:1, got 1:16 /WorkforceName "name \"a\" lacks the prefix""#
        ])
    }

    /// An example that does not parse is a problem of its own, valid or
    /// invalid: a valid one would otherwise pass for showing no finding.
    @Test func anExampleThatDoesNotParseIsReported() throws {
        let pack = Self.prefixPack(valid: #""WorkforceName: acme-a\nTags: [\n""#, invalid: #"json: '{"WorkforceName": "a",}'"#)
        let (set, rule) = try RuleTestSupport.ruleSet(adding: pack, rule: "T001")
        let problems = RuleExampleVerifier(ruleSet: set).verify(rule)
        #expect(problems.map(\.description) == [
            "t.yaml:13:15: error: T001: the example does not parse: 3:1: did not find expected node content (while parsing a flow node)",
            "t.yaml:15:11: error: T001: the example does not parse: 1:23: expected a string key after ','",
        ])
    }

    /// A valid example the rule could not check (its pattern went over
    /// PCRE2's match budget: WF011 names the rule) passed for showing no
    /// finding; it is a problem of its own.
    @Test func anExampleTheRuleCouldNotCheckIsReported() throws {
        let pack = Self.prefixPack(
            valid: #""WorkforceName: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa0\nCognitoConfig: {UserPool: u_1, ClientId: c}\n""#,
            invalid: #"yaml: "WorkforceName: b\nCognitoConfig: {UserPool: u_1, ClientId: c}\n""#)
            .replacingOccurrences(of: "regex: '^acme-'", with: "regex: '^(a+)+$'")
            .replacingOccurrences(of: #"findings: ["1:1"]"#, with: #"findings: ["1:16"]"#)
        let (set, rule) = try RuleTestSupport.ruleSet(adding: pack, rule: "T001")
        let problems = RuleExampleVerifier(ruleSet: set).verify(rule)
        #expect(problems.map(\.description) == [
            #"t.yaml:13:15: error: T001: the example was not checked whole: 1:16: rule T001 (name-prefix) could not check this value: its pattern "^(a+)+$" reached PCRE2's match limit (limits.regex-match-limit: 1000000)"#
        ])
    }

    /// The secret never reaches a message, and its range is marked sensitive.
    @Test func clientSecretNeverAppearsInMessages() throws {
        let set = try RuleTestSupport.ruleSetWithExamplePacks()
        let table = RuleTable(set.descriptors)
        let text = "WorkforceName: labelers\nOidcConfig:\n  ClientSecret: \"hunter2 ,x\"\n"
        let result = DocumentLinter.lintSource(
            Array(text.utf8), format: .yaml, file: "f.yaml", operation: nil,
            checks: set.checks(enabledIn: table), rules: table, reportUnknown: true)
        #expect(result.findings.contains { $0.ruleID == "WF140" })
        #expect(!result.findings.contains { $0.message.contains("hunter2") })
        #expect(result.sensitiveRanges.contains { $0.start == SourcePosition(line: 3, column: 17) })
    }
}
