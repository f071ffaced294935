/// The nearest of several names to a mistyped one, for "did you mean" help.
enum MemberSuggestion {
    /// A name equal ignoring case, else the closest within an edit distance of
    /// 2 (ignoring case); ties go to the alphabetically first.
    static func nearest(to name: String, in candidates: [String]) -> String? {
        let wanted = Array(name.lowercased().unicodeScalars)
        var best: (distance: Int, name: String)?
        for candidate in candidates.sorted() {
            let distance = editDistance(wanted, Array(candidate.lowercased().unicodeScalars))
            if distance <= 2, distance < best?.distance ?? .max { best = (distance, candidate) }
        }
        return best?.name
    }

    /// A name equal to `name` ignoring case.
    static func caseInsensitive(_ name: String, in candidates: [String]) -> String? {
        let wanted = name.lowercased()
        return candidates.sorted().first { $0.lowercased() == wanted }
    }

    /// Levenshtein distance, one row at a time.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
