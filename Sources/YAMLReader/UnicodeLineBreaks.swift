import CYAML
import DocumentModel

/// NEL, LS and PS (U+0085, U+2028, U+2029) written raw, which the AWS CLI's
/// loader reads as characters of their line and libyaml as line breaks.
///
/// ruamel.yaml (YAML 1.2) reads them as line breaks where it looks for one
/// (between tokens, and inside a plain scalar, which it folds there: NEL
/// becomes a space, LS and PS stay, with the spaces around them dropped),
/// but its reader does not start a new line at them: the column goes on.
/// So `Value: v<LS>w` is `"v\u{2028}w"`, `Key:<LS>value` a pair, and an LS
/// before what would start a line (`k: v<LS>n: w`) puts it further along
/// the same line, where a plain scalar goes on or a key cannot start.
/// libyaml and PyYAML (YAML 1.1) start a new line at column 1 there. Such
/// characters come with text pasted from a word processor.
///
/// Every one of a segment is replaced by as many spaces as it has bytes
/// (`Patch.replacement`), which libyaml reads as ruamel.yaml reads the
/// character between tokens (the offsets stay; a column counts each space,
/// which `LineIndex` counts back as one), except where `readAsWritten`
/// keeps it as written: where libyaml already reads it as the AWS CLI does
/// (inside a quoted or block scalar or a comment, after a block scalar's
/// header), or both refuse, or a space would be read otherwise (after an
/// anchor, an alias or a tag, before a block entry or key on a line a
/// token starts). Each plain scalar that then holds one is read from the
/// source as ruamel.yaml folds it (`Restorer`). Where PyYAML refused the
/// segment as written, or a plain scalar joins words at one, the scalar
/// carries PyYAML's reading (WF009). A space is more columns than the
/// character's one: where that decides the structure (a line's
/// indentation), wflint reads otherwise than the AWS CLI (docs/yaml.md).
struct UnicodeLineBreaks {
    /// Eight bytes: where, which character, and how PyYAML reads it.
    struct Patch: BytePatch {
        private let start: UInt32
        /// The character's UTF-8 bytes after its lead byte (`0x85` for NEL,
        /// `0xA8` for LS, `0xA9` for PS, behind `C2` or `E2 80`).
        private let last: UInt8
        var pyyaml: PyYAMLView

        init(byte: Int, last: UInt8, pyyaml: PyYAMLView) {
            start = UInt32(clamping: byte)
            self.last = last
            self.pyyaml = pyyaml
        }

        var byte: Int { Int(start) }
        var length: Int { last == 0x85 ? 2 : 3 }
        var name: String { last == 0x85 ? "U+0085" : last == 0xA8 ? "U+2028" : "U+2029" }
        /// What libyaml is given instead: a space for each byte.
        var replacement: [UInt8] { Array(repeating: UInt8(ascii: " "), count: length) }
        var widening: LineIndex.Widening { LineIndex.Widening(byte: byte, width: length) }
        /// Why PyYAML reads a plain scalar that holds it otherwise.
        var pyyamlReason: String { "it reads \(name) as a line break, which ends the line there" }
        /// PyYAML's refusal of it between tokens, told to the scalar after it.
        var lineBreakBefore: PyYAMLReading {
            .lineBreakBefore(character: name, bytes: ByteRange(start: byte, end: byte + length))
        }
    }

    /// How PyYAML (libyaml's reading, YAML 1.1) reads the text around a patch.
    enum PyYAMLView: UInt8 {
        /// It refuses the segment there: the last character before where it stops.
        case refuses
        /// It reads the character inside a plain scalar, which it folds as ruamel.yaml does.
        case foldsAlike
        /// It reads the character as a line break outside a plain scalar, or one that ends there.
        case breaksTheLine
        /// It stops before the character (it refuses the segment).
        case unread
    }

    /// The patches so far, in file order.
    private(set) var patches = BytePatches<Patch>()

    /// Every NEL, LS and PS in `range`.
    static func find(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Patch] {
        var found: [Patch] = []
        var offset = range.lowerBound
        while offset + 1 < range.upperBound {
            if let length = LineTable.unicodeLineBreakLength(at: offset, in: text, before: range.upperBound) {
                found.append(Patch(byte: offset, last: text[offset + length - 1], pyyaml: .breaksTheLine))
                offset += length
            } else {
                offset += 1
            }
        }
        return found
    }

