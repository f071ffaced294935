import Testing

@testable import WFLintKit

/// `RuleDescriptor.applies(to:)` answers from one word of kind bits; these
/// hold it to what `kinds` says, for every kind.
@Suite struct RuleDescriptorKindsTests {
    func descriptor(kinds: Set<DocumentKind>?) -> RuleDescriptor {
        RuleDescriptor(id: "WF900", name: "test-rule", severity: .error, summary: "s", description: "d", kinds: kinds)
    }

    @Test func everyKindHasABitOfItsOwn() {
        let bits = DocumentKind.allCases.map(\.bit)
        #expect(Set(bits).count == DocumentKind.allCases.count)
        #expect(bits.allSatisfy { $0 != 0 && $0 & ($0 - 1) == 0 })
    }

    @Test func aRuleWithoutKindsAppliesToEveryKind() {
        let rule = descriptor(kinds: nil)
        #expect(DocumentKind.allCases.allSatisfy(rule.applies))
    }

    @Test(arguments: [
        Set<DocumentKind>(),
        [.createWorkforceRequest],
        [.updateWorkforceRequest, .listWorkforcesResponse],
        [.listModelPackageGroupsResponse, .describeWorkforceResponse, .createWorkforceRequest],
    ])
    func appliesToExactlyItsKinds(kinds: Set<DocumentKind>) {
        let rule = descriptor(kinds: kinds)
        for kind in DocumentKind.allCases { #expect(rule.applies(to: kind) == kinds.contains(kind), "\(kind)") }
    }

    @Test func changingTheKindsChangesWhereItApplies() {
        var rule = descriptor(kinds: [.createWorkforceRequest])
        rule.kinds = [.updateWorkforceRequest]
        #expect(!rule.applies(to: .createWorkforceRequest))
        #expect(rule.applies(to: .updateWorkforceRequest))
        rule.kinds = nil
        #expect(rule.applies(to: .listWorkforcesRequest))
    }
}
