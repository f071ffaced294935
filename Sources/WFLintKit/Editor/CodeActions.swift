import DocumentModel

/// A change an editor offers for a document (LSP's `CodeAction`): a quick
/// fix of one finding, a suppression comment, or every safe fix at once.
public struct EditorCodeAction: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case quickFix = "quickfix"
        /// What "fix on save" asks for (`editor.codeActionsOnSave`).
        case fixAll = "source.fixAll.wflint"
    }

    public let title: String
    public let kind: Kind
    /// A safe fix: what the editor applies when asked for "the" fix.
    public let isPreferred: Bool
    /// The findings it acts on (none for `fixAll`).
    public let findings: [Finding]
    /// Sorted and non-overlapping, in the text the findings were linted from.
    public let edits: [EditorEdit]
}

/// The code actions of one linted text. Each edit comes from the fix
/// machinery or the suppression syntax, never from a diff of two texts, so
/// that no edit carries text the fixes did not write (a secret of the
/// document included: fixes hold none, see `Fix`).
public enum CodeActions {
    /// The actions for `findings` (those `linter`'s lint of `bytes` as
    /// `input` shows, in report order) whose range meets `range`: each fix, labelled `(unsafe)`
    /// when it is, then "Disable … for this line" and "… for this file" for
    /// YAML and Terraform (JSON has no comments), for the first
    /// `suppressedFindingsLimit` findings. A WF010 note about a suppression
    /// comment gets no suppression of its own.
    public static func actions(
        for range: SourceRange, in bytes: [UInt8], as input: LintInput, linter: Linter, findings shown: [Finding]
    ) -> [EditorCodeAction] {
        let text = SourceText(bytes: bytes)
        let findings = shown.filter { meets($0.range, range) }
        var actions = findings.compactMap { quickFix(for: $0, in: text) }
        let context = SuppressionEdits.EditContext(
            text: text, format: SourceFormat.of(name: input.displayName, bytes: bytes), input: input, linter: linter,
            shown: shown)
        let suppressible = findings.lazy.filter { $0.ruleID != CoreRule.unusedSuppression }.prefix(suppressedFindingsLimit)
        for finding in suppressible { actions += SuppressionEdits.actions(for: finding, in: context) }
        return actions
    }

    /// How many findings of one request get suppression actions: each is
    /// tried with a lint of the text it makes (`SuppressionEdits`), so a
    /// selection over 1,000 findings took 39 s, and the editor waited; a
    /// cursor meets one or a few, and a menu of thousands helps no one.
    public static let suppressedFindingsLimit = 10

    /// The fix of `finding`, as one action.
    static func quickFix(for finding: Finding, in text: SourceText) -> EditorCodeAction? {
        guard let fix = finding.fix else { return nil }
        let safe = fix.applicability == .safe
        return EditorCodeAction(
            title: safe ? fix.message : "\(fix.message) (unsafe)", kind: .quickFix, isPreferred: safe,
            findings: [finding], edits: fix.edits.map { EditorEdit($0, in: text) })
    }

    /// `source.fixAll.wflint`: every safe fix `--fix` applies to `bytes`,
    /// iterated as it iterates them, as one action; nil when nothing changes.
    /// `silencing` keeps the configuration's ignore entries and the baseline
    /// from being fixed, as `--fix` does.
    public static func fixAll(
        _ bytes: [UInt8], as input: LintInput, linter: Linter, silencing: FixSilencing? = nil
    ) -> EditorCodeAction? {
        let fixed = linter.fix(bytes, as: input, silencing: silencing)
        guard fixed.changed, fixed.failure == nil else { return nil }
        let text = SourceText(bytes: bytes)
        let edits = fixed.edits.map { EditorEdit($0, in: text) }
        // The composed edits make the fixed text by construction; a mismatch
        // would be a wflint bug, and offering nothing beats a wrong edit.
        guard edits.applied(to: bytes) == fixed.bytes else { return nil }
        let count = fixed.appliedCount
        return EditorCodeAction(
            title: "Fix all safe wflint findings (\(count) fix\(count == 1 ? "" : "es"))", kind: .fixAll,
            isPreferred: false, findings: [], edits: edits)
    }

    /// Whether two ranges share a position; an empty one meets a range it
    /// touches (a cursor at a finding's end asks about it).
    static func meets(_ a: SourceRange, _ b: SourceRange) -> Bool {
        a.start <= b.end && b.start <= a.end
    }
}