    /// `found`, each read by PyYAML as the text as written (`text`) has it:
    /// inside a plain scalar of libyaml's token scanner, or elsewhere; when
    /// libyaml refused the text at byte `refusedAt`, the last one before
    /// that is where PyYAML refuses it, and those after go unread.
    static func readByPyYAML(
        _ found: [Patch], text: UnsafeBufferPointer<UInt8>, segment: Segment, refusedAt: Int?
    ) -> [Patch] {
        var found = found
        if let refusedAt {
            let stop = found.partitionPoint { $0.byte < refusedAt }
            for index in stop..<found.count { found[index].pyyaml = .unread }
            if stop > 0 { found[stop - 1].pyyaml = .refuses }
        }
        var next = 0
        scanTokens(text, segment: segment) { token, start, end in
            while next < found.count, found[next].byte < start { next += 1 }
            while next < found.count, found[next].byte < end {
                if token.type == YAML_SCALAR_TOKEN && token.data.scalar.style == YAML_PLAIN_SCALAR_STYLE
                    && found[next].pyyaml == .breaksTheLine
                {
                    found[next].pyyaml = .foldsAlike
                }
                next += 1
            }
            return next < found.count
        }
        return found
    }

    /// Calls `body` with each token libyaml's scanner reads from `segment`
    /// of `text` and its byte range, while `body` returns true and until the
    /// stream ends or the scan fails; whether it failed.
    @discardableResult
    private static func scanTokens(
        _ text: UnsafeBufferPointer<UInt8>, segment: Segment, _ body: (yaml_token_t, Int, Int) -> Bool
    ) -> Bool {
        var cursor = CharacterCursor(segment: segment, text: text)
        var failed = false
        try? LibYAMLParser.withParser(over: UnsafeBufferPointer(rebasing: text[segment.bytes])) { parser in
            var token = yaml_token_t()
            while true {
                guard yaml_parser_scan(parser, &token) == 1 else { return failed = true }
                defer { yaml_token_delete(&token) }
                if token.type == YAML_STREAM_END_TOKEN || token.type == YAML_NO_TOKEN { return }
                let start = cursor.byte(ofCharacter: segment.characterOrigin + token.start_mark.index, in: text)
                let end = cursor.byte(ofCharacter: segment.characterOrigin + token.end_mark.index, in: text)
                guard body(token, start, end) else { return }
            }
        }
        return failed
    }

