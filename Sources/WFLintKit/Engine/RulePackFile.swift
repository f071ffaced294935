import DocumentModel

/// A YAML file whose top level is a rule pack (`pack:` and `rules:`) is not a
/// workforce document. A directory walk skips it (it is not counted as
/// checked), and a file named explicitly — as pre-commit names a changed
/// pack — is validated as a pack: its load error becomes one WF012 finding at
/// the error's position, in whatever format the run writes.
enum RulePackFile {
    /// Whether a source's first document is a rule pack.
    static func isPack(_ documents: [Document]) -> Bool {
        documents.first.map(isPack) ?? false
    }

    /// Whether `document` (a source's first) has a rule pack's top level.
    static func isPack(_ document: Document) -> Bool {
        document.root.entry("pack") != nil && document.root.entry("rules") != nil
    }

    /// Loads the pack as `--rules` would, beside the built-in packs (which
    /// every run loads), but alone otherwise (its ids are not compared with
    /// the run's own packs: the run may well have loaded this very pack), and
    /// reports why it does not load. A built-in pack with the pack's own name
    /// and rules is left out: the file is that pack's source (wflint's
    /// `rules/`); a pack of yours named like one (`core`) is still compared.
    static func validate(_ bytes: [UInt8], file: String, rules: RuleTable) -> FindingSink {
        var sink = FindingSink(rules: rules, file: file, documentIndex: 0)
        do throws(SourceError) {
            let pack = try PackLoader.load(
                text: String(decoding: bytes, as: UTF8.self), file: file, implementations: RuleSet.swiftImplementations)
            let ids = Set(pack.rules.map(\.id))
            var set = RuleSet(packs: RuleSet.builtin().packs.filter { $0.name != pack.name || Set($0.rules.map(\.id)) != ids })
            try set.add(pack)
        } catch {
            sink.report(
                CoreRule.invalidRulePack, range: SourceRange(at: error.position ?? .start), pointer: .root,
                message: error.message)
        }
        return sink
    }
}
