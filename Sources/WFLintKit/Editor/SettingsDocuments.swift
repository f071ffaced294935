import DocumentModel
import YAMLReader

/// `.wflint.yaml` and rule packs opened in an editor: validated as their
/// text stands (unsaved edits included), as the command line would load
/// them, so that their load error shows where it is while typing.
public enum SettingsDocuments {
    /// What a document is to wflint besides a workforce document.
    public enum Kind: Sendable, Equatable {
        case configuration
        case rulePack
    }

    /// What the document at `path` is and why it does not load: nil for a
    /// document that is neither (a workforce document, say); a nil error
    /// when it loads. Runs on a thread with the stack deep documents need.
    public static func check(_ bytes: [UInt8], path: String) -> (kind: Kind, error: SourceError?)? {
        WorkerThreads.runOne {
            kind(of: bytes, path: path).map { kind in (kind, loadError(of: bytes, path: path, kind: kind)) }
        }
    }

    /// `.wflint.yaml` (or `.yml`) by its name; a rule pack by its top level (`pack:` and
    /// `rules:`), as a folder walk tells one.
    public static func kind(of bytes: [UInt8], path: String) -> Kind? {
        let name = ProjectPath.segments(of: path).last.map(String.init) ?? path
        if ConfigurationDiscovery.fileNames.contains(name) { return .configuration }
        guard SourceFormat.of(name: path, bytes: bytes) == .yaml, mayBePack(bytes),
            RulePackFile.isPack(YAMLReader.parse(bytes).documents)
        else { return nil }
        return .rulePack
    }

    private static let packKey = ByteSearch("pack")
    private static let rulesKey = ByteSearch("rules")

    /// Whether the text can hold a pack's keys, `pack` and `rules`. However a
    /// key is written (plain, quoted, folded, through an alias), its text is
    /// in the bytes as it is, except in a double-quoted scalar, whose escapes
    /// (`"\x70ack"`, a `\` line break) can spell it: a text with neither a
    /// `\` nor both words is no pack, told without parsing it. The server
    /// asks this before each lint of every YAML document.
    static func mayBePack(_ bytes: [UInt8]) -> Bool {
        bytes.contains(UInt8(ascii: "\\")) || (packKey.occurs(in: bytes) && rulesKey.occurs(in: bytes))
    }

    /// Why the document at `path` (absolute), of `kind`, does not load; nil
    /// when it does. A configuration loads as a run would load it: its
    /// packs (read from disk), then its rule settings and ignore entries
    /// against the rules they make. An error in a named pack is placed at
    /// the start of the configuration, and names the pack's file, line and
    /// column.
    public static func loadError(of bytes: [UInt8], path: String, kind: Kind) -> SourceError? {
        let text = String(decoding: bytes, as: UTF8.self)
        do throws(SourceError) {
            switch kind {
            case .rulePack:
                var set = RuleSet()
                try set.add(try PackLoader.load(text: text, file: path, implementations: RuleSet.swiftImplementations))
            case .configuration:
                try checkConfiguration(text, path: path)
            }
            return nil
        } catch where error.file != path {
            return SourceError(file: path, position: .start, message: "in the pack \(error.description)")
        } catch {
            return error
        }
    }

    private static func checkConfiguration(_ text: String, path: String) throws(SourceError) {
        let configuration = try ConfigurationReader.parse(text: text, file: path, directory: ProjectPath.parent(path))
        var ruleSet = RuleSet.builtin()
        for pack in configuration.packs { try ruleSet.addPacks(at: pack) }
        let names = RuleNames(ruleSet.descriptors)
        let selection = RuleSelection(settings: configuration.ruleSettings, settingsFile: path)
        do throws(RuleSelectionFailure) {
            _ = try selection.table(for: ruleSet.descriptors, names: names)
        } catch {
            if case .configuration(let error) = error { throw error }
        }
        _ = try IgnoreRules(configuration, names: names)
    }
}
