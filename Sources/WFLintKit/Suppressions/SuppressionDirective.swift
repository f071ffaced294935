import DocumentModel

/// One `# wflint-disable…` comment in a YAML file (or a `#` or `//` one in a
/// Terraform file).
///
/// `# wflint-disable-next-line WF205, tags-required -- reason` silences those
/// rules' findings that start on the next line; `-line` those on the comment's
/// own line (a trailing comment); `-file` those anywhere in the file. Without
/// rules it silences every rule. Rules are ids or names, separated by commas
/// or spaces; ` -- ` starts the reason, which SARIF shows as the justification.
struct SuppressionDirective: Sendable {
    enum Scope: String, Sendable, CaseIterable {
        case nextLine = "wflint-disable-next-line"
        case line = "wflint-disable-line"
        case file = "wflint-disable-file"
    }

    /// A rule as written in the comment, with its place.
    struct RuleToken: Sendable {
        let text: String
        let range: SourceRange
    }

    /// Nil when the word after `#` is no known directive (`wflint-disable-nextline`).
    let scope: Scope?
    /// The directive word as written, and where it is.
    let word: RuleToken
    /// Empty: every rule.
    let rules: [RuleToken]
    let reason: String?
    /// From `#` to the end of the comment.
    let range: SourceRange
    /// The document the comment is in, for the findings it causes.
    let documentIndex: Int

    static let marker = "wflint-disable"

    /// Whether finding `line` is in reach of this directive.
    func covers(line: Int) -> Bool {
        switch scope {
        case .nextLine: return line == range.start.line + 1
        case .line: return line == range.start.line
        case .file: return true
        case nil: return false
        }
    }

    /// Reads a comment (`text` is the line's scalars from `#` on, starting at
    /// `column` of `line`; `openerLength` is 2 for HCL's `//`); nil when the
    /// comment is not a directive.
    static func parse(
        comment text: ArraySlice<Unicode.Scalar>, line: Int, column: Int, documentIndex: Int, openerLength: Int = 1
    ) -> SuppressionDirective? {
        var cursor = Cursor(scalars: text, line: line, column: column)
        cursor.advance(by: openerLength)  // the `#` or `//`
        cursor.skip { $0 == " " || $0 == "\t" }
        guard cursor.rest.starts(with: marker.unicodeScalars) else { return nil }
        let word = cursor.token { !Self.isSeparator($0) }
        var rules: [RuleToken] = []
        var reason: String?
        while true {
            cursor.skip { Self.isSeparator($0) }
            if cursor.rest.isEmpty { break }
            if cursor.rest.starts(with: "--".unicodeScalars) {
                cursor.advance(by: 2)
                cursor.skip { $0 == " " || $0 == "\t" }
                reason = cursor.remainderText
                break
            }
            rules.append(cursor.token { !Self.isSeparator($0) })
        }
        let end = SourcePosition(line: line, column: column + text.count - trailingSpaces(text))
        return SuppressionDirective(
            scope: Scope(rawValue: word.text), word: word, rules: rules, reason: reason,
            range: SourceRange(start: SourcePosition(line: line, column: column), end: end),
            documentIndex: documentIndex)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == ","
    }

    private static func trailingSpaces(_ text: ArraySlice<Unicode.Scalar>) -> Int {
        text.reversed().prefix { $0 == " " || $0 == "\t" || $0 == "\r" }.count
    }

    /// Reading position within one comment, in columns.
    private struct Cursor {
        var scalars: ArraySlice<Unicode.Scalar>
        let line: Int
        var column: Int

        init(scalars: ArraySlice<Unicode.Scalar>, line: Int, column: Int) {
            self.scalars = scalars
            self.line = line
            self.column = column
        }

        var rest: ArraySlice<Unicode.Scalar> { scalars }

        var remainderText: String? {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
            return text.isEmpty ? nil : text
        }

        mutating func advance(by count: Int = 1) {
            let step = min(count, scalars.count)
            scalars = scalars.dropFirst(step)
            column += step
        }

        mutating func skip(while predicate: (Unicode.Scalar) -> Bool) {
            advance(by: scalars.prefix(while: predicate).count)
        }

        mutating func token(while predicate: (Unicode.Scalar) -> Bool) -> RuleToken {
            let start = SourcePosition(line: line, column: column)
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars.prefix(while: predicate))
            advance(by: text.unicodeScalars.count)
            return RuleToken(text: text, range: SourceRange(start: start, end: SourcePosition(line: line, column: column)))
        }
    }
}
