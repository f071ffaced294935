import DocumentModel
import Testing

@testable import WFLintKit

/// The built-in packs read for a lint run, without examples, are the same
/// rules at the same positions as the packs read whole.
@Suite struct LintOnlyPackTextTests {
    @Test func leavingExamplesOutKeepsEveryRuleItsPositionAndItsChecks() throws {
        let whole = try RuleSet.builtin()
        let lintOnly = try RuleSet.builtin(examples: .leftOut)
        #expect(lintOnly.rules.map(\.descriptor) == whole.rules.map(\.descriptor))
        #expect(lintOnly.rules.map(\.location) == whole.rules.map(\.location))
        #expect(lintOnly.rules.map(\.namePosition) == whole.rules.map(\.namePosition))
        #expect(lintOnly.rules.allSatisfy { $0.examples.valid.isEmpty && $0.examples.invalid.isEmpty })
        #expect(whole.rules.allSatisfy { !$0.examples.valid.isEmpty && !$0.examples.invalid.isEmpty })
    }

    @Test func everyBuiltinPackKeepsItsLineCount() {
        for path in EmbeddedRules.paths where EmbeddedRules.isPack(path) {
            guard let text = EmbeddedRules.text(of: path) else { continue }
            let cut = LintOnlyPackText.removingExamples(from: text)
            #expect(cut.split(separator: "\n", omittingEmptySubsequences: false).count
                == text.split(separator: "\n", omittingEmptySubsequences: false).count, "\(path)")
            #expect(!cut.contains("examples:"), "\(path)")
        }
    }

    @Test func theCutStopsAtTheNextKeyOfTheRule() {
        let text = """
            rules:
              - id: A1
                examples:
                  valid: ["x"]

                  invalid:
                    - y
                message: m
              - id: A2
            """
        let expected = "rules:\n  - id: A1\n" + String(repeating: "\n", count: 5) + "    message: m\n  - id: A2"
        #expect(LintOnlyPackText.removingExamples(from: text) == expected)
    }
}
