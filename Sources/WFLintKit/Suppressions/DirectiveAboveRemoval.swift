import DocumentModel

extension SuppressionDirective {
    /// `edit`, a removal of whole lines, with the `# wflint-disable-next-line`
    /// comment on the line just above them: it spoke of the first line
    /// removed, and left behind it would silence the line that moves up under
    /// it (a removed list item's directive silencing the next item, or the
    /// key after the list). Any other edit, or a line above that holds more
    /// than the comment, is returned as it is.
    static func takingNextLineDirective(above edit: TextEdit, in source: SourceText) -> TextEdit {
        let bytes = source.bytes
        let (start, end) = (edit.range.start, edit.range.end)
        guard edit.replacement.isEmpty, start > 0, source.lineStart(ofByte: start) == start,
            end == bytes.count || isBreak(bytes[end - 1])
        else { return edit }
        let above = source.lineStart(ofByte: start - 1)
        let comments = source.comments(in: ByteRange(start: above, end: start))
        guard comments.count == 1, let comment = comments.first,
            bytes[above..<comment.start].allSatisfy(isBlank), bytes[comment.end..<start].allSatisfy(isBreak),
            isNextLineDirective(comment, in: source)
        else { return edit }
        return TextEdit(range: ByteRange(start: above, end: end))
    }

    /// Whether `edit`, a removal that starts after nothing but blanks on its
    /// line, moves what follows it onto a line that a
    /// `# wflint-disable-next-line` on the line above speaks of, and
    /// `takingNextLineDirective` cannot take that directive along: it ends
    /// a line that holds more (`- 10.0.0.0/16  # wflint-disable-next-line`),
    /// or the removal ends inside a later line (a flow item with its comma
    /// written first on the next line: `10.0.2.0/24\n    , `). The directive
    /// would then silence another entry, or the key after the list. No such
    /// fix is offered.
    static func movesALineUnderADirective(_ edit: TextEdit, in source: SourceText) -> Bool {
        let bytes = source.bytes
        let start = edit.range.start
        let lineStart = source.lineStart(ofByte: start)
        guard edit.replacement.isEmpty, lineStart > 0, bytes[lineStart..<start].allSatisfy(isBlank),
            takingNextLineDirective(above: edit, in: source) == edit
        else { return false }
        let above = source.lineStart(ofByte: lineStart - 1)
        return source.comments(in: ByteRange(start: above, end: lineStart)).contains { isNextLineDirective($0, in: source) }
    }

    /// Whether `edit` deletes a directive that speaks of more than the lines
    /// it removes: a `# wflint-disable-next-line` whose next line stays (one
    /// trailing a removed item, `- 10.0.0.0/16  # wflint-disable-next-line`,
    /// speaks of the item after it), or a `# wflint-disable-file`. Deleted,
    /// it would bring back what it silenced. No such fix is offered.
    static func deletesADirectiveForWhatStays(_ edit: TextEdit, in source: SourceText) -> Bool {
        source.comments(in: edit.range).contains { comment in
            switch scope(of: comment, in: source) {
            case .file: return true
            case .nextLine: return nextLineStart(after: comment.end, in: source) >= edit.range.end
            case .line, nil: return false
            }
        }
    }

    /// Where the line after the one holding byte `offset` starts (the end of the text on the last line).
    private static func nextLineStart(after offset: Int, in source: SourceText) -> Int {
        let bytes = source.bytes
        guard let lineEnd = bytes[offset..<bytes.count].firstIndex(where: isBreak) else { return bytes.count }
        let crlf = bytes[lineEnd] == UInt8(ascii: "\r") && lineEnd + 1 < bytes.count && bytes[lineEnd + 1] == UInt8(ascii: "\n")
        return lineEnd + (crlf ? 2 : 1)
    }

    /// Whether `comment` is a `# wflint-disable-next-line` directive.
    private static func isNextLineDirective(_ comment: ByteRange, in source: SourceText) -> Bool {
        scope(of: comment, in: source) == .nextLine
    }

    /// The scope of the directive `comment` is, if it is one.
    private static func scope(of comment: ByteRange, in source: SourceText) -> Scope? {
        parse(comment: Array(source.text(comment).unicodeScalars)[...], line: 1, column: 1, documentIndex: 0)?.scope
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    private static func isBreak(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }
}
