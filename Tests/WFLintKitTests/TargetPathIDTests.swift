import Testing

@testable import WFLintKit

/// Target path ids: a bounded table, and never one id for two texts.
@Suite struct TargetPathIDTests {
    @Test func theIDTableIsBoundedAndADroppedTextGetsAnIDNoOtherTextHad() throws {
        let first = try TargetPath.parse("BoundedFirst").get()
        #expect(try TargetPath.parse("BoundedFirst").get().id == first.id)
        var ids: Set<Int> = [first.id]
        for index in 0..<(TargetPath.idCapacity + 10) {
            ids.insert(try TargetPath.parse("Bounded\(index).Member").get().id)
        }
        #expect(TargetPath.numberedCount <= TargetPath.idCapacity)
        #expect(ids.count == TargetPath.idCapacity + 11)
        // Dropped since: numbered again, with a number of its own.
        let again = try TargetPath.parse("BoundedFirst").get()
        #expect(!ids.contains(again.id))
    }
}