    /// Of `found`, given as spaces in `text`, those that stay as written,
    /// where libyaml reads them as the AWS CLI does, or both refuse, or a
    /// space would not be read as the AWS CLI reads the character: as
    /// libyaml's token scanner finds them,
    /// - inside a token other than a plain scalar (a quoted or block
    ///   scalar, a directive);
    /// - in a comment, also after where the scan stops;
    /// - right after an anchor, an alias or a tag, whose name the AWS CLI
    ///   reads on past the character (`AnchorNames` says so), or on the
    ///   line of a `---`, after which the AWS CLI reads a new line;
    /// - before a block collection's entry or key that a token before it on
    ///   its line: a space is more columns than the character's one there,
    ///   and after a line break, unlike a space, a block entry may start.
    static func readAsWritten(_ found: [Patch], text: UnsafeBufferPointer<UInt8>, segment: Segment) -> [Patch] {
        var asWritten: [Patch] = []
        var next = 0
        // Read forward once: a gap of many such characters is not read again for each.
        var gap = GapReader(text: text, from: segment.bytes.lowerBound)
        var header = BlockScalarHeaders(text: text)
        var previous: yaml_token_type_t?
        let failed = scanTokens(text, segment: segment) { token, start, end in
            let afterName = previous == YAML_ANCHOR_TOKEN || previous == YAML_ALIAS_TOKEN || previous == YAML_TAG_TOKEN
            // A key after `key:` on one line: to the AWS CLI a mapping in the mapping.
            let opensBlock = next < found.count && found[next].byte < start
                && ([YAML_BLOCK_MAPPING_START_TOKEN, YAML_BLOCK_SEQUENCE_START_TOKEN, YAML_BLOCK_ENTRY_TOKEN, YAML_KEY_TOKEN]
                    .contains(token.type)
                    || (previous == YAML_VALUE_TOKEN && token.type == YAML_SCALAR_TOKEN
                        && isFollowedByColon(end, in: text, before: segment.bytes.upperBound)))
            while next < found.count, found[next].byte < start {
                let byte = found[next].byte
                gap.read(upTo: byte)
                let afterToken = previous != nil && !gap.holdsLineStart
                if gap.isInComment || (afterName && byte == gap.start)
                    || (afterToken && (previous == YAML_DOCUMENT_START_TOKEN || opensBlock))
                {
                    asWritten.append(found[next])
                }
                next += 1
            }
            let isPlain = token.type == YAML_SCALAR_TOKEN && token.data.scalar.style == YAML_PLAIN_SCALAR_STYLE
            while next < found.count, found[next].byte < end {
                if !isPlain { asWritten.append(found[next]) }
                next += 1
            }
            if token.type != YAML_STREAM_START_TOKEN { previous = token.type }
            if end > gap.start { gap = GapReader(text: text, from: end) }
            return next < found.count
        }
        // After where the scan stopped: also after a block scalar's header,
        // and after the last token on its line when the scan failed there,
        // where the space made the text one libyaml refuses (`>-<LS>text` is
        // a block scalar's first line to the AWS CLI; `---<LS>- a` a list).
        for patch in found[next...] {
            gap.read(upTo: patch.byte)
            if gap.isInComment || header.ends(before: patch) || (failed && !gap.holdsLineStart) { asWritten.append(patch) }
        }
        return asWritten
    }

    /// What lies between two tokens, from the first one's end, read forward
    /// up to each patch in turn: whether a line starts in it (or at its
    /// start, after a token that ends with its line, as a block scalar
    /// does) with nothing but spaces after, and whether a `#` after that
    /// starts a comment the patch is in.
    private struct GapReader {
        let text: UnsafeBufferPointer<UInt8>
        let start: Int
        private var position: Int
        private var lastBreak: Int?
        private var lastHash: Int?

        init(text: UnsafeBufferPointer<UInt8>, from start: Int) {
            self.text = text
            self.start = start
            position = start
            if start > 0, text[start - 1] == UInt8(ascii: "\n") || text[start - 1] == UInt8(ascii: "\r") { lastBreak = start - 1 }
        }

        mutating func read(upTo offset: Int) {
            while position < offset {
                switch text[position] {
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"): lastBreak = position
                case UInt8(ascii: "#"): lastHash = position
                default: break
                }
                position += 1
            }
        }

        /// Whether no token stands before the offset read up to on its line.
        var holdsLineStart: Bool { lastBreak != nil }

        /// Whether the offset read up to is in a comment.
        var isInComment: Bool {
            guard let hash = lastHash else { return false }
            return lastBreak.map { hash > $0 } ?? true
        }
    }

    /// Whether a block scalar's header (`|`, `>-`, `|2+`) ends the text
    /// before a patch on its line, spaces aside; a patch right after
    /// another has its answer, so that a run of them is read once.
    private struct BlockScalarHeaders {
        let text: UnsafeBufferPointer<UInt8>
        private var last: (end: Int, answer: Bool)?

        init(text: UnsafeBufferPointer<UInt8>) { self.text = text }

        mutating func ends(before patch: Patch) -> Bool {
            var index = patch.byte
            while index > 0, text[index - 1] == UInt8(ascii: " ") {
                if let last, last.end == index { return remember(patch, last.answer) }
                index -= 1
            }
            while index > 0, text[index - 1] == UInt8(ascii: "-") || text[index - 1] == UInt8(ascii: "+")
                || (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(text[index - 1])
            {
                index -= 1
            }
            guard index > 0, text[index - 1] == UInt8(ascii: "|") || text[index - 1] == UInt8(ascii: ">") else {
                return remember(patch, false)
            }
            return remember(patch, index == 1 || text[index - 2] == UInt8(ascii: " ") || text[index - 2] == UInt8(ascii: "\n"))
        }

        private mutating func remember(_ patch: Patch, _ answer: Bool) -> Bool {
            last = (patch.byte + patch.length, answer)
            return answer
        }
    }

