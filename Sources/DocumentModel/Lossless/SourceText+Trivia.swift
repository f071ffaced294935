/// What lies between the tokens of a source: blanks, line breaks and comments.
/// The edit queries step over it to find an entry's indicator (`-`, `?`) and
/// separator (`,`), and the end of its line.
extension SourceText {
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    static func isBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The offset past the blanks, line breaks and comments from `offset`, up to `limit`.
    func skippingTrivia(from offset: Int, limit: Int) -> Int {
        var offset = offset
        while offset < min(limit, bytes.count) {
            let byte = bytes[offset]
            if Self.isBlank(byte) || Self.isBreak(byte) {
                offset += 1
            } else if byte == UInt8(ascii: "#"), let comment = comment(startingAt: offset) {
                offset = comment.end
            } else {
                break
            }
        }
        return offset
    }

    /// The offset before the blanks, line breaks and comments that end at `offset`.
    func skippingTriviaBackward(from offset: Int) -> Int {
        var offset = offset
        let floor = Self.firstLineStart(of: bytes)
        while offset > floor {
            if Self.isBlank(bytes[offset - 1]) || Self.isBreak(bytes[offset - 1]) {
                offset -= 1
            } else if let comment = comment(endingAt: offset) {
                offset = comment.start
            } else {
                break
            }
        }
        return offset
    }

    /// Whether only blanks stand between the start of its line and `offset`.
    func startsItsLine(_ offset: Int) -> Bool {
        bytes[lineStart(ofByte: offset)..<offset].allSatisfy(Self.isBlank)
    }

    /// Past the blanks, the comment and the line break (CR LF as one) that
    /// follow `offset` on its line, as many of them as there are.
    func endOfLine(after offset: Int) -> Int {
        var offset = offset
        while offset < bytes.count, Self.isBlank(bytes[offset]) { offset += 1 }
        if let comment = comment(startingAt: offset) { offset = comment.end }
        guard offset < bytes.count else { return offset }
        if bytes[offset] == UInt8(ascii: "\r") {
            return offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n") ? offset + 2 : offset + 1
        }
        return bytes[offset] == UInt8(ascii: "\n") ? offset + 1 : offset
    }

    /// Where the node's own text starts: past its anchor and tag, and the
    /// blanks, breaks and comments after them.
    func contentStart(of node: Node) -> Int {
        let range = node.bytes
        var offset = range.start
        while offset < range.end, bytes[offset] == UInt8(ascii: "&") || bytes[offset] == UInt8(ascii: "!") {
            while offset < range.end, !Self.isBlank(bytes[offset]), !Self.isBreak(bytes[offset]) { offset += 1 }
            offset = skippingTrivia(from: offset, limit: range.end)
        }
        return offset
    }
}
