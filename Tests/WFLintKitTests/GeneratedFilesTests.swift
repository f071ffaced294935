import Testing
@testable import WFLintKit

/// The files generated from `rules/` are current: the built-in shapes and
/// packs compiled into wflint, and docs/rules.md. They fail when stale;
/// `Scripts/generate` rewrites them.
@Suite struct GeneratedFilesTests {
    @Test func builtinShapesAreTheDataFileLoaded() throws {
        let file = RuleTestSupport.builtinShapesFile
        let expected = BuiltinSourceGenerator.shapes(try RuleTestSupport.loadBuiltinShapes(), from: file)
        let current = try RuleTestSupport.isGeneratedCurrent("Sources/WFLintKit/Generated/BuiltinShapes.swift", expected: expected)
        #expect(current || RuleTestSupport.isUpdatingGenerated, "BuiltinShapes.swift is stale: run Scripts/generate")
        guard current else { return }
        // The compiled-in catalog is everything the generated code states.
        #expect(BuiltinSourceGenerator.shapes(ShapeCatalog.builtin, from: file) == expected)
    }

    @Test func builtinTerraformMappingIsTheDataFileLoaded() throws {
        let file = RuleTestSupport.builtinTerraformFile
        let text = try #require(RuleTestSupport.read(file), "\(file) is missing")
        let expected = BuiltinSourceGenerator.terraform(try TerraformResourceSchema(yaml: text, file: file), from: file)
        let current = try RuleTestSupport.isGeneratedCurrent("Sources/WFLintKit/Generated/BuiltinTerraform.swift", expected: expected)
        #expect(current || RuleTestSupport.isUpdatingGenerated, "BuiltinTerraform.swift is stale: run Scripts/generate")
        guard current else { return }
        // The compiled-in mapping is everything the generated code states.
        #expect(BuiltinSourceGenerator.terraform(TerraformResourceSchema.builtin, from: file) == expected)
    }

    @Test func builtinRulesAreThePacksLoaded() throws {
        let loaded = try RuleTestSupport.loadBuiltinPacks()
        #expect(loaded.packs.map(\.file) == ["rules/core.yaml", "rules/identity.yaml", "rules/list-model-package-groups.yaml",
                                             "rules/network.yaml", "rules/tags.yaml", "rules/terraform.yaml"])
        let expected = try BuiltinSourceGenerator.rules(loaded)
        let current = try RuleTestSupport.isGeneratedCurrent("Sources/WFLintKit/Generated/BuiltinRules.swift", expected: expected)
        #expect(current || RuleTestSupport.isUpdatingGenerated, "BuiltinRules.swift is stale: run Scripts/generate")
        guard current else { return }
        // The compiled-in rules are everything the generated code states.
        #expect(try BuiltinSourceGenerator.rules(RuleSet.builtin()) == expected)
    }

    @Test func aSwiftRuleIsNamedInSwiftByItsNameInThePack() throws {
        #expect(CoreRule.unknownDocument == "WF000")
        #expect(CoreRule.enum == "WF008")
        #expect(CoreRule.invalidRulePack == "WF012")
        #expect(BuiltinSourceGenerator.identifier("yaml-ambiguous-scalar") == "yamlAmbiguousScalar")
        #expect(BuiltinSourceGenerator.identifier("enum") == "`enum`")
    }

    @Test func literalsRoundTripEveryText() {
        // What the generator writes for texts the packs may hold, and what Swift reads back (compiled below).
        #expect(BuiltinSourceGenerator.literal("a \"b\" \\ c") == #""a \"b\" \\ c""#)
        #expect(BuiltinSourceGenerator.literal("tab\there\u{2028}") == #""tab\there\u{2028}""#)
        #expect(BuiltinSourceGenerator.literal("two\nlines with \"\"\"# quotes\n") == "##\"\"\"\ntwo\nlines with \"\"\"# quotes\n\n\"\"\"##")
        #expect(BuiltinSourceGenerator.literal("nul\u{0}\r\n") == #""nul\u{0}\u{d}\n""#)
    }

    @Test func rulesDocumentationIsCurrent() throws {
        let rules = RuleSet.builtin().rules
        let current = try RuleTestSupport.isGeneratedCurrent("docs/rules.md", expected: RuleCatalogText.markdown(rules))
        #expect(current || RuleTestSupport.isUpdatingGenerated, "docs/rules.md is stale: run Scripts/generate")
    }
}
