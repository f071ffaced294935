import Testing
@testable import WFLintKit

/// The texts of `wflint rules` and `wflint explain`.
@Suite struct RuleCatalogTextTests {
    @Test func listHasAlignedColumnsSortedByID() throws {
        let set = RuleSet.builtin()
        let lines = RuleCatalogText.list(set.rules).split(separator: "\n")
        #expect(lines.first == "ID     NAME                   SEVERITY  SUMMARY")
        #expect(lines.contains("WF201  cidr-invalid           error     A SourceIpConfig.Cidrs entry is not a valid IPv4 or IPv6 CIDR."))
        #expect(lines.count == set.rules.count + 1)
    }

    @Test func explainFindsByIDOrNameAndShowsExamples() throws {
        let set = RuleSet.builtin()
        let byName = try #require(set.rule("cidr-invalid"))
        #expect(set.rule("WF201")?.id == byName.id && set.rule("wf201")?.id == "WF201")
        #expect(set.rule("nope") == nil)
        let text = RuleCatalogText.explain(byName)
        #expect(text.hasPrefix("WF201 cidr-invalid (error)\n\nA SourceIpConfig.Cidrs entry is not a valid IPv4 or IPv6 CIDR.\n"))
        #expect(text.contains("Invalid example 1 (yaml, findings at 4:7, 5:7, 6:7, 7:7, 8:7, 9:7):\n    WorkforceName: labelers\n"))
    }
}
