import DocumentModel

/// The edits checks plan their fixes from: the document model's ranges
/// (`SourceText`'s edit queries), refused wherever an edit could mean more
/// than the fix says.
///
/// No fix is planned without the source text, for an alias (its text is the
/// anchor's), or where an edit cuts into or removes an anchored node that an
/// alias uses (the alias would name nothing). An edit inside such a node
/// changes every use at once, not only the one reported: that fix is unsafe.
extension DocumentContext {
    /// Renames `key`, a key of `mapping`, to `name`, as `rewriting` writes
    /// it. The fix claims the name in the mapping (`Fix.keyName`): another
    /// rename to it in the same pass would make a duplicate key.
    func renaming(
        _ key: Node, of mapping: Node, to name: String, _ applicability: FixApplicability, _ message: String
    ) -> Fix? {
        var fix = rewriting(key, to: name, applicability, message)
        fix?.claim = Fix.keyName(name, in: mapping)
        return fix
    }

    /// Rewrites a string scalar's value to `replacement`, in the style it is
    /// written in: plain stays plain, quotes stay. Only when the value is
    /// written as it reads (no escape, fold or block header), and
    /// `replacement` reads back as itself in that style and place
    /// (`ScalarSpelling`): a fix adds no escape, and a plain `true` would be
    /// no string.
    func rewriting(_ node: Node, to replacement: String, _ applicability: FixApplicability, _ message: String) -> Fix? {
        guard let value = writtenValue(of: node),
            ScalarSpelling.readsAsWritten(replacement, style: value.style, original: value.text)
        else { return nil }
        return offered(Fix(applicability, message, edits: [TextEdit(range: value.content, replacement: replacement)]))
    }

    /// Edits inside a string scalar's value: `edits` gets the value's text and
    /// returns the byte ranges of it to replace, counted from the value's
    /// start. The value they make must read back as written, as `rewriting`'s.
    func editingValue(
        of node: Node, _ applicability: FixApplicability, _ message: String,
        edits: (String) -> [TextEdit]
    ) -> Fix? {
        guard let value = writtenValue(of: node) else { return nil }
        let planned = edits(value.text)
        let result = String(decoding: FixSelection.apply(edits: planned, to: Array(value.text.utf8)), as: UTF8.self)
        guard !planned.isEmpty, ScalarSpelling.readsAsWritten(result, style: value.style, original: value.text)
        else { return nil }
        let shifted = planned.map { edit in
            TextEdit(
                range: ByteRange(start: value.content.start + edit.range.start, end: value.content.start + edit.range.end),
                replacement: edit.replacement)
        }
        return offered(Fix(applicability, message, edits: shifted))
    }

    /// Replaces a plain scalar's whole text (not its anchor) with
    /// `replacement`: the caller's to know that it reads as the rule says
    /// (the same string quoted, an integer in decimal). None for a scalar
    /// with a tag, which would apply to the new text too, or written over
    /// more than one line (its text is then not its value).
    func replacingPlainScalar(
        _ node: Node, with replacement: String, _ applicability: FixApplicability, _ message: String
    ) -> Fix? {
        guard let source, let scalar = node.scalar, scalar.style == .plain, node.tag == nil,
            let written = source.writtenText(of: node), source.bytes[written.offsets].elementsEqual(scalar.text.utf8)
        else { return nil }
        return offered(Fix(applicability, message, edits: [TextEdit(range: written, replacement: replacement)]))
    }

    /// Replaces the text at `bytes` of the document's source.
    func replacing(_ bytes: ByteRange, with replacement: String, _ applicability: FixApplicability, _ message: String) -> Fix? {
        guard source != nil else { return nil }
        return offered(Fix(applicability, message, edits: [TextEdit(range: bytes, replacement: replacement)]))
    }

    /// The quote a fix that quotes a scalar writes: the one the document's
    /// quoted scalars (keys too) use most, double quotes when as many are
    /// single-quoted, or none is quoted. Counted once per document.
    var preferredQuote: Character {
        parsedValues.preferredQuote { ScalarSpelling.preferredQuote(in: document.root) }
    }

