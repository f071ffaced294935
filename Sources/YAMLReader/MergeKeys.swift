import DocumentModel

/// YAML merge keys (`<<: *base`, `<<: [*a, *b]`, `<<: {…}`), which both
/// loaders apply: the mapping gets every member of the merged mappings that
/// it does not set itself. An explicit member wins over a merged one, and an
/// earlier mapping in a list over a later one, silently, as in the loaders.
/// Merged members keep the nodes (and so the positions) where they are written.
enum MergeKeys {
    /// A plain `<<` key, or one tagged `!!merge`; a quoted `"<<"` is an ordinary key.
    static func isMergeKey(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return isMergeKey(text: scalar.text, style: scalar.style, tag: node.tag)
    }

    /// Whether a scalar of this text, style and tag is a merge key (the tree
    /// builder asks as it makes the scalar).
    static func isMergeKey(text: String, style: ScalarStyle, tag: String?) -> Bool {
        if tag == YAMLResolver.mergeTag { return true }
        // By bytes: `==` took the string comparison's slow path for every
        // plain scalar of a stream.
        return tag == nil && style == .plain && text.isExactly("<<")
    }

    /// The entries with their merge keys applied: merged members first, as the loaders order them.
    ///
    /// Once a merge brings in any member, ruamel.yaml (the AWS CLI) builds
    /// the mapping as a dictionary, a key's last value winning, without its
    /// duplicate-key check (`construct_mapping` with `node.merge` set):
    /// then a key written twice in the mapping, or in a mapping merged in
    /// place (`<<: {a: 1, a: 2}`), is its last value, as PyYAML has it too,
    /// and no duplicate. An empty merge (`<<: {}`) changes nothing: a key
    /// twice is the duplicate it is without one (WF002), and a second `<<`
    /// after it is no second merge key.
    static func merged(_ entries: [MappingEntry]) throws(SyntaxError) -> [MappingEntry] {
        guard entries.contains(where: { isMergeKey($0.key) }) else { return entries }
        var explicit: [MappingEntry] = []
        var sources: [Node] = []
        var firstMergeKey: Node?
        for entry in entries {
            guard isMergeKey(entry.key) else {
                explicit.append(entry)
                continue
            }
            if let first = firstMergeKey, mergesAnything(sources) {
                throw SyntaxError(
                    message: "the AWS CLI refuses a second merge key \"<<\" in one mapping (the first is at "
                        + "\(first.range.start)); merge a list instead: <<: [*a, *b]",
                    position: entry.key.range.start)
            }
            firstMergeKey = firstMergeKey ?? entry.key
            sources += try mappings(toMerge: entry.value)
        }
        guard mergesAnything(sources) else { return explicit }
        var taken = Set(explicit.compactMap { $0.name.map(ExactText.init) })
        var merged: [MappingEntry] = []
        for source in sources {
            let fresh = (source.entries ?? []).lastOfEachName().filter { entry in
                entry.name.map { !taken.contains(ExactText($0)) } ?? true
            }
            taken.formUnion(fresh.compactMap { $0.name.map(ExactText.init) })
            merged += fresh
        }
        return merged + explicit.lastOfEachName()
    }

    /// Whether the mappings to merge hold any member.
    private static func mergesAnything(_ sources: [Node]) -> Bool {
        sources.contains { !($0.entries ?? []).isEmpty }
    }

    /// The mappings a merge key's value names: one mapping, or a list of them.
    private static func mappings(toMerge value: Node) throws(SyntaxError) -> [Node] {
        switch value.content {
        case .mapping: return [value]
        case .sequence(let items):
            for item in items where item.entries == nil {
                throw SyntaxError(
                    message: "the AWS CLI and PyYAML cannot merge \(item.typeDescriptionWithArticle) here: "
                        + "each item of a \"<<\" list must be a mapping", position: item.range.start)
            }
            return items
        case .scalar:
            throw SyntaxError(
                message: "the AWS CLI and PyYAML cannot merge \(value.typeDescriptionWithArticle): "
                    + "\"<<\" takes a mapping or a list of mappings", position: value.range.start)
        }
    }

    /// A merge key where a value belongs: the loaders have no constructor for it.
    static func mergeKeyAsValue(_ node: Node) -> SyntaxError {
        SyntaxError(
            message: "the AWS CLI and PyYAML cannot load a plain << outside a mapping key (it is the merge key); "
                + "quote it: \"<<\"", position: node.range.start)
    }
}
