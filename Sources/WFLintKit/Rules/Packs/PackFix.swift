import DocumentModel

/// A declarative rule's `fix:`: one edit of the finding's target, of a kind
/// the pack states. Planned from the document model's ranges with the shared
/// steps of `FixPlanning`, so that every byte outside the edit stays as
/// written, and refused wherever they refuse (an alias, an anchored node an
/// alias uses, a value written with escapes, folds or a block header, a
/// sensitive value) or the replacement would need escaping (`ScalarSpelling`).
struct PackFix: Sendable {
    enum Action: Sendable {
        /// `replace-value`: the target string's value becomes the rendered `to`.
        case replaceValue(MessageTemplate)
        /// `remove-entry`: the target list item goes, with the removal query.
        case removeEntry
        /// `rename-key`: the key of the target (the target itself for `@key`)
        /// becomes the rendered `to`.
        case renameKey(MessageTemplate)
    }

    let action: Action
    let applicability: FixApplicability
    /// The pack's `message:` for the fix, else a default naming the edit.
    let message: MessageTemplate?
    /// What `wflint explain` says the fix does.
    let summary: FixSummary

    /// The fix for one violation of the rule, whose message variables
    /// (`{value}`, `{name}`, options, the function's) are `variables`; nil
    /// when it cannot be planned cleanly, or would change nothing.
    func plan(_ violation: Violation, variables: [String: String], in context: DocumentContext) -> Fix? {
        let target = violation.target
        // The fix's message shows the file's text as a finding's does (its
        // invisible characters escaped); the edit writes it as it is.
        let shown = variables.mapValues(SchemaMessages.escapingInvisible)
        let said = SchemaMessages.escapingInvisible
        switch action {
        case .removeEntry:
            return context.removingItem(target, applicability, message?.render(shown) ?? "Remove the entry")
        case .replaceValue(let template):
            guard let old = target.string, let new = template.renderComplete(variables), new != old,
                var fix = context.rewriting(
                    target.node, to: new, applicability,
                    message?.render(shown) ?? "Replace \"\(said(old))\" with \"\(said(new))\"")
            else { return nil }
            // The key of a key-value pair (a tag's `Key`) that another pair of
            // the list has already: rewritten, the list would name one key
            // twice, which AWS refuses for tags. Two such fixes in one pass
            // claim the key; the second is planned again on the next pass's
            // text. (Values may repeat: two tags may have one value.)
            guard target.pointer.lastToken == "Key", let list = Self.pairList(holding: target, in: context) else { return fix }
            // The list's keys are gathered once for the document: a fix each
            // of ten thousand misspelt keys scanned the whole list (quadratic).
            guard !context.parsedValues.pairKeys(of: list).contains(ExactText(new)) else { return nil }
            fix.claim = Fix.pairKey(new, inListAt: list)
            return fix
        case .renameKey(let template):
            guard let mapping = target.parent, let entries = mapping.entries,
                let key = target.key ?? entries.first(where: { $0.key === target.node })?.key,
                let old = key.string, let new = template.renderComplete(variables), new != old,
                // The new name taken already would make a duplicate key.
                !entries.contains(where: { $0.name == new })
            else { return nil }
            return context.renaming(
                key, of: mapping, to: new, applicability, message?.render(shown) ?? "Rename \"\(said(old))\" to \"\(said(new))\"")
        }
    }
}

extension PackFix {
    /// The list whose item holds `target` as a member (`Tags[*].Key`),
    /// found from the document's root by the target's pointer; nil when the
    /// target is no list item's member.
    fileprivate static func pairList(holding target: TargetNode, in context: DocumentContext) -> Node? {
        let tokens = target.pointer.tokens
        guard tokens.count >= 2, let index = Int(tokens[tokens.count - 2]) else { return nil }
        var list: Node? = context.document.root
        for token in tokens.dropLast(2) {
            guard let node = list else { return nil }
            if let elements = node.elements {
                list = Int(token).flatMap { elements.indices.contains($0) ? elements[$0] : nil }
            } else {
                list = node[member: token]
            }
        }
        guard let list, let items = list.elements, items.indices.contains(index), items[index] === target.parent
        else { return nil }
        return list
    }
}

extension TargetPath {
    /// Whether the nodes it reaches are list items: its last step is `[*]` or a filter.
    var endsAtListItem: Bool {
        switch steps.last {
        case .elements?, .filtered?: return true
        default: return false
        }
    }
}
