import DocumentModel

/// Where each character of a string scalar's value is written in the YAML
/// source, for errors about one character of a value (a PCRE2 pattern's bad
/// character, a bad step of a path): escapes (`''`, `\x41`), line folding and
/// block scalars (`|`, `>-`) make the value and its source differ.
///
/// The mapping is rebuilt from the source text and checked against the value
/// the YAML reader produced; where they disagree (an explicit indentation
/// indicator, a form this reading does not know) the caller falls back to the
/// scalar's start rather than point at a wrong character.
struct ScalarSourceMap {
    private var characters: [(scalar: Unicode.Scalar, position: SourcePosition)] = []
    private let lines: [[Unicode.Scalar]]

    /// The position of character `offset` (0-based, in Unicode scalars) of the
    /// value of `node`, or one past the last character for the value's length;
    /// nil when the source cannot be mapped with confidence.
    static func position(ofCharacter offset: Int, in node: Node, source: String) -> SourcePosition? {
        guard let scalar = node.scalar else { return nil }
        var map = ScalarSourceMap(lines: Self.lines(of: source))
        let start = node.range.start
        switch scalar.style {
        case .plain: map.readFlow(from: start, quote: nil)
        case .singleQuoted: map.readFlow(from: SourcePosition(line: start.line, column: start.column + 1), quote: "'")
        case .doubleQuoted: map.readFlow(from: SourcePosition(line: start.line, column: start.column + 1), quote: "\"")
        case .literal, .folded: map.readBlock(header: start, end: node.range.end, folded: scalar.style == .folded)
        }
        return map.position(of: offset, in: Array(scalar.text.unicodeScalars))
    }

