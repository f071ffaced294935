import DocumentModel
import Testing
@testable import WFLintKit

/// The lines a capture keeps (`MaskedSource.coveredLines`): every line from
/// each range's first to its last, ascending and each once.
@Suite struct CoveredLinesTests {
    static func range(_ first: Int, _ last: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: first, column: 3), end: SourcePosition(line: last, column: 1))
    }

    /// What the lines are by definition: a set of every line of every range.
    static func everyLine(_ ranges: [SourceRange]) -> [Int] {
        var lines = Set<Int>()
        for range in ranges where range.start.line >= 1 {
            for number in range.start.line...max(range.start.line, range.end.line) { lines.insert(number - 1) }
        }
        return lines.sorted()
    }

    @Test func overlappingNestedAndRepeatedRangesGiveEachLineOnce() {
        let ranges = [Self.range(10, 12), Self.range(3, 3), Self.range(11, 11), Self.range(5, 8), Self.range(7, 10),
                      Self.range(3, 3), Self.range(20, 19), Self.range(0, 4), Self.range(15, 16)]
        #expect(MaskedSource.coveredLines(ranges) == [2, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15, 19])
        #expect(MaskedSource.coveredLines([]) == [])
    }

    /// Against the definition, over ranges drawn from a fixed seed.
    @Test func matchesEveryLineOfEveryRange() {
        var random = SplitMix64(seed: 12)
        for _ in 0..<200 {
            let ranges = (0..<Int(random.next(below: 30))).map { _ in
                let first = Int(random.next(below: 60))
                return Self.range(first, first + Int(random.next(below: 8)) - 2)
            }
            #expect(MaskedSource.coveredLines(ranges) == Self.everyLine(ranges))
        }
    }
}
