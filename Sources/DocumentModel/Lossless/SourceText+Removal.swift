/// The edit that removes one member of a collection and leaves the rest as
/// written: comments, indentation, quoting and line endings outside it stay.
///
/// - Block style: the member's whole lines (its extent). A first member that
///   shares its line with what comes before (`- - a`, `- key: value`) is
///   removed from its indicator up to the next member's, so the next one moves
///   up onto that line.
/// - Flow style and JSON: the member and the `,` after it, up to the next
///   member when that one is on the same line. When the `,` ends the line,
///   the lines up to the next member stay (their comments are the next
///   member's): the member goes with its whole line when it stands alone on
///   it (the comment after its `,` too), else with the blanks before it.
///   The last member goes with the `,` before it, and, when it stands on
///   a line of its own after a `,` that ends its line, with the rest of its
///   line: a comment after that `,` stays, on the line of the member before.
///   When the last member shares its line with more (`b]`), only the `,` and
///   the member go, and a comment between them stays with what lies between.
/// - The only member: the collection becomes empty, `[]` or `{}`, so that it
///   stays a list or a map (in block style its text is replaced; in flow style
///   the brackets stay and all between them goes, comments included).
/// - Comments on the lines of a removed block member go with it; those on
///   lines of their own stay. In flow style, the comments on the removed
///   member's own line go with it (a last member's: see above).
///
/// Nil when the member cannot be removed cleanly this way: an alias (the
/// text is the anchor's), entries a merge key brings in, an `!!omap`, or
/// anything but trivia between two members. An anchor inside the removed text
/// that an alias elsewhere names is the caller's to check.
extension SourceText {
    /// Removes item `index` of `sequence`, a node of `document`.
    public func removal(ofItem index: Int, in sequence: Node, of document: Document) -> TextEdit? {
        guard sequence.elements != nil else { return nil }
        return removal(ofMember: index, in: sequence, of: document)
    }

    /// Removes entry `index` (key and value) of `mapping`, a node of `document`.
    public func removal(ofEntry index: Int, in mapping: Node, of document: Document) -> TextEdit? {
        guard mapping.entries != nil else { return nil }
        return removal(ofMember: index, in: mapping, of: document)
    }

    private func removal(ofMember index: Int, in collection: Node, of document: Document) -> TextEdit? {
        guard let members = members(of: collection), members.indices.contains(index) else { return nil }
        if members.count == 1 { return emptying(collection, member: members[0], of: document) }
        if collection.collectionStyle == .flow { return flowRemoval(index, of: members, in: collection) }
        return blockRemoval(index, of: members, in: collection).map { TextEdit(range: $0) }
    }

    private func flowRemoval(_ index: Int, of members: [Member], in collection: Node) -> TextEdit? {
        if index + 1 < members.count {
            let (member, next) = (members[index], members[index + 1])
            guard let separator = separatorEnd(after: member, in: collection),
                skippingTrivia(from: separator, limit: collection.bytes.end) == next.start
            else { return nil }
            // The next member on the same line: the member, its `,` and the blanks up to the next.
            guard bytes[separator..<next.start].contains(where: Self.isBreak) else {
                return TextEdit(range: ByteRange(start: member.start, end: next.start))
            }
            return flowLineRemoval(member, separator: separator)
        }
        // The last member: from the end of the one before, its `,` included.
        let previous = members[index - 1]
        guard let separator = separatorEnd(after: previous, in: collection),
            skippingTrivia(from: separator, limit: collection.bytes.end) == members[index].start
        else { return nil }
        let member = members[index]
        if let edit = lastFlowLineRemoval(from: previous.end, separator: separator, member: member) { return edit }
        // A comment between the `,` and the member belongs to a line that
        // stays: the `,` and the member go, the trivia between stays as written.
        let between = ByteRange(start: separator, end: member.start)
        let kept = comments(in: between).isEmpty ? "" : String(decoding: bytes[between.offsets], as: UTF8.self)
        return TextEdit(range: ByteRange(start: previous.end, end: member.end), replacement: kept)
    }

