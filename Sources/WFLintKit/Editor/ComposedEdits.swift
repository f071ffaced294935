import DocumentModel

/// The edits of several rounds of fixing, each planned on the text the round
/// before left, as edits of the original text: what an editor needs to apply
/// `--fix`'s result in one step.
///
/// Why not a diff of the two texts: a diff's hunks may span text between two
/// fixes that no fix touched, and that text may hold a secret (an OIDC
/// `ClientSecret` between two rewritten endpoints on one flow line). Composed
/// edits hold only what the fixes wrote: where a later edit touches an
/// earlier one, the two merge, and the merged text is made of the earlier
/// edit's text and the later edit's, never of the original's.
struct ComposedEdits {
    /// Sorted, non-overlapping edits of the original text; `text` is what
    /// stands in the current text in place of `original`.
    private var edits: [(original: ByteRange, text: [UInt8])] = []

    /// Adds one round's edits (non-overlapping), planned on the original
    /// with every edit so far applied.
    mutating func add(_ round: [TextEdit]) {
        // How far each edit so far has moved the text after it, summed from
        // the first: the current offset of edit `i` is its original offset
        // plus `shift[i]`. An edit added changes the sums from its index on,
        // and the next, earlier one only reads those before it.
        var shift = [0]
        shift.reserveCapacity(edits.count + 1)
        for existing in edits { shift.append(shift[shift.count - 1] + existing.text.count - existing.original.count) }
        // From the last edit back: the current offsets before an edit are
        // still those `round` was planned on when the edits after it are in.
        // The sums stay right up to the index of the last edit added (the
        // next edit lies before it), so each search stops there.
        var limit = edits.count
        for edit in round.sorted(by: { $0.range.start > $1.range.start }) {
            limit = add(edit, shift: shift, searchingTo: limit)
        }
    }

    /// The edits, as `TextEdit`s of the original text.
    var textEdits: [TextEdit] {
        edits.map { TextEdit(range: $0.original, replacement: String(decoding: $0.text, as: UTF8.self)) }
    }

    /// Adds `edit`, planned on the original with every edit so far applied
    /// (`edits` is kept in step: processing a round from its last edit back
    /// leaves the offsets before each processed edit as they were planned).
    /// The edits wholly before it are found by a binary search on their
    /// current ends, not a walk from the first: a round of 10,000 fixes over
    /// 30,000 made before walked 10^8 edits (`--fix` of 80,000 took 38 s).
    /// Returns the index it went in at.
    private mutating func add(_ edit: TextEdit, shift: [Int], searchingTo limit: Int) -> Int {
        let (s, t) = (edit.range.start, edit.range.end)
        // The first edit among those up to `limit` that does not end before `edit` starts.
        var low = 0
        var high = limit
        while low < high {
            let middle = (low + high) / 2
            if edits[middle].original.start + shift[middle] + edits[middle].text.count < s {
                low = middle + 1
            } else {
                high = middle
            }
        }
        let before = low
        var delta = shift[before]  // current offset minus original offset, so far
        var touched: [Int] = []
        let deltaBeforeTouched = delta
        for index in edits.indices[before...] {
            let existing = edits[index]
            let start = existing.original.start + delta
            if start > t { break }
            touched.append(index)
            delta += existing.text.count - existing.original.count
        }
        guard let first = touched.first, let last = touched.last else {
            edits.insert((ByteRange(start: s - delta, end: t - delta), Array(edit.replacement.utf8)), at: before)
            return before
        }
        // The merged text: the first touched edit's text before `edit`, its
        // replacement, the last touched edit's text after it; what lies
        // between was all replaced.
        let firstStart = edits[first].original.start + deltaBeforeTouched
        let lastStart = edits[last].original.start + delta - (edits[last].text.count - edits[last].original.count)
        var text: [UInt8] = []
        var start = s - deltaBeforeTouched
        if firstStart < s {
            text += edits[first].text[..<(s - firstStart)]
            start = edits[first].original.start
        }
        text += Array(edit.replacement.utf8)
        var end = t - delta
        let lastEnd = lastStart + edits[last].text.count
        if lastEnd > t {
            text += edits[last].text[(t - lastStart)...]
            end = edits[last].original.end
        }
        edits.replaceSubrange(first...last, with: [(ByteRange(start: start, end: end), text)])
        return first
    }
}
