import DocumentModel

/// The configuration's `ignore:` entries, with their rules resolved to ids.
/// A finding is ignored when its file matches an entry's path glob (relative to
/// the configuration's folder), its rule is one of the entry's, and, when the
/// entry has a pointer, the finding is at that pointer or below it.
public struct IgnoreRules: Sendable {
    struct Entry: Sendable {
        let paths: [Glob]
        let ruleIDs: Set<String>
        let pointer: String?
        let justification: String
    }

    private let configuration: Configuration
    private let entries: [Entry]

    /// Resolves every rule of every entry; an unknown one is a `SourceError` at its place.
    public init(_ configuration: Configuration, names: RuleNames) throws(SourceError) {
        self.configuration = configuration
        var entries: [Entry] = []
        for entry in configuration.ignores {
            var ids: Set<String> = []
            for rule in entry.rules {
                guard let id = names.id(of: rule.text) else {
                    throw SourceError(
                        file: configuration.file, position: rule.position,
                        message: names.unknownMessage(rule.text, in: "an \"ignore\" entry"))
                }
                ids.insert(id)
            }
            entries.append(Entry(
                paths: entry.paths, ruleIDs: ids, pointer: entry.pointer,
                justification: entry.reason ?? "ignored by \(configuration.file):\(entry.position)"))
        }
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The justification of the first entry that ignores `finding` in the file
    /// at `absolutePath`, or nil when none does.
    public func justification(for finding: Finding, absolutePath: String) -> String? {
        guard let path = configuration.relativePath(of: absolutePath) else { return nil }
        let pointer = finding.pointer.description
        return entries.first { entry in
            entry.ruleIDs.contains(finding.ruleID)
                && entry.paths.contains { $0.matches(path) }
                && entry.pointer.map { pointer.isExactly($0) || pointer.utf8.starts(with: ($0 + "/").utf8) || $0.isEmpty } ?? true
        }?.justification
    }
}
