import DocumentModel

/// "Disable WF201 for this line" and "… for this file": the edits that
/// write a suppression comment (`# wflint-disable-next-line WF201`, see
/// `SuppressionDirective`) for one finding, in YAML or Terraform. JSON has
/// no comments, and gets none.
///
/// A comment line inserted where the text is a scalar (a block scalar, a
/// quoted string over several lines, a heredoc) would change a value
/// instead: every edit is tried by linting the text it makes, and offered
/// only when the finding is then silenced and nothing else changed, the
/// places that messages name ("at 6:7", "on line 9") read back across the
/// inserted text (`InsertedText`).
enum SuppressionEdits {
    /// What the edits are tried against: the text as linted, and how.
    struct EditContext {
        let text: SourceText
        let format: SourceFormat
        let input: LintInput
        let linter: Linter
        /// The findings the text shows now.
        let shown: [Finding]
    }

    static func actions(for finding: Finding, in context: EditContext) -> [EditorCodeAction] {
        // JSON, Terraform's JSON syntax included, has no comments.
        guard context.format == .yaml || context.format == .hcl else { return [] }
        return [Scope.line, .file].compactMap { scope in
            guard let edit = edit(scope, for: finding, in: context.text),
                silences(edit, finding, in: context)
            else { return nil }
            return EditorCodeAction(
                title: "Disable \(finding.ruleID) for this \(scope == .line ? "line" : "file")", kind: .quickFix,
                isPreferred: false, findings: [finding], edits: [EditorEdit(edit, in: context.text)])
        }
    }

    enum Scope { case line, file }

    /// Adds the rule to the directive already on the line before the
    /// finding (or the file's first line), or writes one there; nil when
    /// that directive silences the rule already.
    static func edit(_ scope: Scope, for finding: Finding, in text: SourceText) -> TextEdit? {
        let directiveScope: SuppressionDirective.Scope = scope == .line ? .nextLine : .file
        let line = scope == .line ? finding.range.start.line : 1
        if line > 1 || scope == .file, let existing = directive(onLine: scope == .line ? line - 1 : 1, in: text),
            existing.scope == directiveScope
        {
            guard !existing.rules.isEmpty, !existing.rules.contains(where: { [finding.ruleID, finding.ruleName].contains($0.text) })
            else { return nil }
            let end = text.byteOffset(of: existing.rules[existing.rules.count - 1].range.end)
            return TextEdit(range: ByteRange(at: end), replacement: ", \(finding.ruleID)")
        }
        let start = text.lineStarts[min(line, text.lineStarts.count) - 1]
        let indent = scope == .line ? text.bytes[start...].prefix { $0 == UInt8(ascii: " ") } : []
        let comment = String(decoding: indent, as: UTF8.self) + "# \(directiveScope.rawValue) \(finding.ruleID)"
        return TextEdit(range: ByteRange(at: start), replacement: comment + lineBreak(atLine: line, in: text))
    }

    /// The directive of a `#` comment that is the whole of `line` (after
    /// indentation), if any.
    private static func directive(onLine line: Int, in text: SourceText) -> SuppressionDirective? {
        guard line <= text.lineStarts.count else { return nil }
        let start = text.lineStarts[line - 1]
        let end = line < text.lineStarts.count ? text.lineStarts[line] : text.bytes.count
        let scalars = Array(String(decoding: text.bytes[start..<end], as: UTF8.self).unicodeScalars)
        let indent = scalars.prefix { $0 == " " || $0 == "\t" }.count
        guard indent < scalars.count, scalars[indent] == "#" else { return nil }
        let comment = scalars[indent...].prefix { $0 != "\n" && $0 != "\r" }
        return SuppressionDirective.parse(comment: comment, line: line, column: indent + 1, documentIndex: 0)
    }

    /// The break that ends `line` (CR LF, CR or LF), or LF for a last line without one.
    private static func lineBreak(atLine line: Int, in text: SourceText) -> String {
        let starts = text.lineStarts
        guard line < starts.count else { return "\n" }
        let next = starts[line]
        return next >= 2 && text.bytes[next - 2] == UInt8(ascii: "\r") && text.bytes[next - 1] == UInt8(ascii: "\n")
            ? "\r\n" : text.bytes[next - 1] == UInt8(ascii: "\r") ? "\r" : "\n"
    }

