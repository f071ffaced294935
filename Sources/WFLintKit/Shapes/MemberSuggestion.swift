/// The nearest of several names to a mistyped one, for "did you mean" help.
enum MemberSuggestion {
    /// A name equal ignoring case, else the closest within an edit distance of
    /// 2 (ignoring case). Ties go to the one that shares the longest start with
    /// the typed name (`rule` is nearer `ruleId` than `file`), then to the
    /// alphabetically first.
    static func nearest(to name: String, in candidates: [String]) -> String? {
        nearestMatch(to: name, in: candidates)?.name
    }

    /// The nearest name, as `nearest` chooses it, and whether it is the only
    /// one that near (no other candidate at its edit distance): only then is
    /// it the one right answer a fix may write.
    static func nearestMatch(to name: String, in candidates: [String]) -> (name: String, isOnlyOne: Bool)? {
        let wanted = Array(name.lowercased().unicodeScalars)
        var best: (distance: Int, sharedStart: Int, name: String)?
        var nearestCount = 0
        for candidate in candidates.sorted() {
            let lowered = Array(candidate.lowercased().unicodeScalars)
            // Lengths more than 2 apart are more than 2 edits apart: a long
            // mistyped key (a JSON key may be megabytes) is not compared at
            // all, where the distance's table cost its length times the name's.
            guard abs(lowered.count - wanted.count) <= 2 else { continue }
            let distance = editDistance(wanted, lowered)
            guard distance <= 2 else { continue }
            if distance < best?.distance ?? .max { nearestCount = 0 }
            if distance <= best?.distance ?? .max { nearestCount += 1 }
            let sharedStart = zip(wanted, lowered).prefix { $0 == $1 }.count
            if let best, (best.distance, -best.sharedStart) <= (distance, -sharedStart) { continue }
            best = (distance, sharedStart, candidate)
        }
        return best.map { ($0.name, nearestCount == 1) }
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
