import DocumentModel

/// `\u` and `\U` escapes of UTF-16 surrogates (U+D800 to U+DFFF) in
/// double-quoted scalars, which the AWS CLI's loader reads and libyaml
/// refuses.
///
/// ruamel.yaml and PyYAML both read `"\ud83d\ude00"` as two code units, which
/// botocore sends on as the same escapes and the service reads as one emoji,
/// and a lone `"\ud800"` as itself. Such escapes are what `json.dumps` writes
/// for any character past U+FFFF, so a `.yaml` file that is JSON holds them.
/// libyaml stops at the first one ("found invalid Unicode character escape
/// code").
///
/// When it does, every surrogate escape of the segment is given the digits of
/// U+FFFD (the same length, so every position stays) and the segment is read
/// again. Each scalar's text is then put right (`Restorer`): in a
/// double-quoted scalar, a high surrogate's U+FFFD followed by a low one's is
/// the pair's character, and a lone one is its `LoneSurrogate` stand-in (a
/// Swift string cannot hold a surrogate); in any other scalar, where a
/// backslash is text, the digits as written come back. The
/// escapes are found by their bytes, not by libyaml's scanner, which stops at
/// the first: one more read of the segment, however many there are.
struct SurrogateEscapes {
    /// Eight bytes: a text of escapes alone holds one in every six bytes.
    struct Patch: BytePatch {
        /// The escape's backslash (a source is under 4 GiB, see `Node`).
        private let start: UInt32
        let codeUnit: UInt16
        /// `\UXXXXXXXX` rather than `\uXXXX`.
        private let isLong: Bool

        init(byte: Int, isLong: Bool, codeUnit: UInt16) {
            start = UInt32(clamping: byte)
            self.isLong = isLong
            self.codeUnit = codeUnit
        }

        var byte: Int { Int(start) }
        /// 6 for `\uXXXX`, 10 for `\UXXXXXXXX`.
        var length: Int { isLong ? 10 : 6 }
        var isHigh: Bool { codeUnit < 0xDC00 }
        /// What the surrogate is when no pair is made of it.
        var standIn: Unicode.Scalar { LoneSurrogate.standIn(for: UInt32(codeUnit)) }
        /// The digits that replace the escape's own.
        var replacement: [UInt8] { Array((isLong ? "0000FFFD" : "FFFD").utf8) }
    }

    /// The patches so far, in file order.
    private(set) var patches = BytePatches<Patch>()

    /// Whether libyaml stopped at a surrogate escape: its problem mark is on
    /// the escape's first digit.
    static func stoppedAtSurrogate(_ problemOffset: Int?, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let offset = problemOffset, offset >= 2 else { return false }
        return escape(at: offset - 2, in: text) != nil
    }

    /// Every surrogate escape in `range` whose backslash is not itself
    /// escaped (an odd run of backslashes ends with the escape's).
    static func find(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Patch] {
        var found: [Patch] = []
        var offset = range.lowerBound
        var precedingBackslashes = 0
        while offset < range.upperBound {
            guard text[offset] == UInt8(ascii: "\\") else {
                precedingBackslashes = 0
                offset += 1
                continue
            }
            if precedingBackslashes % 2 == 0, let patch = escape(at: offset, in: text),
                patch.byte + patch.length <= range.upperBound
            {
                found.append(patch)
                precedingBackslashes = 0
                offset += patch.length
                continue
            }
            precedingBackslashes += 1
            offset += 1
        }
        return found
    }

