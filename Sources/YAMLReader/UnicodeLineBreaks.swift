import CYAML
import DocumentModel

/// NEL, LS and PS (U+0085, U+2028, U+2029) written raw inside a plain
/// scalar, which the AWS CLI's loader reads on past and libyaml does not.
///
/// ruamel.yaml (YAML 1.2) folds a plain scalar at them as at a line break
/// (NEL becomes a space, LS and PS stay, with the spaces around them
/// dropped), but does not start a new line there, so the scalar goes on:
/// `Value: v<LS>w` is `"v\u{2028}w"`. libyaml and PyYAML (YAML 1.1) start a
/// new line at column 1, where a block mapping's value cannot go on, and
/// refuse the document ("could not find expected ':'"). Such characters come
/// with text pasted from a word processor.
///
/// When a read fails, each of them in the segment is replaced by a character
/// of the same length that libyaml reads as text (`placeholder`). libyaml's
/// token scanner then tells which of them are inside a plain scalar: only
/// those stay replaced (elsewhere libyaml reads them as the AWS CLI does, or
/// both refuse), and the segment is read again. Each plain scalar that holds
/// one is read from its source as ruamel.yaml reads it, and carries PyYAML's
/// refusal (WF009). If one ends up anywhere else in the second read (a plain
/// scalar of the scan is not one of the parse), wflint does not read it as
/// the AWS CLI does: the second read fails there.
struct UnicodeLineBreaks {
    /// Eight bytes: where, and which character.
    struct Patch: BytePatch {
        private let start: UInt32
        /// The character's UTF-8 bytes after its lead byte (`0x85` for NEL,
        /// `0xA8` for LS, `0xA9` for PS, behind `C2` or `E2 80`).
        private let last: UInt8

        init(byte: Int, last: UInt8) {
            start = UInt32(clamping: byte)
            self.last = last
        }

        var byte: Int { Int(start) }
        var length: Int { last == 0x85 ? 2 : 3 }
        var name: String { last == 0x85 ? "U+0085" : last == 0xA8 ? "U+2028" : "U+2029" }
        /// What libyaml is given instead: U+00A0 for NEL, U+E000 or U+E001
        /// (private use) for LS and PS, each a character libyaml reads as
        /// text, of the same length.
        var placeholder: [UInt8] { last == 0x85 ? [0xC2, 0xA0] : [0xEE, 0x80, last == 0xA8 ? 0x80 : 0x81] }
    }

    /// The patches so far, in file order.
    private(set) var patches = BytePatches<Patch>()

    /// Every NEL, LS and PS in `range`.
    static func find(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Patch] {
        var found: [Patch] = []
        var offset = range.lowerBound
        while offset + 1 < range.upperBound {
            if let patch = patch(at: offset, in: text, before: range.upperBound) {
                found.append(patch)
                offset += patch.length
            } else {
                offset += 1
            }
        }
        return found
    }

    private static func patch(at offset: Int, in text: UnsafeBufferPointer<UInt8>, before end: Int) -> Patch? {
        if text[offset] == 0xC2, text[offset + 1] == 0x85 { return Patch(byte: offset, last: 0x85) }
        if text[offset] == 0xE2, offset + 2 < end, text[offset + 1] == 0x80, text[offset + 2] == 0xA8 || text[offset + 2] == 0xA9 {
            return Patch(byte: offset, last: text[offset + 2])
        }
        return nil
    }

