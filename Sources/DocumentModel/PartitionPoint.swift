extension RandomAccessCollection {
    /// The index of the first element for which `isBefore` is false, in a
    /// collection where every element it holds for comes first: a binary
    /// search (`endIndex` when it holds for all). The one search behind every
    /// sorted lookup of the project: line starts, comments, captured runs.
    @inlinable
    public func partitionPoint(where isBefore: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = distance(from: startIndex, to: endIndex)
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isBefore(self[middle]) {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
