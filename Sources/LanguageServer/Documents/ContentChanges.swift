/// A `textDocument/didChange`'s content changes, applied to a document's
/// text each to the text the one before left, as the protocol orders them.
///
/// VS Code sends the changes of a multi-cursor edit from the document's end
/// up (microsoft/vscode#88570), and each was placed with a line table made
/// again from the whole text: one `didChange` of 40,000 one-character edits
/// to a 1.1 MB document took 28 s. A change that lies on lines before those
/// of every change since the table was made is placed with that table (the
/// lines before an edit are as they were), and such a run of changes is
/// spliced into the text in one copy. Changes in any other order still make
/// the table again, each.
public enum ContentChanges {
    public enum Change: Sendable {
        /// The whole new text.
        case whole([UInt8])
        /// `range`'s text replaced with `text`.
        case replacing(start: TextPosition, end: TextPosition, text: [UInt8])
    }

    /// `text` with `changes` applied in order.
    public static func applied(_ changes: [Change], to text: [UInt8], encoding: PositionEncoding) -> [UInt8] {
        var run = Run(text: text)
        for change in changes {
            switch change {
            case .whole(let new):
                run = Run(text: new)
            case .replacing(let start, let end, let new):
                if max(start.line, end.line) >= run.firstEditedLine { run = Run(text: run.spliced()) }
                run.replace(from: start, to: end, with: new, encoding: encoding)
            }
        }
        return run.spliced()
    }

    /// Edits placed with one line table of `text`, each before the last.
    private struct Run {
        let text: [UInt8]
        private var lines: LineTable?
        /// From the last to the first: each ends where or before the one before starts.
        private var edits: [(from: Int, to: Int, text: [UInt8])] = []
        /// The first line an edit touches (0-based, as LSP counts); none yet: `Int.max`.
        private(set) var firstEditedLine = Int.max

        init(text: [UInt8]) {
            self.text = text
        }

        mutating func replace(from start: TextPosition, to end: TextPosition, with new: [UInt8], encoding: PositionEncoding) {
            let table = lines ?? LineTable(text)
            lines = table
            let from = table.offset(of: start, encoding: encoding)
            let to = max(from, table.offset(of: end, encoding: encoding))
            edits.append((from, to, new))
            // A position past the last line is the text's end, on its last line.
            firstEditedLine = min(start.line, end.line, table.lineCount - 1)
        }

        /// The text with the edits made, in one copy.
        func spliced() -> [UInt8] {
            guard !edits.isEmpty else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(text.count + edits.reduce(0) { $0 + $1.text.count })
            var copied = 0
            for edit in edits.reversed() {
                result += text[copied..<edit.from]
                result += edit.text
                copied = edit.to
            }
            return result + text[copied...]
        }
    }
}
