import DocumentModel

/// Where a document may hold a tab, as the AWS CLI's loader (ruamel.yaml)
/// reads YAML: inside a quoted or block scalar, anywhere in a flow
/// collection, and in a comment. Anywhere else in block context (after a
/// value, before a comment, after `key:`, inside a plain scalar, on an
/// otherwise blank line) ruamel.yaml and PyYAML both stop with "found
/// character '\t' that cannot start any token"; libyaml reads it as white
/// space, so wflint checks it here (issue 10: verdicts as the AWS CLI's).
///
/// Everything is in libyaml's character indexes, so the check is one forward
/// pass over each document of a file that holds a tab (and none in a file
/// that does not): a hostile 16 MiB line of tabs costs a scan, not a square.
struct TabPlacement {
    /// Whether the file has a tab at all: most have none, and skip the pass.
    private let fileHasTabs: Bool
    /// Character ranges of quoted and block scalars and flow collections.
    private var tolerant: [Range<Int>] = []
    private var openFlows: [Int] = []
    private var startByte = 0
    private var startIndex = 0

    init(_ lines: LineIndex) {
        fileHasTabs = lines.containsTab
    }

    mutating func startDocument(atByte byte: Int, index: Int) {
        tolerant.removeAll(keepingCapacity: true)
        openFlows.removeAll(keepingCapacity: true)
        startByte = byte
        startIndex = index
    }

    mutating func allowTabs(from start: Int, to end: Int) {
        if start < end { tolerant.append(start..<end) }
    }

    /// Tabs are taken in a quoted or block scalar's text, or a flow
    /// collection, from where its own text starts (`textStart`) to `end`.
    mutating func allowTabs(in event: EventText, to end: Int, lines: LineIndex) {
        allowTabs(from: textStart(of: event, lines: lines), to: end)
    }

    mutating func openFlow(_ event: EventText, lines: LineIndex) { openFlows.append(textStart(of: event, lines: lines)) }

    /// The character index where a node's own text starts: after its anchor,
    /// its tag and the blanks after them (`ScalarText.start`; a block
    /// scalar's on the line after its header), where a tab is one both
    /// loaders refuse (`&a<TAB>"x"`, `!!map<TAB>{...}`); the event's start
    /// in a file without a tab (no scan).
    private func textStart(of event: EventText, lines: LineIndex) -> Int {
        guard fileHasTabs else { return event.index }
        let text = ScalarText.start(of: event.bytes, in: lines.bytes)
        return event.index + lines.bytes[event.bytes.lowerBound..<text].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The error for a tab right after a node's tag (`!!str<TAB>"x"`),
    /// which both loaders refuse anywhere, in a flow collection too ("while
    /// scanning a tag: expected ' ', but found '\t'"): a flow collection
    /// takes tabs between its tokens, but a tag must end at a space.
    func tabAfterTag(in event: Range<Int>, lines: LineIndex) -> SyntaxError? {
        guard fileHasTabs else { return nil }
        let bytes = lines.bytes
        var offset = event.lowerBound
        while offset < event.upperBound {
            switch bytes[offset] {
            case UInt8(ascii: "!"), UInt8(ascii: "&"):
                let isTag = bytes[offset] == UInt8(ascii: "!")
                // Past the event's end too: an empty node's event ends with its tag (`[!!str<TAB>]`).
                while offset < bytes.count, ![0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]),
                    offset < event.upperBound || !",]}".utf8.contains(bytes[offset])
                {
                    offset += 1
                }
                if isTag, offset < bytes.count, bytes[offset] == 0x09 { return Self.refusedTab(at: offset, lines: lines) }
            case 0x20, 0x09, 0x0A, 0x0D:
                offset += 1
            case UInt8(ascii: "#"):
                while offset < event.upperBound, bytes[offset] != 0x0A, bytes[offset] != 0x0D { offset += 1 }
            default:
                return nil
            }
        }
        return nil
    }

