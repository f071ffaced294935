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

    mutating func openFlow(at index: Int) { openFlows.append(index) }

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
