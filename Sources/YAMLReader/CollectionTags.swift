import DocumentModel

/// Which tags the loaders can build a sequence or a mapping with. `!!set`,
/// `!!omap` and `!!pairs` load (as a set, an ordered map, a list of pairs);
/// any other tag, or one meant for the other kind, fails the document.
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
}
