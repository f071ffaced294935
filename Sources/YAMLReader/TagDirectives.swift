import DocumentModel

/// A bound on the `%TAG` directives before one document.
///
/// libyaml compares each `%TAG` directive's handle with those before it in
/// the same prologue (a repeated handle is an error), so the directives cost
/// the square of their number: 160,000 of them (5.8 MB) took 43 s, and a
/// 16 MiB file would take minutes. ruamel.yaml takes any number, but no
/// workforce document needs more than a few, so wflint reads at most
/// `maximumPerPrologue` and stops at the next one, as at a byte it cannot read
/// (`StreamReading`): WF001 there, the documents before it read.
enum TagDirectives {
    static let maximumPerPrologue = 1_000

    static let message = "more than \(maximumPerPrologue) %TAG directives before one document; libyaml, which "
        + "reads YAML for wflint, compares each with those before it, so wflint reads no more"

    /// The start of the first `%TAG` line past the limit in one prologue,
    /// found from the line starts a `%` stands at (noted while the lines
    /// were found, so a file without one costs nothing here).
    static func firstOverLimit(lines: LineIndex) -> Int? {
        firstOverLimit(percents: lines.table.percentsAtLineStarts, in: lines.bytes)
    }

    /// The same for text without a line table, read for its line starts:
    /// what reads a file again with libyaml (`YAMLReader.topLevelKeys`) asks
    /// first.
    static func firstOverLimit(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var percents: [Int] = []
        var atLineStart = true
        for offset in bytes.indices {
            let byte = bytes[offset]
            if atLineStart && byte == UInt8(ascii: "%") { percents.append(offset) }
            atLineStart = byte == 0x0A || byte == 0x0D
        }
        return firstOverLimit(percents: percents, in: bytes)
    }

    private static func firstOverLimit(percents: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard percents.count > maximumPerPrologue else { return nil }
        var count = 0
        var previous: Int?
        for start in percents where isTagDirective(at: start, in: bytes) {
            // Another prologue when a line between the two holds anything
            // but blanks or a comment (its document, and the `---` before it).
            if let previous, holdsContent(from: previous, to: start, in: bytes) { count = 0 }
            count += 1
            if count > maximumPerPrologue { return start }
            previous = start
        }
        return nil
    }

    private static func isTagDirective(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let name = Array("%TAG".utf8)
        guard start + name.count < bytes.count, bytes[start..<start + name.count].elementsEqual(name) else { return false }
        let next = bytes[start + name.count]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
    }

    /// Whether a line after the one at `line` and before `end` starts with
    /// something other than a blank, a line break, `#` or `%`; stops at the
    /// first such line, so a document between two prologues costs its first line.
    private static func holdsContent(from line: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = line
        while offset < end {
            // To the next line start.
            while offset < end, bytes[offset] != 0x0A, bytes[offset] != 0x0D { offset += 1 }
            while offset < end, bytes[offset] == 0x0A || bytes[offset] == 0x0D { offset += 1 }
            guard offset < end else { return false }
            switch bytes[offset] {
            case UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: return true
            }
        }
        return false
    }
}
