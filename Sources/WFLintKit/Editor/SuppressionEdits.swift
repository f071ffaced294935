import DocumentModel

/// "Disable WF201 for this line" and "… for this file": the edits that
/// write a suppression comment (`# wflint-disable-next-line WF201`, see
/// `SuppressionDirective`) for one finding, in YAML or Terraform. JSON has
/// no comments, and gets none.
///
/// A comment line inserted where the text is a scalar (a block scalar, a
/// quoted string over several lines, a heredoc) would change a value
/// instead: every edit is tried by linting the text it makes, and offered
/// only when the finding is then silenced and nothing else changed.
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
    /// the same pointer) and shows no finding the text did not have before
    /// (bar the line shift an inserted line makes): no syntax error, no
    /// changed value, no "silences nothing" note.
    private static func silences(_ edit: TextEdit, _ finding: Finding, in context: EditContext) -> Bool {
        let edited = context.linter.lint(edit.applied(to: context.text.bytes), as: context.input)
        let silenced = edited.suppressed.contains { $0.finding.ruleID == finding.ruleID && $0.finding.pointer == finding.pointer }
        let before = Set(context.shown.map(\.signature))
        return silenced && edited.findings.allSatisfy { before.contains($0.signature) }
    }
}

extension Finding {
    /// What a finding says, wherever it is: for comparing two lints of a text
    /// a line was inserted into.
    fileprivate var signature: String { "\(ruleID) \(documentIndex) \(pointer) \(message)" }
}
