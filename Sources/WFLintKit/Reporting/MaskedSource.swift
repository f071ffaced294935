import DocumentModel

/// The lines of one file as every output may show them: each sensitive range
/// the checks recorded is replaced by `*`, and, as a lexical backstop for files
/// no check could walk (a syntax error), so is whatever follows a `ClientSecret`
/// key. Masking keeps the length, so columns and underlines still line up.
public struct MaskedSource: Sendable {
    public static let maskCharacter: Unicode.Scalar = "*"

    private var lines: [[Unicode.Scalar]]

    public init(_ source: SourceLines, sensitiveRanges: [SourceRange]) {
        lines = source.lines.map { Array($0.unicodeScalars) }
        for range in sensitiveRanges { mask(range) }
        maskClientSecretValues()
    }

    public var lineCount: Int { lines.count }

    /// Line `number` (1-based) with secrets masked, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return Self.string(lines[number - 1])
    }

    /// The text a range covers (lines joined by LF), secrets masked.
    public func text(in range: SourceRange) -> String {
        guard range.start.line >= 1, range.start.line <= lines.count else { return "" }
        var parts: [String] = []
        for number in range.start.line...min(range.end.line, lines.count) {
            let scalars = lines[number - 1]
            let from = number == range.start.line ? range.start.column - 1 : 0
            let to = number == range.end.line ? range.end.column - 1 : scalars.count
            let lower = min(max(from, 0), scalars.count)
            let upper = min(max(to, lower), scalars.count)
            parts.append(Self.string(scalars[lower..<upper]))
        }
        return parts.joined(separator: "\n")
    }

    private static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    private mutating func mask(_ range: SourceRange) {
        guard range.start.line >= 1 else { return }
        for number in range.start.line...max(range.start.line, range.end.line) where number <= lines.count {
            let from = number == range.start.line ? range.start.column - 1 : 0
            let to = number == range.end.line ? range.end.column - 1 : lines[number - 1].count
            maskColumns(line: number - 1, from: from, to: to)
        }
    }

    /// Masks 0-based columns [from, to) of a 0-based line, clamped to the line.
    private mutating func maskColumns(line: Int, from: Int, to: Int) {
        let lower = min(max(from, 0), lines[line].count)
        let upper = min(max(to, lower), lines[line].count)
        for column in lower..<upper { lines[line][column] = Self.maskCharacter }
    }

    // MARK: - Lexical backstop

    private mutating func maskClientSecretValues() {
        var line = 0
        while line < lines.count {
            if let valueStart = Self.clientSecretValueStart(in: lines[line]) {
                if Self.isEmptyOrBlockIndicator(lines[line][valueStart...]) {
                    // The value is on the following, more indented lines (a YAML
                    // block scalar or a plain scalar on the next line).
                    maskColumns(line: line, from: valueStart, to: lines[line].count)
                    line = maskIndentedContinuation(after: line, keyIndent: Self.indent(of: lines[line]))
                    continue
                }
                maskInlineValue(line: line, from: valueStart)
            }
            line += 1
        }
    }

    /// Where the value after a `ClientSecret` key (any case, quoted or not)
    /// begins on a line: past the colon and the blanks after it.
    static func clientSecretValueStart(in scalars: [Unicode.Scalar]) -> Int? {
        let key = Array("clientsecret".unicodeScalars)
        var index = 0
        while index + key.count <= scalars.count {
            defer { index += 1 }
            guard index == 0 || !isWordCharacter(scalars[index - 1]) else { continue }
            guard zip(scalars[index..<index + key.count], key).allSatisfy({ lowercased($0) == $1 }) else { continue }
            var next = index + key.count
            if next < scalars.count, scalars[next] == "\"" || scalars[next] == "'" { next += 1 }
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
            guard next < scalars.count, scalars[next] == ":" else { continue }
            next += 1
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
            return next
        }
        return nil
    }

    /// A quoted value is masked up to its closing quote; a plain one to the end
    /// of the line (in flow style that may hide more than the secret, which is
    /// the safe side).
    private mutating func maskInlineValue(line: Int, from start: Int) {
        let scalars = lines[line]
        let quote = scalars[start]
        guard quote == "\"" || quote == "'" else {
            maskColumns(line: line, from: start, to: scalars.count)
            return
        }
        var index = start + 1
        while index < scalars.count {
            if quote == "\"", scalars[index] == "\\" {
                index += 2
                continue
            }
            if scalars[index] == quote {
                if quote == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                    index += 2
                    continue
                }
                break
            }
            index += 1
        }
        maskColumns(line: line, from: start + 1, to: index)
    }

    /// Masks the lines after `line` that are blank or indented deeper than the
    /// key; returns the first line that is not part of the value.
    private mutating func maskIndentedContinuation(after line: Int, keyIndent: Int) -> Int {
        var next = line + 1
        while next < lines.count {
            let isBlank = lines[next].allSatisfy { $0 == " " || $0 == "\t" }
            guard isBlank || Self.indent(of: lines[next]) > keyIndent else { break }
            let indent = Self.indent(of: lines[next])
            maskColumns(line: next, from: indent, to: lines[next].count)
            next += 1
        }
        return next
    }

    private static func isEmptyOrBlockIndicator(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let trimmed = rest.prefix { $0 != "#" }.filter { $0 != " " && $0 != "\t" }
        return trimmed.allSatisfy { "|>+-0123456789".unicodeScalars.contains($0) }
    }

    private static func indent(of scalars: [Unicode.Scalar]) -> Int {
        scalars.prefix { $0 == " " || $0 == "\t" }.count
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}