    /// Whether the text `edit` makes silences `finding` (the same rule at
    /// the same pointer) and shows no finding the text did not have before:
    /// no syntax error, no changed value, no "silences nothing" note. A
    /// finding of the edited text is the same as one before when its rule,
    /// document, pointer and message are, the places its message names taken
    /// back to where they were before the insertion (WF204's "at 6:7" is the
    /// "at 5:7" it was, once a line is inserted above line 6); one naming a
    /// place in the inserted text is new.
    private static func silences(_ edit: TextEdit, _ finding: Finding, in context: EditContext) -> Bool {
        let bytes = edit.applied(to: context.text.bytes)
        let edited = context.linter.lint(bytes, as: context.input)
        let silenced = edited.suppressed.contains { $0.finding.ruleID == finding.ruleID && $0.finding.pointer == finding.pointer }
        guard silenced else { return false }
        let inserted = InsertedText(
            edit, before: context.text, after: SourceText(bytes: bytes), file: context.input.displayName)
        let before = Set(context.shown.map { $0.signature(message: $0.message) })
        return edited.findings.allSatisfy { found in
            inserted.originalMessage(found.message).map { before.contains(found.signature(message: $0)) } ?? false
        }
    }
}

/// An insertion into a text, to name the places of the text it makes as they
/// were before it: before the inserted text they are the same; after it, a
/// line on for each line break inserted (and on the line the insertion
/// ends, a column on for each scalar it adds there). Each place after it
/// maps to one place before, so that two messages read back the same only
/// when they were the same.
struct InsertedText {
    /// Where the insertion is, in both texts.
    let start: SourcePosition
    /// Where the inserted text ends, in the text after.
    let end: SourcePosition
    /// The text's file as findings name it: a message names a place in it
    /// with the name (`at infra/main.tf:6:7`) or without.
    let file: String

    init(_ edit: TextEdit, before: SourceText, after: SourceText, file: String) {
        start = before.position(ofByte: edit.range.start)
        end = after.position(ofByte: edit.range.start + edit.replacement.utf8.count)
        self.file = file
    }

    /// The place `position` of the text after was at before; nil for one in the inserted text.
    func original(_ position: SourcePosition) -> SourcePosition? {
        if position < start { return position }
        if position < end { return nil }
        if position.line == end.line {
            return SourcePosition(line: start.line, column: start.column + position.column - end.column)
        }
        return SourcePosition(line: position.line - (end.line - start.line), column: position.column)
    }

    /// The line `line` of the text after was before; nil for an inserted
    /// line, or one that holds inserted text and text from before.
    func originalLine(_ line: Int) -> Int? {
        if end.line == start.line || line < start.line { return line }
        if line > end.line { return line - (end.line - start.line) }
        return line == end.line && start.column == 1 && end.column == 1 ? start.line : nil
    }

    /// `message` with each place it names in the text after ("at 6:7", "at
    /// infra/main.tf:6:7", "on line 6") as it was before; nil when one is in
    /// the inserted text.
    func originalMessage(_ message: String) -> String? {
        let scalars = Array(message.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let startsWord = index == 0 || !Self.isWordScalar(scalars[index - 1])
            if startsWord, let (prefix, (numbers, next)) = ["at ", "at \(file):"].lazy
                .compactMap({ prefix in Self.place(in: scalars, at: index, after: prefix, parts: 2).map { (prefix, $0) } })
                .first
            {
                guard let place = original(SourcePosition(line: numbers[0], column: numbers[1])) else { return nil }
                result.append(contentsOf: "\(prefix)\(place)".unicodeScalars)
                index = next
            } else if startsWord, let (numbers, next) = Self.place(in: scalars, at: index, after: "on line ", parts: 1) {
                guard let line = originalLine(numbers[0]) else { return nil }
                result.append(contentsOf: "on line \(line)".unicodeScalars)
                index = next
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The numbers of `prefix` followed by `parts` decimal numbers joined by
    /// ":" at `index` (and not by more digits or a ":"), and the index after them.
    private static func place(
        in scalars: [Unicode.Scalar], at index: Int, after prefix: String, parts: Int
    ) -> (numbers: [Int], next: Int)? {
        var index = index
        for scalar in prefix.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return nil }
            index += 1
        }
        var numbers: [Int] = []
        while numbers.count < parts {
            if !numbers.isEmpty {
                guard index < scalars.count, scalars[index] == ":" else { return nil }
                index += 1
            }
            let digits = scalars[index...].prefix { ("0"..."9").contains($0) }
            guard !digits.isEmpty, digits.count < 10, let number = Int(String(String.UnicodeScalarView(digits))) else {
                return nil
            }
            numbers.append(number)
            index += digits.count
        }
        guard index == scalars.count || scalars[index] != ":" else { return nil }
        return (numbers, index)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
    }
}

extension Finding {
    /// What a finding says, wherever it is, with `message` for its message:
    /// for comparing two lints of a text a line was inserted into.
    fileprivate func signature(message: String) -> String { "\(ruleID) \(documentIndex) \(pointer) \(message)" }
}
