import DocumentModel

/// Which tags the loaders can build a sequence or a mapping with. `!!set`,
/// `!!omap` and `!!pairs` load (as a set, an ordered map, a list of pairs);
/// any other tag, or one meant for the other kind, fails the document.
///
/// An `!!omap` becomes a mapping node (tagged `!!omap`): the AWS CLI's loader
/// builds an ordered dict from it, which botocore takes as a map. A `!!set`
/// and `!!pairs` keep their shape and tag; the checker refuses them.
enum CollectionTags {
    private static let sequenceTags: Set<String> = Set(["!", "seq", "omap", "pairs"].map(qualified))
    private static let mappingTags: Set<String> = Set(["!", "map", "set"].map(qualified))

    private static func qualified(_ name: String) -> String { name == "!" ? name : YAMLResolver.tagPrefix + name }

    static func check(_ tag: String?, isMapping: Bool, at start: SourcePosition) throws(SyntaxError) {
        guard let tag, !(isMapping ? mappingTags : sequenceTags).contains(tag) else { return }
        let kind = isMapping ? "mapping" : "sequence"
        throw SyntaxError(
            message: "the AWS CLI and PyYAML cannot load the tag \(YAMLResolver.shortName(ofTag: tag)) here: "
                + "neither loader builds a \(kind) with it", position: start)
    }

    /// The items of an `!!omap` or `!!pairs` sequence, each a mapping of one
    /// key, as both loaders require; an `!!omap` with a repeated key also
    /// fails in the AWS CLI's loader (PyYAML keeps both). Neither loader
    /// applies a merge key in an item (`merged`): each builds an item's key
    /// as written, and `<<` has no constructor ("could not determine a
    /// constructor for the tag 'tag:yaml.org,2002:merge'").
    static func pairs(
        of items: [Node], tag: String, at start: SourcePosition, merged: (Node) -> Bool
    ) throws(SyntaxError) -> [MappingEntry] {
        var entries: [MappingEntry] = []
        let shortTag = YAMLResolver.shortName(ofTag: tag)
        for item in items {
            if merged(item) {
                throw SyntaxError(
                    message: "the AWS CLI and PyYAML cannot load the tag \(shortTag) here: an item's merge key (<<) "
                        + "is not applied, and no loader builds the key <<; write the item's key itself",
                    position: item.range.start)
            }
            guard let itemEntries = item.entries, itemEntries.count == 1 else {
                throw SyntaxError(
                    message: "the AWS CLI and PyYAML cannot load the tag \(shortTag) here: each item must be a mapping of one key",
                    position: item.range.start)
            }
            entries.append(itemEntries[0])
        }
        guard tag == YAMLResolver.omapTag else { return entries }
        var seen = Set<String>()
        for entry in entries {
            guard let name = entry.name, !seen.insert(name).inserted else { continue }
            throw SyntaxError(
                message: "the AWS CLI cannot load the tag !!omap here: the key \"\(name)\" is repeated (PyYAML loads it)",
                position: entry.key.range.start)
        }
        return entries
    }
}
