import DocumentModel
@testable import WFLintKit

/// The input an editor's open document `name` is linted as.
func editorInput(_ name: String) -> LintInput {
    LintInput(source: .file(name), displayName: name, isExplicit: false)
}

/// The code actions for the findings around `range` of `text`, named `name`,
/// linted with the built-in rules.
func codeActions(_ text: String, name: String = "team.yaml", at range: SourceRange) -> [EditorCodeAction] {
    let linter = builtinLinter()
    let bytes = Array(text.utf8)
    let linted = linter.lint(bytes, as: editorInput(name))
    return CodeActions.actions(for: range, in: bytes, as: editorInput(name), linter: linter, findings: linted.findings)
}

/// `title [kind, preferred] edits` of each action, as a reader checks them.
func described(_ actions: [EditorCodeAction]) -> [String] {
    actions.map { action in
        "\(action.title) [\(action.kind.rawValue)\(action.isPreferred ? ", preferred" : "")] "
            + action.edits.map(\.description).joined(separator: "; ")
    }
}

/// `text` with `action`'s edits applied.
func applying(_ action: EditorCodeAction, to text: String) -> String {
    String(decoding: action.edits.applied(to: Array(text.utf8)), as: UTF8.self)
}

/// A range of one position (a cursor).
func cursor(_ line: Int, _ column: Int) -> SourceRange {
    SourceRange(at: SourcePosition(line: line, column: column))
}
