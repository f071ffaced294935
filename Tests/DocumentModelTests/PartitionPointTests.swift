import DocumentModel
import Testing

/// `partitionPoint(where:)`, the binary search behind every sorted lookup,
/// against a linear scan: every cut of sorted arrays (repeats included), and
/// slices that do not start at 0.
@Suite struct PartitionPointTests {
    @Test func itIsTheFirstIndexThePredicateFailsFor() {
        for values in [[], [5], [1, 1, 1], [1, 3, 3, 7, 9, 9, 12], Array(0..<37).map { $0 / 3 }] {
            for cut in -1...14 {
                let linear = values.firstIndex { !($0 < cut) } ?? values.endIndex
                #expect(values.partitionPoint { $0 < cut } == linear, "\(values) < \(cut)")
                let slice = values.dropFirst(values.count / 2)
                let linearInSlice = slice.firstIndex { !($0 <= cut) } ?? slice.endIndex
                #expect(slice.partitionPoint { $0 <= cut } == linearInSlice, "\(slice) <= \(cut)")
            }
        }
    }
}
