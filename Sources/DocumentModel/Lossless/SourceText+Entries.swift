/// The extents of a collection's members, for edits: where a scalar is
/// written, where a key is, and the whole text an entry or item takes with its
/// separator. Each is a query on the model (a node and its source), so that it
/// keeps its meaning when nodes move to an arena.
extension SourceText {
    /// A scalar as written: its quotes, escapes and block-scalar header
    /// included, its anchor and tag not. Nil for a collection, and for an alias,
    /// which has no scalar text of its own (`aliasSite(of:)` is its `*name`;
    /// `writtenText(of: alias.aliasTarget!)` the anchored scalar's text).
    public func writtenText(of node: Node) -> ByteRange? {
        guard node.aliasTarget == nil, case .scalar = node.content else { return nil }
        return ByteRange(start: contentStart(of: node), end: node.bytes.end)
    }

    /// Where an alias is written (`*name`); nil for any other node.
    public func aliasSite(of node: Node) -> ByteRange? {
        node.aliasTarget == nil ? nil : node.bytes
    }

    /// The text of the key of a mapping's entry `index`: its scalar as written,
    /// or the whole key node when the key is a collection or an alias.
    public func keyText(ofEntry index: Int, in mapping: Node) -> ByteRange? {
        guard let entries = mapping.written.entries, entries.indices.contains(index) else { return nil }
        let key = entries[index].key
        return writtenText(of: key) ?? key.bytes
    }

    /// Entry `index` of a mapping: its key, its value, and its whole extent.
    /// Nil when there is no such entry, or when it is not written inside the
    /// mapping (an entry that a merge key `<<` brings in).
    public func extent(ofEntry index: Int, in mapping: Node) -> EntryExtent? {
        member(index, of: mapping).map { extent(of: $0, in: mapping) }
    }

    /// Item `index` of a sequence: its value and its whole extent (`key` is nil).
    public func extent(ofItem index: Int, in sequence: Node) -> EntryExtent? {
        member(index, of: sequence).map { extent(of: $0, in: sequence) }
    }

    // MARK: Members

    /// The key (nil for an item) and value of a collection's member.
    struct Member {
        let key: Node?
        let value: Node

        /// Its first byte: the key's, or the item's.
        var start: Int { (key ?? value).bytes.start }
        var end: Int { value.bytes.end }
    }

    /// The members of a collection written in it, in source order; nil for an
    /// alias, a scalar, or a mapping with members written elsewhere (merged).
    func members(of collection: Node) -> [Member]? {
        if let last = lastMembers.withLock({ $0 }), last.collection === collection { return last.members }
        let members = listMembers(of: collection)
        lastMembers.withLock { $0 = (collection, members) }
        return members
    }

    private func listMembers(of collection: Node) -> [Member]? {
        guard collection.aliasTarget == nil, collection.tag != YAMLResolver.omapTag else { return nil }
        let members: [Member]
        switch collection.content {
        case .scalar: return nil
        case .sequence(let items): members = items.map { Member(key: nil, value: $0) }
        case .mapping(let entries): members = entries.map { Member(key: $0.key, value: $0.value) }
        }
        let range = collection.bytes
        var previousEnd = range.start
        for member in members {
            guard member.start >= previousEnd, member.end <= range.end else { return nil }
            previousEnd = member.end
        }
        return members
    }

    func member(_ index: Int, of collection: Node) -> Member? {
        guard let members = members(of: collection), members.indices.contains(index) else { return nil }
        return members[index]
    }

    private func extent(of member: Member, in collection: Node) -> EntryExtent {
        let whole: ByteRange
        if collection.collectionStyle == .flow {
            whole = ByteRange(start: member.start, end: separatorEnd(after: member, in: collection) ?? member.end)
        } else {
            whole = blockExtent(of: member)
        }
        return EntryExtent(key: member.key?.bytes, value: member.value.bytes, whole: whole)
    }

    /// A block member's lines, from its indicator's line (or the indicator,
    /// when the line holds more before it) through its trailing comment and break.
    func blockExtent(of member: Member) -> ByteRange {
        let indicator = indicatorStart(of: member)
        let start = startsItsLine(indicator) ? lineStart(ofByte: indicator) : indicator
        return ByteRange(start: start, end: endOfLine(after: member.end))
    }

    /// Just past the `,` that follows a flow member, if one does.
    func separatorEnd(after member: Member, in collection: Node) -> Int? {
        let next = skippingTrivia(from: member.end, limit: collection.bytes.end)
        return next < collection.bytes.end && bytes[next] == UInt8(ascii: ",") ? next + 1 : nil
    }

    /// A block member's indicator: the `-` of an item, the `?` of an explicit
    /// key; else the key itself.
    func indicatorStart(of member: Member) -> Int {
        let before = skippingTriviaBackward(from: member.start)
        guard before > Self.firstLineStart(of: bytes) else { return member.start }
        let indicator = member.key == nil ? UInt8(ascii: "-") : UInt8(ascii: "?")
        return bytes[before - 1] == indicator ? before - 1 : member.start
    }
}

/// Where a mapping entry or a sequence item is written.
public struct EntryExtent: Sendable, Equatable, CustomStringConvertible {
    /// The key node (its anchor and tag included); nil for a sequence item.
    public var key: ByteRange?
    /// The value node (the item, for a sequence).
    public var value: ByteRange
    /// The whole entry with its separator. Flow style (and JSON): from the key
    /// or item through the `,` after it, when one follows. Block style: from
    /// the start of the line of its `-` (or `?`, or key) through the end of
    /// its last line, the trailing comment and line break included; from the
    /// indicator itself when it shares its line with what comes before it
    /// (`- - a`, `- key: value`).
    public var whole: ByteRange

    public init(key: ByteRange?, value: ByteRange, whole: ByteRange) {
        self.key = key
        self.value = value
        self.whole = whole
    }

    public var description: String {
        (key.map { "key \($0), " } ?? "") + "value \(value), whole \(whole)"
    }
}
