/// The lines of a source text, for excerpts under a finding and for converting
/// a scalar column into the UTF-16 column that SARIF viewers and editors count.
public struct SourceLines: Sendable {
    /// Each line without its terminator (`\n`, `\r\n` or `\r`).
    public let lines: [Substring]

    public init(_ text: String) {
        // Line ends are ASCII bytes, which never occur inside a multi-byte
        // UTF-8 sequence, so the split works on bytes (a 50 MB line in a
        // fraction of the time scalar by scalar would take).
        var lines: [Substring] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(text[lineStart..<index])
                var next = utf8.index(after: index)
                if byte == UInt8(ascii: "\r"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "\n") {
                    next = utf8.index(after: next)
                }
                index = next
                lineStart = next
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(text[lineStart..<text.endIndex])
        self.lines = lines
    }

    /// The lines of a file's bytes as the readers see them: UTF-8, with a
    /// leading byte-order mark dropped (the readers skip it and do not count
    /// it as a column, so excerpts must not show it either).
    public init(utf8 bytes: [UInt8]) {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.init(String(decoding: hasBOM ? bytes[3...] : bytes[...], as: UTF8.self))
    }

    /// Line `number` (1-based), or nil past the end.
    public func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The UTF-16 column of a scalar column on `line`: characters outside the
    /// Basic Multilingual Plane count twice.
    public func utf16Column(line number: Int, column: Int) -> Int {
        guard let text = line(number) else { return column }
        // Up to an ASCII column, characters and UTF-16 units are one to one.
        let asciiPrefix = text.utf8.withContiguousStorageIfAvailable { bytes in
            column - 1 <= bytes.count && bytes.prefix(column - 1).allSatisfy { $0 < 0x80 }
        }
        if asciiPrefix == true { return column }
        var utf16 = 1
        var counted = 0
        for scalar in text.unicodeScalars {
            guard counted < column - 1 else { break }
            utf16 += scalar.utf16.count
            counted += 1
        }
        // Past the end of the line (an end position after the last character).
        return utf16 + max(0, column - 1 - counted)
    }
}
