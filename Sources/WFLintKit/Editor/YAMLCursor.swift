import DocumentModel

/// The place of a cursor in a block-style YAML document, read off its lines
/// by indentation: the cursor's line says key or value; each line above
/// that is less indented and holds `key:` alone (or `- key:`) is a parent.
enum YAMLCursor {
    /// One line's shape: its dashes (`- `, each an item) and its key.
    struct Line {
        /// The column of each `- ` (0-based), then of the text after them.
        var dashes: [Int]
        var column: Int
        var key: String?
        /// Whether anything follows `key:` (then it is no parent).
        var hasValue: Bool
    }

    static func place(at position: SourcePosition, in text: SourceText) -> Completion.Place? {
        let lines = lines(of: text)
        let row = position.line - 1
        guard lines.indices.contains(row) else { return nil }
        let (first, last) = documentBounds(around: row, in: lines)
        let before = String(lines[row].unicodeScalars.prefix(position.column - 1))
        guard !before.contains("{"), !before.contains("["), !before.contains("#") else { return nil }
        let current = shape(of: before)
        var level = current.column
        let role: Completion.Place.Role
        var own: [PathStep] = []
        if let key = current.key {
            own = [.member(key)]
            role = .value
        } else {
            role = .key(present: siblings(of: row, column: level, dashed: !current.dashes.isEmpty, in: lines, first, last))
        }
        // The cursor's own `- ` starts an item.
        var path: [PathStep] = current.dashes.map { _ in .item }
        if let dash = current.dashes.first { level = dash }
        var index = row - 1
        while index >= first, level > 0 {
            let line = shape(of: lines[index])
            index -= 1
            if line.column < level, let key = line.key, !line.hasValue {
                path.insert(.member(key), at: 0)
                level = line.column
            }
            let items = line.dashes.filter { $0 < level }
            if let dash = items.first {
                path.insert(contentsOf: items.map { _ in PathStep.item }, at: 0)
                level = dash
            }
        }
        guard level == 0 else { return nil }
        let topLevel = lines[first...last].map { shape(of: $0) }.filter { $0.column == 0 && $0.dashes.isEmpty }
            .compactMap(\.key)
        return Completion.Place(path: path + own, role: role, topLevelKeys: topLevel)
    }

    /// The keys already in the mapping the cursor's line is in: the lines
    /// at its column above and below, up to a less indented one or the next
    /// item; above, the `- key:` line that starts the cursor's item.
    private static func siblings(
        of row: Int, column: Int, dashed: Bool, in lines: [Substring], _ first: Int, _ last: Int
    ) -> [String] {
        var keys: [String] = []
        // A cursor on its own `- ` line starts an item: what is above is another's.
        for direction in dashed ? [1] : [-1, 1] {
            var index = row + direction
            while index >= first && index <= last {
                let line = shape(of: lines[index])
                index += direction
                guard line.key != nil || !line.dashes.isEmpty else { continue }
                if line.column < column || line.dashes.contains(where: { $0 < column }) {
                    // Above, `- key:` at the column starts the cursor's item.
                    if direction == -1, line.column == column, let key = line.key { keys.append(key) }
                    break
                }
                if line.column == column, let key = line.key { keys.append(key) }
            }
        }
        return keys
    }

    /// `- - Key: value` → dashes at 0 and 2, key `Key` at 4, with a value.
    static func shape<S: StringProtocol>(of line: S) -> Line {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        var dashes: [Int] = []
        while true {
            while index < scalars.count, scalars[index] == " " { index += 1 }
            guard index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] == " " else { break }
            dashes.append(index)
            index += 2
        }
        let column = index
        var keyEnd = index
        while keyEnd < scalars.count, isKeyScalar(scalars[keyEnd]) { keyEnd += 1 }
        guard keyEnd > index, keyEnd < scalars.count, scalars[keyEnd] == ":" else {
            return Line(dashes: dashes, column: column, key: nil, hasValue: false)
        }
        var key = ""
        key.unicodeScalars.append(contentsOf: scalars[index..<keyEnd])
        let rest = scalars[(keyEnd + 1)...].drop { $0 == " " || $0 == "\t" }
        let hasValue = !(rest.isEmpty || rest.first == "#" || rest.first == "\r" || rest.first == "&")
        return Line(dashes: dashes, column: column, key: key, hasValue: hasValue)
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
    }

    /// The text's lines, without their breaks.
    private static func lines(of text: SourceText) -> [Substring] {
        let starts = text.lineStarts
        return starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1] : text.bytes.count
            var line = Substring(String(decoding: text.bytes[starts[index]..<end], as: UTF8.self))
            while line.last == "\n" || line.last == "\r" || line.last == "\r\n" { line.removeLast() }
            return line
        }
    }

    /// The lines of the document of a stream that `row` is in, between `---` lines.
    private static func documentBounds(around row: Int, in lines: [Substring]) -> (Int, Int) {
        let isMarker = { (line: Substring) in line.hasPrefix("---") || line.hasPrefix("...") }
        let first = (lines[..<row].lastIndex(where: isMarker) ?? -1) + 1
        let last = (lines[(row + 1)...].firstIndex(where: isMarker) ?? lines.count) - 1
        return (first, max(first, last))
    }
}