    /// A flow member whose `,` ends its line (the next member is on a later
    /// line): the lines between, and their comments, stay as written, so that
    /// a comment about the next member (a `wflint-disable-next-line` above it)
    /// stays above it. Alone on its line, the member goes with its whole line,
    /// the comment after its `,` included; after another member, with the
    /// blanks before it. Nil when a comment stands between it and its `,`.
    private func flowLineRemoval(_ member: Member, separator: Int) -> TextEdit? {
        guard comments(in: ByteRange(start: member.end, end: separator)).isEmpty else { return nil }
        if startsItsLine(member.start) {
            return TextEdit(range: ByteRange(start: lineStart(ofByte: member.start), end: endOfLine(after: separator)))
        }
        var start = member.start
        while start > 0, Self.isBlank(bytes[start - 1]) { start -= 1 }
        return TextEdit(range: ByteRange(start: start, end: separator))
    }

    /// The last flow member on a line of its own, after a `,` that ends its
    /// line: the member's line goes up to its break, and the comment after
    /// the `,` stays with the member before, whose line it is on
    /// (`a,  # a\n  b  # b\n]` becomes `a  # a\n]`). Nil when either line holds more.
    private func lastFlowLineRemoval(from previousEnd: Int, separator: Int, member: Member) -> TextEdit? {
        guard let kept = restOfLine(from: separator), let memberLineEnd = restOfLine(from: member.end) else {
            return nil
        }
        // A comment is kept with the blanks before it; blanks alone are not.
        let keptText = comment(startingAt: skippingBlanks(from: separator)) == nil ? "" : kept.text
        return TextEdit(range: ByteRange(start: previousEnd, end: memberLineEnd.end), replacement: keptText)
    }

    /// The blanks and comment from `offset` to a line break, and where the
    /// break is; nil when anything else stands there, or no break follows.
    private func restOfLine(from offset: Int) -> (text: String, end: Int)? {
        var end = skippingBlanks(from: offset)
        if let comment = comment(startingAt: end) { end = comment.end }
        guard end < bytes.count, Self.isBreak(bytes[end]) else { return nil }
        return (String(decoding: bytes[offset..<end], as: UTF8.self), end)
    }

    private func skippingBlanks(from offset: Int) -> Int {
        var offset = offset
        while offset < bytes.count, Self.isBlank(bytes[offset]) { offset += 1 }
        return offset
    }

    private func blockRemoval(_ index: Int, of members: [Member], in collection: Node) -> ByteRange? {
        let whole = blockExtent(of: members[index])
        guard index + 1 < members.count else { return whole }
        let next = indicatorStart(of: members[index + 1])
        // Only trivia may stand between this member and the next.
        guard skippingTrivia(from: whole.end, limit: collection.bytes.end) == next else { return nil }
        let indicator = indicatorStart(of: members[index])
        return startsItsLine(indicator) ? whole : ByteRange(start: indicator, end: next)
    }

    /// The edit that leaves `collection` with no member.
    private func emptying(_ collection: Node, member: Member, of document: Document) -> TextEdit {
        if collection.collectionStyle == .flow {
            // What stands between the brackets goes, the brackets stay.
            return TextEdit(range: ByteRange(start: contentStart(of: collection) + 1, end: collection.bytes.end - 1))
        }
        let start = contentStart(of: collection)
        let empty = collection.elements != nil ? "[]" : "{}"
        // A block sequence may sit at its key's own indentation (`key:\n- a`);
        // a flow one there would read as the next key, so it moves in a column.
        let indent = isIndentless(collection, start: start, in: document) ? " " : ""
        return TextEdit(range: ByteRange(start: start, end: collection.bytes.end), replacement: indent + empty)
    }

    /// Whether a block sequence starting at `start` is a mapping's value
    /// written at the column of its key.
    private func isIndentless(_ sequence: Node, start: Int, in document: Document) -> Bool {
        guard sequence.elements != nil, let key = key(of: sequence, in: document.root) else { return false }
        return position(ofByte: start).column <= position(ofByte: key.bytes.start).column
    }

    /// The key under which `node` is a mapping's value, found from `root`
    /// through the nodes whose text holds the node's (aliases are not entered).
    func key(of node: Node, in root: Node) -> Node? {
        var pending = [root]
        while let current = pending.popLast() {
            guard current.aliasTarget == nil, current.bytes.contains(node.bytes) else { continue }
            switch current.content {
            case .scalar: continue
            case .sequence(let items): pending += items
            case .mapping(let entries):
                if let entry = entries.first(where: { $0.value === node }) { return entry.key }
                pending += entries.flatMap { [$0.key, $0.value] }
            }
        }
        return nil
    }
}
