import DocumentModel

/// Directives that the AWS CLI's loader ignores and libyaml refuses.
///
/// ruamel.yaml (and PyYAML) read a `%` at the start of a line, where a token
/// may start, as a directive: a name of letters, digits, `-`, `_`, `:` and
/// `.` (PyYAML: no `:` or `.`) followed by a blank or the line's end. A name
/// other than `YAML` or `TAG` is skipped with the rest of its line. Like every
/// directive it ends the document before it (as the end of the stream
/// would), and the directives must be followed by `---`. libyaml stops with
/// "found unknown directive name" instead.
///
/// So when libyaml refuses a directive by its name, the documents before the
/// directives it belongs with are read again on their own, the unknown
/// directives of that prologue become comments (`%` → `#`: the same bytes
/// and characters, so every position stays), and reading goes on from the
/// prologue with a new parser. Each byte is read at most a few times however
/// many directives there are.
enum UnknownDirectives {
    /// The directive lines around a refused directive, up to the `---` that
    /// must follow them.
    struct Prologue {
        /// The start of the first directive's line: the documents before it
        /// end there.
        let start: Int
        /// The `%` of each directive that the AWS CLI ignores.
        let ignored: [Int]
        /// How the AWS CLI's loader fails there, if it does.
        let error: SyntaxError?
    }

    /// The prologue of the directive whose `%` is at byte `percent`, reaching
    /// back no further than `floor`.
    static func prologue(around percent: Int, lines: LineIndex, floor: Int) -> Prologue {
        let start = firstDirectiveLine(before: percent, lines: lines, floor: floor)
        var ignored: [Int] = []
        var line = lines.line(ofByte: percent)
        while line < lines.lineCount {
            let range = lines.bytes(ofLine: line)
            if range.first.map({ lines.bytes[$0] == UInt8(ascii: "%") }) == true {
                switch name(ofDirectiveAt: range, lines: lines) {
                case .failure(let error): return Prologue(start: start, ignored: ignored, error: error)
                case .success(let name) where name != "YAML" && name != "TAG": ignored.append(range.lowerBound)
                case .success: break  // libyaml reads YAML and TAG directives itself
                }
            } else if let tab = refusedTab(inBlankOrComment: range, lines: lines) {
                return Prologue(start: start, ignored: ignored, error: TabPlacement.refusedTab(at: tab, lines: lines))
            } else if !isBlankOrComment(range, lines: lines) {
                break
            }
            line += 1
        }
        return Prologue(start: start, ignored: ignored, error: missingDocumentStart(atLine: line, lines: lines))
    }

    /// The start of the first of the directive lines (and blank or comment
    /// lines between them) that end with the one at `percent`. libyaml has
    /// read those before it as directives, so none is inside a scalar.
    private static func firstDirectiveLine(before percent: Int, lines: LineIndex, floor: Int) -> Int {
        var start = lines.lineStart(ofByte: percent)
        var line = lines.line(ofByte: percent) - 1
        while line >= 0 {
            let range = lines.bytes(ofLine: line)
            guard range.lowerBound >= floor else { break }
            if range.first.map({ lines.bytes[$0] == UInt8(ascii: "%") }) == true {
                start = range.lowerBound
            } else if !isBlankOrComment(range, lines: lines) {
                break
            }
            line -= 1
        }
        return start
    }

    /// The directive's name by ruamel.yaml's rule, or its error: "expected
    /// alphabetic or numeric character, but found '\t'".
    static func name(ofDirectiveAt line: Range<Int>, lines: LineIndex) -> Result<String, SyntaxError> {
        let bytes = lines.bytes
        var end = line.lowerBound + 1
        while end < line.upperBound, isNameByte(bytes[end]) { end += 1 }
        if end > line.lowerBound + 1, isNameEnd(at: end, line: line, bytes: bytes) {
            return .success(String(decoding: bytes[(line.lowerBound + 1)..<end], as: UTF8.self))
        }
        let directive = lines.position(byteOffset: line.lowerBound)
        return .failure(SyntaxError(
            message: "expected alphabetic or numeric character, but found \(describe(at: end, line: line, bytes: bytes)) "
                + "(while scanning a directive that starts at \(directive))",
            position: lines.position(byteOffset: end)))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"),
            UInt8(ascii: "."):
            true
        default: false
        }
    }

    /// A space, the line's end, or NEL, LS or PS (line breaks to ruamel.yaml).
    private static func isNameEnd(at offset: Int, line: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset < line.upperBound else { return true }
        return bytes[offset] != UInt8(ascii: "\t") && FlowColons.isBlank(at: offset, in: bytes)
    }

    private static func describe(at offset: Int, line: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard offset < line.upperBound else { return "the end of the line" }
        if bytes[offset] == UInt8(ascii: "\t") { return "'\\t'" }
        var end = offset + 1
        while end < line.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'\(String(decoding: bytes[offset..<end], as: UTF8.self))'"
    }

    /// Spaces, then a comment or nothing.
    private static func isBlankOrComment(_ line: Range<Int>, lines: LineIndex) -> Bool {
        let first = line.first { lines.bytes[$0] != UInt8(ascii: " ") }
        return first.map { lines.bytes[$0] == UInt8(ascii: "#") } ?? true
    }

    /// A tab among the blanks of a line that holds nothing else but a
    /// comment: ruamel.yaml skips only spaces there.
    private static func refusedTab(inBlankOrComment line: Range<Int>, lines: LineIndex) -> Int? {
        var firstTab: Int?
        for offset in line {
            switch lines.bytes[offset] {
            case UInt8(ascii: " "): continue
            case UInt8(ascii: "\t"): firstTab = firstTab ?? offset
            case UInt8(ascii: "#"): return firstTab
            default: return nil
            }
        }
        return firstTab
    }

    /// Directives must be followed by `---`: at `line`, or the end of the stream.
    private static func missingDocumentStart(atLine line: Int, lines: LineIndex) -> SyntaxError? {
        guard line < lines.lineCount else {
            return SyntaxError(
                message: "expected '---' after the directives, but found the end of the stream",
                position: lines.position(byteOffset: lines.bytes.count))
        }
        let range = lines.bytes(ofLine: line)
        let text = lines.bytes[range]
        let isDocumentStart = text.starts(with: "---".utf8)
            && (text.count == 3 || [UInt8(ascii: " "), UInt8(ascii: "\t")].contains(text[range.lowerBound + 3])
                || isNameEnd(at: range.lowerBound + 3, line: range, bytes: lines.bytes))
        if isDocumentStart { return nil }
        let first = range.first { lines.bytes[$0] != UInt8(ascii: " ") } ?? range.lowerBound
        return SyntaxError(
            message: "expected '---' after the directives, but found \(describe(at: first, line: range, bytes: lines.bytes))",
            position: lines.position(byteOffset: first))
    }
}
