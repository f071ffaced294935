import DocumentModel

/// The lines of one file as every output may show them: each sensitive range
/// the checks recorded is replaced by `*`, and, as a lexical backstop for files
/// no check could walk (a syntax error), so is whatever follows a key with
/// "secret" in it (`SecretValueScan`). Masking keeps the length, so columns and
/// underlines still line up.
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
        for mask in SecretValueScan.masks(in: source) { maskColumns(line: mask.line, from: mask.from, to: mask.to) }
    }

    /// Columns `window` (0-based) of a line's characters: only those are
    /// widened to scalars, so a 50 MB line costs a pass, not 200 MB. An ASCII
    /// line (nearly every line) is sliced by byte rather than decoded.
    static func scalars(of line: Substring, columns window: Range<Int> = 0..<Int.max) -> [Unicode.Scalar] {
        let ascii = line.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let lower = min(window.lowerBound, bytes.count)
            return bytes[lower..<min(window.upperBound, bytes.count)].map { Unicode.Scalar($0) }
        }
        if let ascii = ascii ?? nil { return ascii }
        var scalars: [Unicode.Scalar] = []
        for (column, scalar) in line.unicodeScalars.enumerated() {
            guard column < window.upperBound else { break }
            if column >= window.lowerBound { scalars.append(scalar) }
        }
        return scalars
    }

    /// Line `number`'s length in characters (1-based), or nil past the end.
    public func characterCount(ofLine number: Int) -> Int? {
        guard number >= 1, number <= lineCount else { return nil }
        let line = source.lines[number - 1]
        let ascii = line.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } } ?? false
        return ascii ? line.utf8.count : line.unicodeScalars.count
    }

    public var lineCount: Int { source.lines.count }

    /// Line `number` (1-based) with secrets masked, or nil past the end.
    public func line(_ number: Int) -> String? {
        scalars(ofLine: number).map { Self.string($0) }
    }

    /// Line `index` (0-based) with secrets masked; a line without any is the
    /// file's own text, not a copy.
    public func maskedLine(at index: Int) -> Substring {
        guard masks[index] != nil, let masked = line(index + 1) else { return source.lines[index] }
        return Substring(masked)
    }

    /// Columns `window` (0-based) of line `number` (1-based), secrets masked,
    /// or nil past the end: an excerpt shows a window of a very long line.
    public func scalars(ofLine number: Int, columns window: Range<Int> = 0..<Int.max) -> [Unicode.Scalar]? {
        guard number >= 1, number <= lineCount else { return nil }
        var scalars = Self.scalars(of: source.lines[number - 1], columns: window)
        for range in masks[number - 1] ?? [] {
            let lower = min(max(range.lowerBound - window.lowerBound, 0), scalars.count)
            let upper = min(max(range.upperBound - window.lowerBound, lower), scalars.count)
            for column in lower..<upper { scalars[column] = Self.maskCharacter }
        }
        return scalars
    }

    /// At most this many characters of each line a snippet covers: a SARIF
    /// snippet or a baseline's value of a 50 MB value stays readable.
    public static let snippetWidth = 1_000

    /// The text a range covers (lines joined by LF), secrets masked; each
    /// line cut to `snippetWidth` characters, with `…` where it was cut.
    public func text(in range: SourceRange) -> String {
        guard range.start.line >= 1, range.start.line <= lineCount else { return "" }
        var parts: [String] = []
        for number in range.start.line...min(range.end.line, lineCount) {
            let from = max(number == range.start.line ? range.start.column - 1 : 0, 0)
            let to = number == range.end.line ? range.end.column - 1 : Int.max
            let shown = from..<max(from, min(to, from.addingReportingOverflow(Self.snippetWidth).partialValue))
            guard let scalars = scalars(ofLine: number, columns: shown) else { continue }
            let cut = to > shown.upperBound && (characterCount(ofLine: number) ?? 0) > shown.upperBound
            parts.append(Self.string(scalars) + (cut ? "…" : ""))
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
}
