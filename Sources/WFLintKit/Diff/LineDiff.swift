/// The line-by-line changes between two texts: which lines of the old one
/// stay, which go and which come in, as `diff` finds them.
///
/// Fixes change a few lines here and there in files that may have a million,
/// so the search is anchored first: the common head and tail are set aside,
/// then lines that occur once in each side (patience diff) split the rest
/// into small gaps, each solved exactly (longest common subsequence). A gap
/// too large for that, with no anchor, is replaced whole: still a correct
/// diff, only a longer one, and never a long wait.
public enum LineDiff {
    public enum Operation: Sendable, Equatable {
        /// The next line of both texts.
        case equal
        /// The next old line, removed.
        case delete
        /// The next new line, inserted.
        case insert
    }

    /// At most this many cells (old lines × new lines) in one exactly solved gap.
    static let exactGapLimit = 1 << 20
    /// Gaps split by anchors within anchors at most this deep.
    static let anchorDepthLimit = 32

    /// The operations that turn `old` into `new`, one per line, in order;
    /// where a line is replaced, its deletion comes before the insertion.
    public static func operations<Line: Hashable>(from old: [Line], to new: [Line]) -> [Operation] {
        var ids: [Line: Int] = [:]
        let a = old.map { line in ids[line] ?? { ids[line] = ids.count; return ids.count - 1 }() }
        let b = new.map { line in ids[line] ?? { ids[line] = ids.count; return ids.count - 1 }() }
        var script = Script(a: a, b: b)
        script.diff(a.indices, b.indices, depth: 0)
        return script.operations
    }

    private struct Script {
        let a: [Int]
        let b: [Int]
        var operations: [Operation] = []

        init(a: [Int], b: [Int]) {
            self.a = a
            self.b = b
            operations.reserveCapacity(a.count + b.count)
        }

        mutating func diff(_ old: Range<Int>, _ new: Range<Int>, depth: Int) {
            var old = old
            var new = new
            // The common head and tail.
            while !old.isEmpty, !new.isEmpty, a[old.lowerBound] == b[new.lowerBound] {
                operations.append(.equal)
                old = (old.lowerBound + 1)..<old.upperBound
                new = (new.lowerBound + 1)..<new.upperBound
            }
            var tail = 0
            while old.count > tail, new.count > tail, a[old.upperBound - 1 - tail] == b[new.upperBound - 1 - tail] {
                tail += 1
            }
            old = old.lowerBound..<(old.upperBound - tail)
            new = new.lowerBound..<(new.upperBound - tail)
            if old.isEmpty || new.isEmpty {
                operations += Array(repeating: .delete, count: old.count) + Array(repeating: .insert, count: new.count)
            } else if depth < anchorDepthLimit, case let anchors = Self.anchors(a, old, b, new), !anchors.isEmpty {
                var (oldStart, newStart) = (old.lowerBound, new.lowerBound)
                for (i, j) in anchors {
                    diff(oldStart..<i, newStart..<j, depth: depth + 1)
                    operations.append(.equal)
                    (oldStart, newStart) = (i + 1, j + 1)
                }
                diff(oldStart..<old.upperBound, newStart..<new.upperBound, depth: depth + 1)
            } else if old.count * new.count <= exactGapLimit {
                exact(old, new)
            } else {
                operations += Array(repeating: .delete, count: old.count) + Array(repeating: .insert, count: new.count)
            }
            operations += Array(repeating: .equal, count: tail)
        }

        /// Pairs of lines that occur exactly once in each range, the longest
        /// run of them in the same order in both (patience sorting).
        static func anchors(_ a: [Int], _ old: Range<Int>, _ b: [Int], _ new: Range<Int>) -> [(Int, Int)] {
            var counts: [Int: (old: Int, new: Int, newIndex: Int)] = [:]
            for i in old { counts[a[i], default: (0, 0, 0)].old += 1 }
            for j in new where counts[b[j]] != nil {
                counts[b[j]]!.new += 1
                counts[b[j]]!.newIndex = j
            }
            let pairs = old.compactMap { i -> (Int, Int)? in
                guard let count = counts[a[i]], count.old == 1, count.new == 1 else { return nil }
                return (i, count.newIndex)
            }
            return longestIncreasing(pairs)
        }

        /// The longest subsequence of `pairs` (ascending in their first
        /// element) whose second elements ascend too.
        static func longestIncreasing(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
            var tops: [Int] = []  // index into pairs of the smallest tail of each length
            var previous = Array(repeating: -1, count: pairs.count)
            for (index, pair) in pairs.enumerated() {
                let low = tops.partitionPoint { pairs[$0].1 < pair.1 }
                if low > 0 { previous[index] = tops[low - 1] }
                if low == tops.count { tops.append(index) } else { tops[low] = index }
            }
            var result: [(Int, Int)] = []
            var index = tops.last ?? -1
            while index >= 0 {
                result.append(pairs[index])
                index = previous[index]
            }
            return result.reversed()
        }

        /// A longest common subsequence of the two ranges, by the table of
        /// the longest from each pair of positions on.
        mutating func exact(_ old: Range<Int>, _ new: Range<Int>) {
            let width = new.count + 1
            var lengths = Array(repeating: Int32(0), count: (old.count + 1) * width)
            for i in stride(from: old.count - 1, through: 0, by: -1) {
                for j in stride(from: new.count - 1, through: 0, by: -1) {
                    lengths[i * width + j] =
                        a[old.lowerBound + i] == b[new.lowerBound + j]
                        ? lengths[(i + 1) * width + j + 1] + 1
                        : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
                }
            }
            var (i, j) = (0, 0)
            while i < old.count || j < new.count {
                if i < old.count, j < new.count, a[old.lowerBound + i] == b[new.lowerBound + j] {
                    operations.append(.equal)
                    (i, j) = (i + 1, j + 1)
                } else if j == new.count || (i < old.count && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
                    operations.append(.delete)
                    i += 1
                } else {
                    operations.append(.insert)
                    j += 1
                }
            }
        }
    }
}
