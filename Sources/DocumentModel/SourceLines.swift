/// The lines of a source text, for excerpts under a finding and for converting
/// a scalar column into the UTF-16 column that SARIF viewers and editors count.
public struct SourceLines: Sendable {
    /// Each line without its terminator (`\n`, `\r\n` or `\r`).
    public let lines: [Substring]

    public init(_ text: String) {
        var lines: [Substring] = []
        var lineStart = text.startIndex
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let ch = scalars[index]
            if ch == "\n" || ch == "\r" {
                lines.append(text[lineStart..<index])
                var next = scalars.index(after: index)
                if ch == "\r", next < text.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                index = next
                lineStart = next
            } else {
                index = scalars.index(after: index)
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
        var utf16 = 1
        for (offset, scalar) in text.unicodeScalars.enumerated() where offset < column - 1 {
            utf16 += scalar.utf16.count
        }
        // Past the end of the line (an end position after the last character).
        let overshoot = column - 1 - text.unicodeScalars.count
        return utf16 + max(0, overshoot)
    }
}