    /// The surrogate escape whose backslash is at `offset`, if one is there.
    private static func escape(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Patch? {
        guard let (value, length) = unicodeEscape(at: offset, in: text), (0xD800...0xDFFF).contains(value) else {
            return nil
        }
        return Patch(byte: offset, isLong: length == 10, codeUnit: UInt16(value))
    }

    /// The value and length of the `\u` or `\U` escape whose backslash is at
    /// `offset`, if its digits are all there.
    private static func unicodeEscape(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (UInt32, Int)? {
        guard offset + 1 < text.count, text[offset] == UInt8(ascii: "\\") else { return nil }
        let digits: Int
        switch text[offset + 1] {
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: return nil
        }
        guard offset + 2 + digits <= text.count,
            let value = IntegerDigits.value(of: text[offset + 2..<offset + 2 + digits], radix: 16, negative: false)
        else { return nil }
        return (UInt32(truncatingIfNeeded: value), 2 + digits)
    }

    mutating func add(_ found: [Patch]) {
        patches.add(found)
    }

    func restorer(from byteOrigin: Int) -> Restorer {
        Restorer(patches: patches.cursor(from: byteOrigin))
    }

    /// Puts each scalar's text right, scalar by scalar in file order.
    struct Restorer {
        var patches: BytePatches<Patch>.Cursor

        /// Whether no patch is left to put right: its scalars skip `restore`.
        var isDone: Bool { patches.isDone }

        /// The scalar's text as the AWS CLI reads it, when a patch lies in
        /// `bytes` (the scalar's text, `ScalarText.start`); nil when none
        /// does.
        mutating func restore(
            _ text: String, doubleQuoted: Bool, bytes: Range<Int>, lines: LineIndex
        ) throws(SyntaxError) -> String? {
            let source = lines.bytes
            // Patches before the text (in a comment) are passed over: they stay U+FFFD's digits.
            patches.skip(before: bytes.lowerBound)
            let taken = patches.take(before: bytes.upperBound)
            guard !taken.isEmpty else { return nil }
            let restored = doubleQuoted
                ? Self.decoded(text, taken, bytes: bytes, source: source)
                : Self.literal(text, taken, bytes: bytes, source: source)
            guard let restored else {
                throw SyntaxError(
                    message: "the AWS CLI's YAML loader reads this surrogate escape, which wflint cannot read here",
                    position: lines.position(byteOffset: taken[taken.startIndex].byte))
            }
            return restored
        }

        /// A double-quoted scalar: every U+FFFD of its text, in order, came
        /// from a patch, from the character written raw, or from an escape
        /// of it; a high surrogate's followed by a low one's is the pair, any
        /// other patch's is its surrogate's stand-in.
        private static func decoded(
            _ text: String, _ taken: ArraySlice<Patch>, bytes: Range<Int>, source: UnsafeBufferPointer<UInt8>
        ) -> String? {
            guard let open = source[bytes].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            var producers: [Patch?] = []  // each U+FFFD's source: a patch, or nil for one written so
            var patchIndex = taken.startIndex
            var offset = open + 1
            while offset < bytes.upperBound - 1 {
                if patchIndex < taken.endIndex, taken[patchIndex].byte == offset {
                    producers.append(taken[patchIndex])
                    offset += taken[patchIndex].length
                    patchIndex += 1
                } else if source[offset] == UInt8(ascii: "\\") {
                    if let (value, length) = unicodeEscape(at: offset, in: source) {
                        if value == 0xFFFD { producers.append(nil) }
                        offset += length
                    } else {
                        offset += 1 + Self.characterLength(at: offset + 1, in: source)
                    }
                } else {
                    if source[offset..<min(offset + 3, source.count)].elementsEqual([0xEF, 0xBF, 0xBD]) {
                        producers.append(nil)
                    }
                    offset += Self.characterLength(at: offset, in: source)
                }
            }
            guard patchIndex == taken.endIndex else { return nil }
            var scalars = String.UnicodeScalarView()
            var ordinal = 0
            var pendingHigh: Patch?  // a high surrogate's, held back for a low one's
            for scalar in text.unicodeScalars {
                guard scalar == "\u{FFFD}" else {
                    if let high = pendingHigh { scalars.append(high.standIn) }
                    pendingHigh = nil
                    scalars.append(scalar)
                    continue
                }
                guard ordinal < producers.count else { return nil }
                let producer = producers[ordinal]
                ordinal += 1
                if let high = pendingHigh, let low = producer, !low.isHigh,
                    let pair = Unicode.Scalar(0x10000 + ((UInt32(high.codeUnit) - 0xD800) << 10) + (UInt32(low.codeUnit) - 0xDC00))
                {
                    scalars.append(pair)
                    pendingHigh = nil
                    continue
                }
                if let high = pendingHigh { scalars.append(high.standIn) }
                pendingHigh = nil
                switch producer {
                case nil: scalars.append(scalar)
                case let patch? where patch.isHigh: pendingHigh = patch
                case let patch?: scalars.append(patch.standIn)
                }
            }
            if let high = pendingHigh { scalars.append(high.standIn) }
            guard ordinal == producers.count else { return nil }
            return String(scalars)
        }

        /// Any other scalar keeps a backslash as text, so each patched escape
        /// is in its text as patched, in order among the same spellings
        /// written as such (folding changes only blanks and line breaks).
        private static func literal(
            _ text: String, _ taken: ArraySlice<Patch>, bytes: Range<Int>, source: UnsafeBufferPointer<UInt8>
        ) -> String? {
            var written: [Patch?] = []  // each spelling of U+FFFD's escape in the source: a patch, or nil
            var patchIndex = taken.startIndex
            var offset = bytes.lowerBound
            while offset < bytes.upperBound {
                if patchIndex < taken.endIndex, taken[patchIndex].byte == offset {
                    written.append(taken[patchIndex])
                    offset += taken[patchIndex].length
                    patchIndex += 1
                } else if let length = Self.patchedSpelling(at: offset, in: source) {
                    written.append(nil)
                    offset += length
                } else {
                    offset += 1
                }
            }
            var utf8 = Array(text.utf8)
            var ordinal = 0
            var position = 0
            while position + 6 <= utf8.count {
                guard let spelled = Self.patchedSpelling(at: position, in: utf8) else {
                    position += 1
                    continue
                }
                guard ordinal < written.count else { return nil }
                if let patch = written[ordinal] {
                    utf8.replaceSubrange(position..<position + patch.length, with: source[patch.byte..<patch.byte + patch.length])
                }
                ordinal += 1
                position += spelled
            }
            guard ordinal == written.count else { return nil }
            return String(decoding: utf8, as: UTF8.self)
        }

        /// The length of U+FFFD's escape spelled as a patch spells it
        /// (`\uFFFD`, `\U0000FFFD`) at `position` of a text, if one is there.
        private static func patchedSpelling<Text: RandomAccessCollection<UInt8>>(
            at position: Int, in text: Text
        ) -> Int? where Text.Index == Int {
            guard text[position] == UInt8(ascii: "\\") else { return nil }
            for (letter, digits) in [(UInt8(ascii: "u"), "FFFD"), (UInt8(ascii: "U"), "0000FFFD")] {
                let end = position + 2 + digits.utf8.count
                if end <= text.endIndex, text[position + 1] == letter, text[position + 2..<end].elementsEqual(digits.utf8) {
                    return end - position
                }
            }
            return nil
        }

        /// The length of the UTF-8 character whose lead byte is at `offset` (1 past the end).
        private static func characterLength(at offset: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
            guard offset < source.count else { return 1 }
            switch source[offset] {
            case 0xF0...: return 4
            case 0xE0...: return 3
            case 0xC0...: return 2
            default: return 1
            }
        }
    }
}
