import DocumentModel

/// Resolves what users write for a rule — its id (`WF205`, any case) or its
/// name (`tags-required`) — against the loaded rules.
public struct RuleNames: Sendable {
    /// Keyed exactly: a reference comes from a suppression comment or a
    /// configuration, and only the very id or name may select a rule.
    private let idsByReference: [ExactText: String]
    private let candidates: [String]

    public init(_ descriptors: [RuleDescriptor]) {
        var ids: [ExactText: String] = [:]
        for descriptor in descriptors {
            ids[ExactText(descriptor.id.lowercased())] = descriptor.id
            ids[ExactText(descriptor.name)] = descriptor.id
        }
        idsByReference = ids
        candidates = descriptors.flatMap { [$0.id, $0.name] }
    }

    /// The rule id `reference` names, or nil.
    public func id(of reference: String) -> String? {
        idsByReference[ExactText(reference)] ?? idsByReference[ExactText(reference.lowercased())]
    }

    /// `unknown rule "WF99" in "rules"; did you mean "WF009"?` (or the hint to
    /// list the rules when nothing is close).
    public func unknownMessage(_ reference: String, in section: String) -> String {
        let hint = MemberSuggestion.nearest(to: reference, in: candidates).map { "did you mean \"\($0)\"?" }
            ?? "'wflint rules' lists them"
        return "unknown rule \"\(reference)\" in \(section); \(hint)"
    }
}

/// A rule named on the command line that no loaded rule has.
public struct RuleSelectionError: Error, Sendable, Equatable {
    public let message: String
}

/// The rules in force for a run: the configuration's `rules:` settings, then
/// `--select` (only these run, even ones the configuration turns off; the
/// rules that say a file could not be checked stay on) and `--ignore` (these
/// never run).
public struct RuleSelection: Sendable {
    /// The findings that say a file was not checked (WF001: it does not parse;
    /// WF011: it is past a limit): `--select` keeps them, so that running only
    /// some rules never turns a file that was not read into a pass, as a
    /// linter's selection never hides a parse error (ruff, ESLint). Only
    /// `--ignore` or the configuration turns them off, by name.
    public static let keptBySelect: Set<String> = [CoreRule.syntaxError, CoreRule.resourceLimit]

    public var settings: [Configuration.RuleSetting] = []
    /// The file `settings` come from, for messages.
    public var settingsFile = ""
    public var select: [String] = []
    public var ignore: [String] = []

    public init(settings: [Configuration.RuleSetting] = [], settingsFile: String = "", select: [String] = [], ignore: [String] = []) {
        self.settings = settings
        self.settingsFile = settingsFile
        self.select = select
        self.ignore = ignore
    }

    /// The table of enabled rules with their severities. An unknown rule in
    /// the configuration is a `SourceError` at its place; one on the command
    /// line a `RuleSelectionError`.
    public func table(for descriptors: [RuleDescriptor]) throws(RuleSelectionFailure) -> RuleTable {
        try table(for: descriptors, names: RuleNames(descriptors))
    }

    /// The same, with the rule names of `descriptors` already built.
    public func table(for descriptors: [RuleDescriptor], names: RuleNames) throws(RuleSelectionFailure) -> RuleTable {
        var table = RuleTable(descriptors)
        var off: Set<String> = []
        var firstSetting: [String: Configuration.RuleReference] = [:]
        for setting in settings {
            guard let id = names.id(of: setting.rule.text) else {
                throw .configuration(SourceError(
                    file: settingsFile, position: setting.rule.position,
                    message: names.unknownMessage(setting.rule.text, in: "\"rules\"")))
            }
            if let first = firstSetting[id] {
                throw .configuration(SourceError(
                    file: settingsFile, position: setting.rule.position,
                    message: "rule \"\(setting.rule.text)\" is already set as \"\(first.text)\" at \(first.position)"))
            }
            firstSetting[id] = setting.rule
            switch setting.value {
            case .off: off.insert(id)
            case .severity(let severity): table.setSeverity(severity, for: id)
            }
        }
        let selected = try commandLineIDs(select, option: "--select", names: names)
        let ignored = try commandLineIDs(ignore, option: "--ignore", names: names)
        for descriptor in descriptors {
            let id = descriptor.id
            if ignored.contains(id) || !isSelected(id, selected: selected, off: off) { table.disable(id) }
        }
        return table
    }

    /// Whether rule `id` runs before `--ignore`: as the configuration says
    /// without `--select`; with it, when named or kept (`keptBySelect`).
    private func isSelected(_ id: String, selected: Set<String>, off: Set<String>) -> Bool {
        if selected.isEmpty || Self.keptBySelect.contains(id) && !selected.contains(id) { return !off.contains(id) }
        return selected.contains(id)
    }

    /// Comma-separated ids or names, from repeatable options.
    private func commandLineIDs(_ values: [String], option: String, names: RuleNames) throws(RuleSelectionFailure) -> Set<String> {
        var ids: Set<String> = []
        for value in values {
            let references = value.split(separator: ",").map { part in
                String(part.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            }.filter { !$0.isEmpty }
            // `--select ''` selected nothing, and so ran every rule.
            guard !references.isEmpty else {
                throw .commandLine(RuleSelectionError(
                    message: "\(option) \"\(value)\" names no rule: give rule ids or names, comma-separated"))
            }
            for reference in references {
                guard let id = names.id(of: reference) else {
                    throw .commandLine(RuleSelectionError(message: names.unknownMessage(reference, in: option)))
                }
                ids.insert(id)
            }
        }
        return ids
    }
}

/// Why the rule table could not be built.
public enum RuleSelectionFailure: Error, Sendable, Equatable {
    case configuration(SourceError)
    case commandLine(RuleSelectionError)
}
