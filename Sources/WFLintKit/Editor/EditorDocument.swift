import DocumentModel

/// An editor's open document with the setup that lints it: what the
/// language server's code action, hover and completion requests ask about.
///
/// Every request runs on a thread with the stack deep documents need
/// (`WorkerThreads`), as linting does: hover and code actions parse the
/// document, and a hostile one must not overflow the server's stack.
public struct EditorDocument: Sendable {
    /// The text as the editor holds it (unsaved edits included).
    public let bytes: [UInt8]
    /// Its absolute path.
    public let path: String
    public let setup: LintSetup
    public let linter: Linter

    public init(bytes: [UInt8], path: String, setup: LintSetup, linter: Linter) {
        self.bytes = bytes
        self.path = path
        self.setup = setup
        self.linter = linter
    }

    /// As a directory walk meets it: a file that is no workforce document is
    /// skipped. Named as `Workspace.lint` names it, so that an action's
    /// findings read as the diagnostics do; the buffer stands in for the
    /// saved file in its Terraform module, as for the diagnostics.
    var input: LintInput {
        var input = LintInput(source: .file(path), displayName: setup.displayName(of: path), isExplicit: false)
        input.isEditorBuffer = true
        return input
    }

    /// The findings its diagnostics show: the lint, less what the
    /// configuration's `ignore:` entries silence (as `Workspace.lint`).
    private func shownFindings() -> [Finding] {
        guard bytes.count <= linter.limits.maximumFileSize else { return [] }
        let linted = linter.lint(bytes, as: input)
        guard !linted.isSkipped else { return [] }
        guard let ignores = setup.ignores else { return linted.findings }
        let file = ignores.file(atAbsolutePath: path)
        return linted.findings.filter { file.justification(for: $0) == nil }
    }

    /// The position of byte `offset`, as findings give positions.
    public func position(ofByte offset: Int) -> SourcePosition {
        SourceText(bytes: bytes).position(ofByte: min(max(0, offset), bytes.count))
    }

    /// Quick fixes and suppression comments for the findings `range` meets.
    public func codeActions(for range: SourceRange) -> [EditorCodeAction] {
        WorkerThreads.runOne {
            CodeActions.actions(for: range, in: bytes, as: input, linter: linter, findings: shownFindings())
        }
    }

    /// `source.fixAll.wflint`: what `--fix` would change, the configuration's
    /// ignore entries left unfixed as `--fix` leaves them.
    public func fixAll() -> EditorCodeAction? {
        guard bytes.count <= linter.limits.maximumFileSize else { return nil }
        let silencing = FixSilencing(ignores: setup.ignores, baseline: nil, workingDirectory: setup.workingDirectory)
        return WorkerThreads.runOne { CodeActions.fixAll(bytes, as: input, linter: linter, silencing: silencing) }
    }

    public func hover(at position: SourcePosition) -> String? {
        guard bytes.count <= linter.limits.maximumFileSize else { return nil }
        return WorkerThreads.runOne {
            Hover.markdown(
                at: position, in: bytes, as: input, findings: shownFindings(), ruleSet: setup.ruleSet,
                operation: linter.operationForPath(path), limits: linter.limits.read)
        }
    }

    public func completion(at position: SourcePosition) -> [CompletionItem] {
        guard bytes.count <= linter.limits.maximumFileSize else { return [] }
        return Completion.items(at: position, in: bytes, path: path, operation: linter.operationForPath(path))
    }
}
