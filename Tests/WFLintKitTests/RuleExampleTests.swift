import DocumentModel
import Testing
@testable import WFLintKit

/// One example of one rule, as a test case.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    let rule: Rule
    let example: RuleExample
    let isValid: Bool

    var testDescription: String {
        "\(rule.id) \(isValid ? "valid" : "invalid") example at \(rule.file):\(example.position)"
    }
}

/// Runs every example of every pack, built-in and `rules/examples/`, through
/// the path a user's file takes: read, tell the kind, supersede and check
/// with every check of the rule set (so precedence is exercised).
@Suite struct RuleExampleTests {
    static let ruleSet: RuleSet? = try? RuleTestSupport.ruleSetWithExamplePacks()

    static let cases: [RuleExampleCase] = (ruleSet?.rules ?? []).flatMap { rule in
        rule.examples.valid.map { RuleExampleCase(rule: rule, example: $0, isValid: true) }
            + rule.examples.invalid.map { RuleExampleCase(rule: rule, example: $0, isValid: false) }
    }

    @Test func everyPackLoadsAndEveryRuleHasBothKindsOfExample() throws {
        let set = try RuleTestSupport.ruleSetWithExamplePacks()
        let ids = set.rules.map(\.id)
        for id in ["WF000", "WF001", "WF009", "WF101", "WF140", "WF201", "WF214", "WF302", "WF401", "ACME001", "ACME010", "ACME020"] {
            #expect(ids.contains(id), "\(id) is not loaded")
        }
        for rule in set.rules {
            #expect(!rule.examples.valid.isEmpty && !rule.examples.invalid.isEmpty, "\(rule.id)")
        }
    }

    @Test(arguments: cases)
    func example(_ testCase: RuleExampleCase) throws {
        let set = try #require(Self.ruleSet)
        let table = RuleTable(set.descriptors)
        let example = testCase.example
        let result = DocumentLinter.lintSource(
            Array(example.text.utf8), format: example.format, file: "example", operation: example.operation,
            checks: set.checks(enabledIn: table), rules: table, reportUnknown: true)
        let actual = result.findings.filter { $0.ruleID == testCase.rule.id }
        let described = actual.map { "\($0.range.start) \($0.pointer) \"\($0.message)\"" }
        if testCase.isValid {
            #expect(actual.isEmpty, "unexpected findings: \(described)")
            return
        }
        var unmatched = actual
        for expected in example.findings {
            let index = unmatched.firstIndex { finding in
                finding.range.start == expected.position
                    && (expected.pointer.map { $0 == finding.pointer.description } ?? true)
                    && (expected.message.map { $0 == finding.message } ?? true)
            }
            #expect(index != nil, "expected \(expected), got \(described)")
            if let index { unmatched.remove(at: index) }
        }
        #expect(unmatched.isEmpty, "unexpected findings: \(unmatched.map { "\($0.range.start) \($0.message)" })")
        // Each defect once: a schema rule this rule replaces stays silent where it fired.
        if case .declarative(let rule) = testCase.rule.implementation {
            let doubled = result.findings.filter { other in
                rule.replaces.contains(other.ruleID) && actual.contains { $0.pointer == other.pointer }
            }
            #expect(doubled.isEmpty, "reported twice: \(doubled.map { "\($0.ruleID) \($0.pointer)" })")
        }
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