    /// Removes the list item `target` is, with the removal query: none when
    /// the target is not an item of a list (`Tags[*].Key`), is its only item
    /// (an empty list is seldom what a rule means, and most of the API's
    /// lists need an entry: `SecurityGroupIds: []` is refused), or the list
    /// cannot lose it cleanly (see `SourceText.removal(ofItem:in:of:)`), or
    /// the removal would delete a directive that silences what stays. A
    /// `wflint-disable-next-line` just above the removed lines goes with them.
    /// A list reached through an alias (`Cidrs: *cidrs`) is removed from as
    /// written at its anchor, so every use's finding carries the same fix
    /// (`offered` makes it unsafe, naming the anchor).
    func removingItem(_ target: TargetNode, _ applicability: FixApplicability, _ message: String) -> Fix? {
        guard let source, let list = target.parent, let items = list.elements, items.count > 1,
            let index = target.pointer.lastToken.flatMap(Int.init), items.indices.contains(index),
            items[index] === target.node,
            let removal = source.removal(ofItem: index, in: list.written, of: document),
            !SuppressionDirective.movesALineUnderADirective(removal, in: source),
            !SuppressionDirective.deletesADirectiveForWhatStays(removal, in: source),
            !Self.takesCommentsAfter(target.node.written, removal, in: source)
        else { return nil }
        let edit = SuppressionDirective.takingNextLineDirective(above: removal, in: source)
        var fix = Fix(applicability, message, edits: [edit])
        fix.itemRemoval = Fix.ItemRemoval(list: list.written.bytes.start, itemCount: items.count)
        return offered(fix)
    }

    /// Whether `removal` takes a comment from a line after the one `item`
    /// ends on: the comment is the next entry's, or the list's (a directive
    /// and its reason between an item and its comma written first on the
    /// next line), and "every comment that is not the item's" stays.
    private static func takesCommentsAfter(_ item: Node, _ removal: TextEdit, in source: SourceText) -> Bool {
        let bytes = source.bytes
        // Past the line break (LF, CR LF or CR) that ends the item's last
        // line, looked for only within the removal: to the line's end, each
        // removal from a one-line list of 40,000 items read the rest of it.
        let end = min(removal.range.end, bytes.count)
        guard item.bytes.end < end,
            var nextLine = bytes[item.bytes.end..<end].firstIndex(where: { $0 == 0x0A || $0 == 0x0D })
        else { return false }
        nextLine += bytes[nextLine] == 0x0D && nextLine + 1 < bytes.count && bytes[nextLine + 1] == 0x0A ? 2 : 1
        guard nextLine < removal.range.end else { return false }
        return !source.comments(in: ByteRange(start: nextLine, end: removal.range.end)).isEmpty
    }

    /// A string scalar whose written text is exactly its value: its text, its
    /// style, and the bytes of its value (a plain scalar's whole text, or what
    /// stands between a quoted one's quotes).
    private struct WrittenValue {
        let text: String
        let style: ScalarStyle
        let content: ByteRange
    }

    private func writtenValue(of node: Node) -> WrittenValue? {
        guard let source, let value = node.string, let scalar = node.scalar,
            let written = source.writtenText(of: node)
        else { return nil }
        let content: ByteRange
        switch scalar.style {
        case .plain: content = written
        case .singleQuoted, .doubleQuoted:
            guard written.count >= 2 else { return nil }
            content = ByteRange(start: written.start + 1, end: written.end - 1)
        case .literal, .folded: return nil
        }
        guard source.bytes[content.offsets].elementsEqual(value.utf8) else { return nil }
        return WrittenValue(text: value, style: scalar.style, content: content)
    }

    /// `fix`, unless one of its edits cuts into an anchored node an alias
    /// uses; unsafe, and saying so, when one lies inside such a node.
    private func offered(_ fix: Fix) -> Fix? {
        guard let aliasTargets, let source else { return fix }
        var aliasSites: [ByteRange] = []
        for edit in fix.edits {
            switch aliasTargets.reach(of: edit.range) {
            case .outside: continue
            case .across: return nil
            case .inside(let sites): aliasSites += sites
            }
        }
        guard !aliasSites.isEmpty else { return fix }
        var anchors: [String] = []
        for site in aliasSites {
            // `*name` as written: the anchor is `&name`.
            let anchor = "&" + String(decoding: source.bytes[(site.start + 1)..<site.end], as: UTF8.self)
            if !anchors.contains(anchor) { anchors.append(anchor) }
        }
        return Fix(.unsafe, "\(fix.message) (changes every alias of \(anchors.joined(separator: ", ")))", edits: fix.edits)
    }
}