    /// Of `found`, patched in `text`, those that libyaml's token scanner
    /// reads inside a plain scalar (up to where the scan stops, if it fails).
    static func inPlainScalars(_ found: [Patch], text: UnsafeBufferPointer<UInt8>, segment: Segment) -> [Patch] {
        var cursor = CharacterCursor(segment: segment, text: text)
        var kept: [Patch] = []
        var next = 0
        try? LibYAMLParser.withParser(over: UnsafeBufferPointer(rebasing: text[segment.bytes])) { parser in
            var token = yaml_token_t()
            while next < found.count, yaml_parser_scan(parser, &token) == 1 {
                defer { yaml_token_delete(&token) }
                if token.type == YAML_STREAM_END_TOKEN || token.type == YAML_NO_TOKEN { return }
                guard token.type == YAML_SCALAR_TOKEN else { continue }
                let start = cursor.byte(ofCharacter: segment.characterOrigin + token.start_mark.index, in: text)
                let end = cursor.byte(ofCharacter: segment.characterOrigin + token.end_mark.index, in: text)
                while next < found.count, found[next].byte < start { next += 1 }
                while next < found.count, found[next].byte < end {
                    if token.data.scalar.style == YAML_PLAIN_SCALAR_STYLE { kept.append(found[next]) }
                    next += 1
                }
            }
        }
        return kept
    }

    /// The patches of `found` not in `kept`, a subsequence of it (one pass: both are in file order).
    static func leavingOut(_ kept: [Patch], from found: [Patch]) -> [Patch] {
        var next = 0
        return found.filter { patch in
            guard next < kept.count, kept[next].byte == patch.byte else { return true }
            next += 1
            return false
        }
    }

    mutating func add(_ found: [Patch]) {
        patches.add(found)
    }

    /// Takes back `found`, the patches added last.
    mutating func remove(_ found: [Patch]) {
        patches.removeLast(found.count)
    }

    func restorer(from byteOrigin: Int) -> Restorer {
        Restorer(patches: patches.cursor(from: byteOrigin))
    }

    /// Reads each plain scalar that holds a patch from its source, in file order.
    struct Restorer {
        var patches: BytePatches<Patch>.Cursor

        /// Whether no patch is left: its scalars skip `restore`.
        var isDone: Bool { patches.isDone }

        static let cannotRead = "the AWS CLI's YAML loader reads this character as text, which wflint cannot read here"

        /// A patch before `offset` that no plain scalar took.
        func checkAllTaken(before offset: Int, lines: LineIndex) throws(SyntaxError) {
            guard let untaken = patches.first(before: offset) else { return }
            throw SyntaxError(message: Self.cannotRead, position: lines.position(byteOffset: untaken.byte))
        }

        /// The plain scalar whose text (its properties left out,
        /// `ScalarText.start`) is `text` as ruamel.yaml reads it, when it
        /// holds a patch; a scalar of another style that holds one, or one
        /// ruamel.yaml would read as more than a scalar, cannot be read.
        mutating func restore(
            text: Range<Int>, isPlain: Bool, lines: LineIndex
        ) throws(SyntaxError) -> RestoredScalar? {
            try checkAllTaken(before: text.lowerBound, lines: lines)
            guard let first = patches.take(before: text.upperBound).first else { return nil }
            guard isPlain, let folded = Self.folded(lines.bytes[text]) else {
                throw SyntaxError(message: Self.cannotRead, position: lines.position(byteOffset: first.byte))
            }
            // Only a character before a word changes the reading: one at the end is dropped by both.
            let pyyaml = folded.joinsAtUnicodeBreak
                ? PyYAMLReading.unloadable("it reads \(first.name) as a line break, which ends the line there") : nil
            return RestoredScalar(text: folded.text, pyyaml: pyyaml)
        }

