import DocumentModel
import Testing

/// `JSONPointerSet` holds what `Set<JSONPointer>` holds: equal pointers
/// (made apart, sharing no link) are one member, through every growth.
@Suite struct JSONPointerSetTests {
    @Test func equalPointersMadeApartAreOneMemberThroughEveryGrowth() {
        var set = JSONPointerSet()
        let list = JSONPointer.root.appending("SourceIpConfig").appending("Cidrs")
        var inserted = (0..<1_000).map { set.insert(list.appending($0)) }
        inserted += [set.insert(.root), set.insert(list)]
        #expect(inserted.allSatisfy { $0 })
        #expect(set.count == 1_002)
        let again = JSONPointer(["SourceIpConfig", "Cidrs"])
        let insertedAgain = (0..<1_000).map { set.insert(again.appending($0)) } + [set.insert(JSONPointer([]))]
        #expect(insertedAgain.allSatisfy { !$0 })
        #expect(set.count == 1_002)
        #expect((0..<1_000).allSatisfy { set.contains(JSONPointer(["SourceIpConfig", "Cidrs", String($0)])) })
        #expect(!set.contains(again.appending(1_000)))
        #expect(!set.contains(JSONPointer(["SourceIpConfig"])))
        #expect(!set.contains(JSONPointer(["Cidrs", "SourceIpConfig", "0"])))
    }

    @Test func anEmptySetHoldsNothingNotEvenTheRoot() {
        var set = JSONPointerSet(minimumCapacity: 100)
        #expect(!set.contains(.root) && set.count == 0)
        set.reserveCapacity(10_000)
        let inserted = set.insert(JSONPointer(["a"]))
        #expect(inserted && set.contains(JSONPointer(["a"])) && !set.contains(.root))
    }
}
