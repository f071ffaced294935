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
        nearestMatch(to: name, inSorted: candidates.sorted())
    }

    /// The same over candidates already sorted: a caller that asks for many
    /// names sorts its candidates once.
    static func nearestMatch(to name: String, inSorted candidates: [String]) -> (name: String, isOnlyOne: Bool)? {
        let wanted = Array(name.lowercased().unicodeScalars)
        var best: (distance: Int, sharedStart: Int, name: String)?
        var nearestCount = 0
        for candidate in candidates {
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

    /// Levenshtein distance, one row at a time, the row overwritten in place
    /// (`diagonal` keeps the cell of the row before that the next one needs):
    /// a new row joined from two arrays for each character of `a` cost about
    /// 25 K instructions a comparison, most of a "did you mean".
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = Swift.min(above + 1, row[j] + 1, diagonal + (x == y ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
