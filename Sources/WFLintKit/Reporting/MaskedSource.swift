import DocumentModel

/// The lines of one file as every output may show them: each sensitive range
/// the checks recorded is replaced by `*`, and, as a lexical backstop for files
/// no check could walk (a syntax error), so is whatever follows a `ClientSecret`
/// key. Masking keeps the length, so columns and underlines still line up.
public struct MaskedSource: Sendable {
    public static let maskCharacter: Unicode.Scalar = "*"

    private let source: SourceLines
    /// The 0-based column ranges to mask, by 0-based line. Lines are masked
    /// when they are asked for, not up front: a report shows a few lines of a
    /// file that may have a million (a 20 MB rendered bundle), and widening
    /// every one of them to scalars cost more memory and time than the lint.
    private var masks: [Int: [Range<Int>]] = [:]

    public init(_ source: SourceLines, sensitiveRanges: [SourceRange]) {
        self.source = source
        for range in sensitiveRanges { mask(range) }
        maskClientSecretValues()
    }

    /// A line's characters. An ASCII line (nearly every line) is widened byte
    /// by byte rather than decoded.
    private static func scalars(of line: Substring) -> [Unicode.Scalar] {
        let widened = line.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar]? in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.map { Unicode.Scalar($0) } : nil
        }
        return (widened ?? nil) ?? Array(line.unicodeScalars)
    }

    public var lineCount: Int { source.lines.count }

    /// Line `number` (1-based) with secrets masked, or nil past the end.
    public func line(_ number: Int) -> String? {
        scalars(ofLine: number).map { Self.string($0) }
    }

    /// Line `number`'s characters (1-based), secrets masked, or nil past the
    /// end: for excerpts that show a window of a very long line.
    public func scalars(ofLine number: Int) -> [Unicode.Scalar]? {
        guard number >= 1, number <= lineCount else { return nil }
        var scalars = Self.scalars(of: source.lines[number - 1])
        for range in masks[number - 1] ?? [] {
            let lower = min(max(range.lowerBound, 0), scalars.count)
            let upper = min(max(range.upperBound, lower), scalars.count)
            for column in lower..<upper { scalars[column] = Self.maskCharacter }
        }
        return scalars
    }

    /// The text a range covers (lines joined by LF), secrets masked.
    public func text(in range: SourceRange) -> String {
        guard range.start.line >= 1, range.start.line <= lineCount else { return "" }
        var parts: [String] = []
        for number in range.start.line...min(range.end.line, lineCount) {
            guard let scalars = scalars(ofLine: number) else { continue }
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
        for number in range.start.line...max(range.start.line, range.end.line) where number <= lineCount {
            let from = number == range.start.line ? range.start.column - 1 : 0
            let to = number == range.end.line ? range.end.column - 1 : Int.max
            maskColumns(line: number - 1, from: from, to: to)
        }
    }

    /// Masks 0-based columns [from, to) of a 0-based line; clamped to the line
    /// when the line is shown.
    private mutating func maskColumns(line: Int, from: Int, to: Int) {
        masks[line, default: []].append(from..<max(from, to))
    }

    // MARK: - Lexical backstop

    private mutating func maskClientSecretValues() {
        var line = 0
        while line < lineCount {
            // Only a line with "secret" in it (any case) can hold the key; the
            // byte test keeps the rest of the file from being widened.
            guard Self.mentionsSecret(source.lines[line]) else {
                line += 1
                continue
            }
            let scalars = Self.scalars(of: source.lines[line])
            if let valueStart = Self.clientSecretValueStart(in: scalars) {
                if Self.isEmptyOrBlockIndicator(scalars[valueStart...]) {
                    // The value is on the following, more indented lines (a YAML
                    // block scalar or a plain scalar on the next line).
                    maskColumns(line: line, from: valueStart, to: Int.max)
                    line = maskIndentedContinuation(after: line, keyIndent: Self.indent(of: scalars))
                    continue
                }
                maskInlineValue(line: line, scalars: scalars, from: valueStart)
            }
            line += 1
        }
    }

    private static func mentionsSecret(_ line: Substring) -> Bool {
        let utf8 = Array(line.utf8)
        guard utf8.count >= secretWord.count else { return false }
        for start in 0...(utf8.count - secretWord.count)
        where zip(utf8[start..<start + secretWord.count], secretWord).allSatisfy({ $0 | 0x20 == $1 }) {
            return true
        }
        return false
    }

    private static let secretWord = Array("secret".utf8)

    /// Where the value after a `ClientSecret` key (any case, quoted or not)
    /// begins on a line: past the colon and the blanks after it.
    static func clientSecretValueStart(in scalars: [Unicode.Scalar]) -> Int? {
        let key = clientSecretKey
        var index = 0
        while index + key.count <= scalars.count {
            defer { index += 1 }
            // The cheap test first: this runs for every character of the file.
            guard lowercased(scalars[index]) == key[0] else { continue }
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

    private static let clientSecretKey = Array("clientsecret".unicodeScalars)

    /// A quoted value is masked up to its closing quote; a plain one to the end
    /// of the line (in flow style that may hide more than the secret, which is
    /// the safe side).
    private mutating func maskInlineValue(line: Int, scalars: [Unicode.Scalar], from start: Int) {
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
        while next < lineCount {
            let scalars = Self.scalars(of: source.lines[next])
            let isBlank = scalars.allSatisfy { $0 == " " || $0 == "\t" }
            let indent = Self.indent(of: scalars)
            guard isBlank || indent > keyIndent else { break }
            maskColumns(line: next, from: indent, to: Int.max)
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