    /// Whether a `:` follows byte `offset` on its line, spaces aside.
    private static func isFollowedByColon(_ offset: Int, in text: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        var index = offset
        while index < end, text[index] == UInt8(ascii: " ") { index += 1 }
        return index < end && text[index] == UInt8(ascii: ":")
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

    /// What `LineIndex` counts back: every patch, as spaces.
    var widenings: [LineIndex.Widening] { patches.all.map(\.widening) }

    /// The patches from `byteOrigin` on, for a read of `source` (the input as written) that starts there.
    func restorer(from byteOrigin: Int, source: UnsafeBufferPointer<UInt8>) -> Restorer {
        Restorer(patches: patches.cursor(from: byteOrigin), source: source)
    }

    /// Reads each plain scalar that holds a patch from its source, in file
    /// order, and tells PyYAML's refusal of a patch between tokens to the
    /// scalar after it.
    struct Restorer {
        private var patches: BytePatches<Patch>.Cursor
        /// The input as written, which the folds read.
        let source: UnsafeBufferPointer<UInt8>
        /// A patch between tokens, of a segment PyYAML refused, that no scalar has told of yet.
        private var refusalBefore: Patch?
        /// Whether nothing is left to do: its scalars skip `restore`. Stored:
        /// every event of every read asks.
        private(set) var isDone: Bool

        init(patches: BytePatches<Patch>.Cursor, source: UnsafeBufferPointer<UInt8>) {
            self.patches = patches
            self.source = source
            isDone = patches.isDone
        }

        static let cannotRead = "the AWS CLI's YAML loader reads this character as text, which wflint cannot read here"

        /// Passes the patches before `offset`, which lie between tokens:
        /// libyaml read their spaces as ruamel.yaml reads the characters.
        mutating func pass(before offset: Int) {
            for patch in patches.take(before: offset) where patch.pyyaml == .refuses && refusalBefore == nil {
                refusalBefore = patch
            }
            isDone = patches.isDone && refusalBefore == nil
        }

        /// What the AWS CLI and PyYAML read of the scalar whose text (its
        /// properties left out, `ScalarText.start`) is `text`: for a plain
        /// scalar that holds a patch, its text as ruamel.yaml folds it; and
        /// PyYAML's reading, where it refuses or reads otherwise. Nil when
        /// neither changes. A scalar of another style that holds a patch, or
        /// one ruamel.yaml would read as more than a scalar, cannot be read.
        /// A refusal between tokens goes to the next scalar that is no
        /// mapping's key (`isKey`): WF009 is told of values.
        mutating func restore(
            text: Range<Int>, isPlain: Bool, isKey: Bool, lines: LineIndex
        ) throws(SyntaxError) -> (text: String?, pyyaml: PyYAMLReading?)? {
            pass(before: text.lowerBound)
            let refused = isKey ? nil : refusalBefore
            if !isKey { refusalBefore = nil }
            let inside = patches.take(before: text.upperBound)
            isDone = patches.isDone && refusalBefore == nil
            guard let first = inside.first else {
                return refused.map { (nil, $0.lineBreakBefore) }
            }
            guard isPlain, let folded = Self.folded(source[text]) else {
                throw SyntaxError(message: Self.cannotRead, position: lines.position(byteOffset: first.byte))
            }
            // Only a character before a word changes the reading: one at the end is dropped by both.
            // Of several, the one PyYAML reads furthest from the AWS CLI tells (unread: PyYAML
            // stops before it, and would refuse the scalar there too).
            let pyyaml: PyYAMLReading? =
                if let refused { refused.lineBreakBefore }
                else if !folded.joinsAtUnicodeBreak { nil }
                else if let refusing = inside.first(where: { $0.pyyaml == .refuses || $0.pyyaml == .unread }) {
                    .unloadable(refusing.pyyamlReason)
                } else if let breaking = inside.first(where: { $0.pyyaml == .breaksTheLine }) {
                    .misread(breaking.pyyamlReason)
                } else { nil }
            return (folded.text, pyyaml)
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
