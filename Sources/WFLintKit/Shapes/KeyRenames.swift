import DocumentModel

/// WF003's suggestions and fixes for the unknown keys of one mapping, worked
/// out together: a rename is offered only where it is the one right answer
/// and leaves the mapping valid.
///
/// An unknown key is renamed to its suggested member when that member is the
/// only one as near (`MemberSuggestion.nearestMatch`), no key of the mapping
/// is that member already (the rename would make a duplicate key), and no
/// other unknown key would be renamed to it too (both renames would apply in
/// one pass; a rule pack's `rename-key` to that member waits for the next
/// pass too, `Fix.claim`). Safe when the names differ only in case (`SourceIPConfig` →
/// `SourceIpConfig`), unsafe otherwise (`CognitoConfg` → `CognitoConfig`: a
/// likely intent). The key keeps its quoting; an alias or a collection as a
/// key, and a key written with an escape, get no fix (`rewriting`).
struct KeyRenames {
    /// Each unknown key's suggested member, by key node.
    private var suggestions: [ObjectIdentifier: String] = [:]
    /// The keys whose suggestion a fix may write.
    private var renamable: Set<ObjectIdentifier> = []
    /// The mapping the entries are of.
    private let mapping: Node

    init(_ entries: [MappingEntry], of shape: Shape, catalog: ShapeCatalog, in mapping: Node) {
        self.mapping = mapping
        let names = shape.members.map(\.name)
        var onlyMatches: [ObjectIdentifier: String] = [:]
        var renamesTo: [ExactText: Int] = [:]
        for entry in entries {
            guard let name = entry.name, !Self.isMember(name, of: shape, catalog),
                let match = MemberSuggestion.nearestMatch(to: name, in: names)
            else { continue }
            suggestions[ObjectIdentifier(entry.key)] = match.name
            guard match.isOnlyOne else { continue }
            onlyMatches[ObjectIdentifier(entry.key)] = match.name
            renamesTo[ExactText(match.name), default: 0] += 1
        }
        let written = Set(entries.compactMap { $0.name.map(ExactText.init) })
        for (key, member) in onlyMatches
        where renamesTo[ExactText(member)] == 1 && !written.contains(ExactText(member)) {
            renamable.insert(key)
        }
    }

    /// Whether the structure walk checks `name` as a member (else it is unknown).
    private static func isMember(_ name: String, of shape: Shape, _ catalog: ShapeCatalog) -> Bool {
        shape.member(name).flatMap { catalog.shape(named: $0.shape) } != nil
    }

    /// The member to suggest for the unknown key `key`, if one is near.
    func suggestion(for key: Node) -> String? { suggestions[ObjectIdentifier(key)] }

    /// The rename of `entry`'s key to its suggestion, where one is offered.
    func fix(for entry: MappingEntry, in context: DocumentContext) -> Fix? {
        guard let name = entry.name, renamable.contains(ObjectIdentifier(entry.key)),
            let member = suggestions[ObjectIdentifier(entry.key)]
        else { return nil }
        let applicability: FixApplicability = name.lowercased() == member.lowercased() ? .safe : .unsafe
        return context.renaming(entry.key, of: mapping, to: member, applicability, "Rename the key to '\(member)'")
    }
}
