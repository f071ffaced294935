import Testing
@testable import WFLintKit

/// The files generated from the packs are current: EmbeddedRules.swift and
/// docs/rules.md. They fail when stale; `Scripts/generate` rewrites them.
@Suite struct GeneratedFilesTests {
    @Test func embeddedRulesMatchTheFilesUnderRules() throws {
        let files = try RuleTestSupport.embeddableRuleFiles()
        #expect(files.contains { $0.path == "rules/core.yaml" })
        #expect(files.contains { $0.path == "rules/shapes/sagemaker-workforce.yaml" })
        let current = try RuleTestSupport.isGeneratedCurrent(
            "Sources/WFLintKit/Generated/EmbeddedRules.swift", expected: EmbeddedRulesGenerator.source(files))
        #expect(current || RuleTestSupport.isUpdatingGenerated, "EmbeddedRules.swift is stale: run Scripts/generate")
        guard current else { return }
        // The compiled-in literals round-trip to the files' exact text.
        #expect(EmbeddedRules.paths == files.map(\.path))
        for file in files { #expect(EmbeddedRules.text(of: file.path) == file.text, "\(file.path)") }
    }

    @Test func rulesDocumentationIsCurrent() throws {
        let rules = try RuleSet.builtin().rules
        let current = try RuleTestSupport.isGeneratedCurrent("docs/rules.md", expected: RuleCatalogText.markdown(rules))
        #expect(current || RuleTestSupport.isUpdatingGenerated, "docs/rules.md is stale: run Scripts/generate")
    }
}