    private static func lines(of source: String) -> [[Unicode.Scalar]] {
        source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array(line.last == "\r" ? line.dropLast() : line)
        }
    }

    private func position(of offset: Int, in value: [Unicode.Scalar]) -> SourcePosition? {
        let needed = min(offset + 1, value.count)
        guard offset >= 0, offset <= value.count, characters.count >= needed,
              zip(characters.prefix(needed), value.prefix(needed)).allSatisfy({ $0.scalar == $1 })
        else { return nil }
        if offset < characters.count, offset < value.count { return characters[offset].position }
        // One past the end: after the last character, or at a final line break (which sits after its line's text).
        guard let last = characters.prefix(value.count).last else { return nil }
        if last.scalar == "\n" { return last.position }
        return SourcePosition(line: last.position.line, column: last.position.column + 1)
    }

    private mutating func emit(_ scalar: Unicode.Scalar, line: Int, column: Int) {
        characters.append((scalar, SourcePosition(line: line, column: column)))
    }

    private func character(_ line: Int, _ column: Int) -> Unicode.Scalar? {
        guard line >= 1, line <= lines.count, column >= 1, column <= lines[line - 1].count else { return nil }
        return lines[line - 1][column - 1]
    }

    // MARK: Flow scalars

    /// A plain or quoted scalar from its first character: whitespace before a
    /// line break is dropped, a break between text becomes a space, and each
    /// empty line a line feed; quotes end the value, and escapes become one
    /// character at their backslash (or first quote).
    private mutating func readFlow(from start: SourcePosition, quote: Unicode.Scalar?) {
        var line = start.line
        var column = start.column
        var pendingSpaces: [(Unicode.Scalar, Int)] = []
        while line <= lines.count {
            guard let char = character(line, column) else {
                // A line break: trailing spaces go, then count the empty lines.
                pendingSpaces = []
                line += 1
                var emptyLines = 0
                while line <= lines.count, lines[line - 1].allSatisfy({ $0 == " " || $0 == "\t" }) {
                    emptyLines += 1
                    line += 1
                }
                guard line <= lines.count else { return }
                column = (lines[line - 1].firstIndex { $0 != " " && $0 != "\t" } ?? 0) + 1
                if emptyLines == 0 { emit(" ", line: line, column: column) }
                for _ in 0..<emptyLines { emit("\n", line: line, column: column) }
                continue
            }
            if char == " " || char == "\t" {
                pendingSpaces.append((char, column))
                column += 1
                continue
            }
            for (space, spaceColumn) in pendingSpaces { emit(space, line: line, column: spaceColumn) }
            pendingSpaces = []
            if char == quote {
                guard quote == "'", character(line, column + 1) == "'" else { return }
                emit("'", line: line, column: column)
                column += 2
            } else if quote == "\"", char == "\\" {
                guard let width = escapedWidth(line, column) else { return }
                if width == 0 {
                    // An escaped line break: nothing, and the next line's indentation goes.
                    line += 1
                    guard line <= lines.count else { return }
                    column = (lines[line - 1].firstIndex { $0 != " " && $0 != "\t" } ?? 0) + 1
                    continue
                }
                guard let decoded = decodeEscape(line, column, width: width) else { return }
                emit(decoded, line: line, column: column)
                column += width
            } else {
                emit(char, line: line, column: column)
                column += 1
            }
        }
    }

    /// Source characters of the escape at the backslash; 0 for an escaped line break.
    private func escapedWidth(_ line: Int, _ column: Int) -> Int? {
        guard let next = character(line, column + 1) else { return 0 }
        switch next {
        case "x": return 4
        case "u": return 6
        case "U": return 10
        default: return 2
        }
    }

    private func decodeEscape(_ line: Int, _ column: Int, width: Int) -> Unicode.Scalar? {
        guard let kind = character(line, column + 1) else { return nil }
        if width > 2 {
            let digits = (column + 2..<column + width).compactMap { character(line, $0) }
            guard digits.count == width - 2, let code = UInt32(String(String.UnicodeScalarView(digits)), radix: 16) else { return nil }
            return Unicode.Scalar(code)
        }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "0": "\0", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}", "f": "\u{C}",
            "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
            "L": "\u{2028}", "P": "\u{2029}",
        ]
        return simple[kind]
    }

    // MARK: Block scalars

    /// A `|` or `>` scalar whose indicator is at `header`: content lines start
    /// on the next line at the first content line's indentation. A literal
    /// keeps each line break; a folded scalar turns a break between two text
    /// lines into a space, keeps breaks around more-indented lines, and turns
    /// each empty line into a line feed.
    private mutating func readBlock(header: SourcePosition, end: SourcePosition, folded: Bool) {
        let headerText = lines.indices.contains(header.line - 1) ? lines[header.line - 1].dropFirst(header.column) : []
        // An explicit indentation indicator counts from the parent's indentation, which the node does not give.
        guard !headerText.prefix(while: { $0 != " " && $0 != "#" }).contains(where: { $0.properties.numericType != nil })
        else { return }
        let content = (header.line + 1)...max(header.line + 1, min(end.line, lines.count))
        guard let firstText = content.first(where: { lines.indices.contains($0 - 1) && lines[$0 - 1].contains { $0 != " " } })
        else { return }
        let indent = lines[firstText - 1].prefix { $0 == " " }.count
        var previous: (line: Int, moreIndented: Bool)?
        var emptyLines: [Int] = []
        for line in content where lines.indices.contains(line - 1) {
            let text = lines[line - 1]
            if text.allSatisfy({ $0 == " " }) {
                emptyLines.append(line)
                continue
            }
            guard text.prefix(while: { $0 == " " }).count >= indent else { return }
            let moreIndented = text.count > indent && (text[indent] == " " || text[indent] == "\t")
            if let previous {
                let breakColumn = lines[previous.line - 1].count + 1
                if folded, !previous.moreIndented, !moreIndented {
                    if emptyLines.isEmpty { emit(" ", line: previous.line, column: breakColumn) }
                } else {
                    emit("\n", line: previous.line, column: breakColumn)
                }
            }
            for empty in emptyLines { emit("\n", line: empty, column: 1) }
            emptyLines = []
            for column in indent..<text.count { emit(text[column], line: line, column: column + 1) }
            previous = (line, moreIndented)
        }
        // The final break, kept unless chomped: the value read back says which.
        if let previous { emit("\n", line: previous.line, column: lines[previous.line - 1].count + 1) }
    }
}