        /// A plain scalar's text as ruamel.yaml's `scan_plain` reads it from
        /// its source: words joined by their separators, where a separator
        /// that holds a line break is that break (LF, CR LF, CR and NEL are
        /// `\n`; LS and PS themselves) followed by any further breaks, the
        /// spaces around dropped; a single `\n` alone is a space. Separators
        /// before the first word and after the last are no part of it.
        /// `joinsAtUnicodeBreak`: whether a separator before a word holds NEL,
        /// LS or PS (where PyYAML starts a new line); one after the last word
        /// changes nothing. Nil where ruamel.yaml reads more than this scalar:
        /// a tab (which ends it), and a `#` (a comment) or a document marker
        /// (`---`, `...`) after a line break, unless the comment ends the text.
        static func folded(_ source: Slice<UnsafeBufferPointer<UInt8>>) -> (text: String, joinsAtUnicodeBreak: Bool)? {
            var out: [UInt8] = []
            var joinsAtUnicodeBreak = false
            var offset = source.startIndex
            var separator: [UInt8] = []
            var separatorHasUnicodeBreak = false
            while offset < source.endIndex {
                var spaces = 0
                while offset < source.endIndex, source[offset] == UInt8(ascii: " ") {
                    spaces += 1
                    offset += 1
                }
                if offset < source.endIndex, let (first, length) = lineBreak(at: offset, in: source) {
                    separatorHasUnicodeBreak = length > 1 && !(length == 2 && source[offset] == 0x0D)
                    offset += length
                    var breaks: [UInt8] = []
                    while offset < source.endIndex {
                        if source[offset] == UInt8(ascii: " ") {
                            offset += 1
                        } else if let (next, length) = lineBreak(at: offset, in: source) {
                            separatorHasUnicodeBreak = separatorHasUnicodeBreak || (length > 1 && source[offset] != 0x0D)
                            breaks += next
                            offset += length
                        } else {
                            break
                        }
                    }
                    separator = (first == [0x0A] ? (breaks.isEmpty ? [0x20] : []) : first) + breaks
                    if startsCommentOrMarker(at: offset, in: source) {
                        // The rest is a comment to ruamel.yaml: fine if nothing follows it in the text.
                        return isComment(from: offset, in: source) ? (String(decoding: out, as: UTF8.self), joinsAtUnicodeBreak) : nil
                    }
                } else if spaces > 0 {
                    separator = Array(repeating: UInt8(ascii: " "), count: spaces)
                    separatorHasUnicodeBreak = false
                }
                let wordStart = offset
                while offset < source.endIndex, source[offset] != UInt8(ascii: " "), lineBreak(at: offset, in: source) == nil {
                    if source[offset] == UInt8(ascii: "\t") { return nil }
                    offset += 1
                }
                guard offset > wordStart else { continue }
                if !out.isEmpty { out += separator }
                // Before a word (the first too: PyYAML starts a new line there), not after the last.
                joinsAtUnicodeBreak = joinsAtUnicodeBreak || separatorHasUnicodeBreak
                out += source[wordStart..<offset]
                separator = []
                separatorHasUnicodeBreak = false
            }
            return (String(decoding: out, as: UTF8.self), joinsAtUnicodeBreak)
        }

        /// Whether a comment (`#`) or a document marker starts at `offset`, just after a line break.
        private static func startsCommentOrMarker(at offset: Int, in source: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            guard offset < source.endIndex else { return false }
            if source[offset] == UInt8(ascii: "#") { return true }
            for marker in ["---", "..."] where source[offset...].starts(with: marker.utf8) {
                let next = offset + 3
                if next >= source.endIndex || source[next] == 0x20 || source[next] == 0x09 || lineBreak(at: next, in: source) != nil {
                    return true
                }
            }
            return false
        }

        /// Whether `offset` starts a comment that runs to the end of the text
        /// (ruamel.yaml ends a comment at any line break, NEL, LS and PS too).
        private static func isComment(from offset: Int, in source: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            guard source[offset] == UInt8(ascii: "#") else { return false }
            return !source[offset...].indices.contains { lineBreak(at: $0, in: source) != nil }
        }

        /// The line break at `offset` as ruamel.yaml's `scan_line_break`
        /// returns it, and its length in bytes.
        private static func lineBreak(
            at offset: Int, in source: Slice<UnsafeBufferPointer<UInt8>>
        ) -> (text: [UInt8], length: Int)? {
            let end = source.endIndex
            switch source[offset] {
            case 0x0A: return ([0x0A], 1)
            case 0x0D: return ([0x0A], offset + 1 < end && source[offset + 1] == 0x0A ? 2 : 1)
            case 0xC2 where offset + 1 < end && source[offset + 1] == 0x85: return ([0x0A], 2)
            case 0xE2 where offset + 2 < end && source[offset + 1] == 0x80 && (source[offset + 2] == 0xA8 || source[offset + 2] == 0xA9):
                return (Array(source[offset..<offset + 3]), 3)
            default: return nil
            }
        }
    }
}