    /// The error for a tab inside a plain scalar of a flow collection
    /// (`{NextToken: a<TAB>b}`, or at the start of its next line): libyaml
    /// reads one scalar, `a<TAB>b`, but ruamel.yaml ends the scalar at the tab
    /// and then refuses the second one where a `,` must come ("expected ','
    /// or '}', but got '<scalar>'"), and PyYAML refuses the tab itself. Before
    /// or after the scalar (`{a: <TAB>b<TAB>}`) a tab is a blank to all three.
    @inline(__always)  // called for every plain scalar, nearly always in a file without a tab
    func tabInPlainScalar(_ event: Range<Int>, lines: LineIndex) -> SyntaxError? {
        guard fileHasTabs, !openFlows.isEmpty else { return nil }
        return firstTab(inPlainScalar: event, lines: lines)
    }

    private func firstTab(inPlainScalar event: Range<Int>, lines: LineIndex) -> SyntaxError? {
        let bytes = lines.bytes
        let text = ScalarText.start(of: event, in: bytes)
        guard let tab = bytes[text..<event.upperBound].firstIndex(of: 0x09) else { return nil }
        return SyntaxError(
            message: "a tab inside a plain scalar in a flow collection ends the scalar for the AWS CLI's YAML loader, "
                + "which then refuses the text after it (expected ',' but got a scalar), and PyYAML refuses the tab; "
                + "quote the value, or use spaces",
            position: lines.position(byteOffset: tab))
    }

    /// An event's bytes, and the character index it starts at.
    struct EventText {
        let bytes: Range<Int>
        let index: Int
    }

    /// The character index of the end of the line `byte` is on: after an
    /// explicit document end (`...`), the loaders read the rest of its line,
    /// a tab there included, which libyaml's document ends before.
    func endOfLine(fromByte byte: Int, index: Int, lines: LineIndex) -> Int {
        guard fileHasTabs else { return index }
        let bytes = lines.bytes
        var offset = byte
        var index = index
        while offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
            if bytes[offset] & 0xC0 != 0x80 { index += 1 }
            offset += 1
        }
        return index
    }

    mutating func closeFlow(at index: Int) {
        if let start = openFlows.popLast() { allowTabs(from: start, to: index) }
    }

    /// The error for a tab at byte `offset` that both loaders refuse.
    static func refusedTab(at offset: Int, lines: LineIndex) -> SyntaxError {
        SyntaxError(
            message: "a tab here cannot be read by the AWS CLI's YAML loader, nor by PyYAML "
                + "(found character '\\t' that cannot start any token); use spaces",
            position: lines.position(byteOffset: offset))
    }

    /// The first tab of the document, up to character `endIndex`, that the
    /// AWS CLI refuses.
    func firstRefusedTab(endingAt endIndex: Int, lines: LineIndex) -> SyntaxError? {
        guard fileHasTabs else { return nil }
        let bytes = lines.bytes
        let sorted = tolerant.sorted { $0.lowerBound < $1.lowerBound }
        var next = 0  // the first range not yet begun
        var coveredUntil = Int.min  // the furthest end of the ranges begun
        var index = startIndex
        var inComment = false
        var previous: UInt8 = UInt8(ascii: "\n")
        var offset = startByte - 1
        while offset + 1 < bytes.count, index < endIndex {
            offset += 1
            let byte = bytes[offset]
            if byte & 0xC0 == 0x80 { continue }  // a UTF-8 continuation byte is no character
            while next < sorted.count, sorted[next].lowerBound <= index {
                coveredUntil = max(coveredUntil, sorted[next].upperBound)
                next += 1
            }
            let tolerated = index < coveredUntil
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): inComment = false
            case UInt8(ascii: "#") where !tolerated && (previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t")
                || previous == UInt8(ascii: "\n") || previous == UInt8(ascii: "\r")):
                inComment = true
            case UInt8(ascii: "\t") where !tolerated && !inComment:
                return Self.refusedTab(at: offset, lines: lines)
            default: break
            }
            previous = byte
            index += 1
        }
        return nil
    }
}
