import DocumentModel
import YAMLReader

/// Reads `.wflint.yaml` strictly: every unknown key, wrong type or invalid
/// value is a `SourceError` at its place, with a suggestion where one helps.
public enum ConfigurationReader {
    static let topKeys = ["exclude", "fail-on", "ignore", "include", "limits", "operations", "packs", "rules"]
    static let ignoreKeys = ["path", "pointer", "reason", "rules"]
    static let settingNames = ["error", "note", "off", "warning"]

    /// Parses `text`, the content of `file` (as shown in messages) whose
    /// absolute folder is `directory`. Pack paths are resolved against
    /// `directory` and returned as the loader will open them.
    public static func parse(text: String, file: String, directory: String) throws(SourceError) -> Configuration {
        let stream = YAMLReader.parse(Array(text.utf8))
        if let error = stream.syntaxError {
            throw SourceError(file: file, position: error.position, message: "invalid YAML: \(error.message)")
        }
        guard stream.documents.count <= 1 else {
            throw SourceError(
                file: file, position: stream.documents[1].root.range.start,
                message: "a configuration must be one YAML document; this is document 2")
        }
        var configuration = Configuration(file: file, directory: directory)
        guard let root = stream.documents.first?.root, root.scalar?.value != .null else { return configuration }
        let reader = Reader(syntax: PackSyntax(file: file), file: file)
        let top = try reader.mapping(root, allowed: topKeys, in: "the configuration")
        for entry in top {
            let value = entry.value
            switch entry.name {
            case "rules": configuration.ruleSettings = try reader.ruleSettings(value)
            case "packs": configuration.packs = try reader.packs(value, directory: directory)
            case "include": configuration.include = try reader.globs(value, "\"include\"")
            case "exclude": configuration.exclude = try reader.globs(value, "\"exclude\"")
            case "operations": configuration.operations = try reader.operations(value)
            case "fail-on": configuration.failOn = try reader.failOn(value)
            case "limits": configuration.limits = try reader.limits(value)
            default: configuration.ignores = try reader.ignores(value)
            }
        }
        return configuration
    }

    /// Reads the file at `path`; `file` is how messages name it.
    public static func load(path: String, file: String, directory: String) throws(SourceError) -> Configuration {
        try parse(text: try UserFile.text(at: path, file: file, what: "configuration"), file: file, directory: directory)
    }

    private struct Reader {
        let syntax: PackSyntax
        let file: String

        /// The entries of a mapping with string keys from `allowed`, in order;
        /// an unknown key gets the nearest valid one as a suggestion.
        func mapping(_ node: Node, allowed: [String], in section: String) throws(SourceError) -> [MappingEntry] {
            let entries = try uniqueEntries(node, in: section)
            for entry in entries where !allowed.contains(entry.name ?? "") {
                throw syntax.error(
                    PackSyntax.unknown("key", entry.name ?? "", in: " in \(section)", valid: allowed), at: entry.key)
            }
            return entries
        }

        /// A mapping's entries; keys must be strings and must not repeat.
        func uniqueEntries(_ node: Node, in section: String) throws(SourceError) -> [MappingEntry] {
            guard let entries = node.entries else {
                throw syntax.error("\(section) must be a mapping, not \(syntax.describe(node))", at: node)
            }
            var seen: [String: Node] = [:]
            for entry in entries {
                guard let name = entry.key.scalarText else {
                    throw syntax.error("the keys of \(section) must be strings", at: entry.key)
                }
                if let first = seen[name] {
                    throw syntax.error(
                        "duplicate key \"\(name)\" in \(section), first defined at \(first.range.start)", at: entry.key)
                }
                seen[name] = entry.key
            }
            return entries
        }

        func ruleSettings(_ node: Node) throws(SourceError) -> [Configuration.RuleSetting] {
            var settings: [Configuration.RuleSetting] = []
            for entry in try uniqueEntries(node, in: "\"rules\"") {
                let rule = Configuration.RuleReference(text: entry.name ?? "", position: entry.key.range.start)
                let text = entry.value.scalarText ?? ""
                let value: Configuration.RuleSetting.Value
                if entry.value.string == "off" {
                    value = .off
                } else if let text = entry.value.string, let severity = Severity(rawValue: text) {
                    value = .severity(severity)
                } else if entry.value.scalar != nil, entry.value.string == nil, settingNames.contains(text) {
                    // `off` under `%YAML 1.1` is a boolean: "did you mean "off"?" would say nothing.
                    throw syntax.error(
                        "invalid setting \(syntax.describe(entry.value)) for rule \"\(rule.text)\": it is read as "
                            + "\(entry.value.typeDescriptionWithArticle) here, not a string; quote it: \"\(text)\"",
                        at: entry.value)
                } else {
                    let hint = entry.value.scalar.flatMap { _ in MemberSuggestion.nearest(to: text, in: settingNames) }
                        .map { "did you mean \"\($0)\"? " } ?? ""
                    throw syntax.error(
                        "invalid setting \(syntax.describe(entry.value)) for rule \"\(rule.text)\"; "
                            + "\(hint)valid settings: \(settingNames.joined(separator: ", "))",
                        at: entry.value)
                }
                settings.append(Configuration.RuleSetting(rule: rule, value: value))
            }
            return settings
        }

        /// Pack paths, relative to the configuration's folder unless absolute.
        /// A pack that does not exist is reported here, at its entry.
        func packs(_ node: Node, directory: String) throws(SourceError) -> [String] {
            var paths: [String] = []
            for item in try syntax.list(node, "\"packs\"") {
                let text = try syntax.string(item, "each entry of \"packs\"")
                let path = ProjectPath.absolute(text, from: directory)
                if case .failure(let failure) = FileSystem.entryType(path) {
                    throw syntax.error("cannot read the rule pack \"\(text)\": \(failure)", at: item)
                }
                // A folder without a pack, or one that cannot be listed, is told at its entry too.
                do throws(SourceError) {
                    _ = try RuleSet.packFiles(at: path)
                } catch {
                    throw syntax.error("rule pack \"\(text)\": \(error.message)", at: item)
                }
                paths.append(path)
            }
            return paths
        }

        func globs(_ node: Node, _ what: String) throws(SourceError) -> [Glob] {
            let items = node.scalar != nil ? [node] : try syntax.list(node, what)
            var globs: [Glob] = []
            for item in items { globs.append(try glob(item, in: what)) }
            return globs
        }

        func glob(_ node: Node, in what: String) throws(SourceError) -> Glob {
            let text = try syntax.string(node, "each pattern of \(what)")
            do {
                return try Glob(text)
            } catch {
                throw syntax.error("invalid pattern \"\(text)\" in \(what): \(error.reason)", at: node)
            }
        }

        func operations(_ node: Node) throws(SourceError) -> [(glob: Glob, operation: Operation)] {
            var operations: [(glob: Glob, operation: Operation)] = []
            for entry in try uniqueEntries(node, in: "\"operations\"") {
                let glob = try glob(entry.key, in: "\"operations\"")
                let operation = try syntax.operation(
                    entry.value, "the operation of \"\(glob)\"", context: " for \"\(glob)\"")
                operations.append((glob, operation))
            }
            return operations
        }

        func limits(_ node: Node) throws(SourceError) -> LintLimits {
            let names = ResourceLimit.allCases.map(\.rawValue).sorted()
            let entries = try mapping(node, allowed: names, in: "\"limits\"")
            return try LimitsReader(syntax: syntax).read(node, entries: entries)
        }

        func failOn(_ node: Node) throws(SourceError) -> FailOn {
            let valid = FailOn.allCases.map(\.rawValue)
            guard let text = node.string, let failOn = FailOn(rawValue: text) else {
                throw syntax.error(
                    "\"fail-on\" must be one of \(valid.joined(separator: ", ")), not \(syntax.describe(node))", at: node)
            }
            return failOn
        }

        func ignores(_ node: Node) throws(SourceError) -> [Configuration.IgnoreEntry] {
            var entries: [Configuration.IgnoreEntry] = []
            for item in try syntax.list(node, "\"ignore\"") {
                let fields = try mapping(item, allowed: ignoreKeys, in: "an \"ignore\" entry")
                func field(_ name: String) -> Node? { fields.first { $0.name == name }?.value }
                guard let pathNode = field("path") else { throw syntax.error("an \"ignore\" entry lacks the key \"path\"", at: item) }
                guard let rulesNode = field("rules") else { throw syntax.error("an \"ignore\" entry lacks the key \"rules\"", at: item) }
                let ruleNodes = rulesNode.scalar != nil ? [rulesNode] : try syntax.list(rulesNode, "\"rules\" of an \"ignore\" entry")
                guard !ruleNodes.isEmpty else { throw syntax.error("\"rules\" of an \"ignore\" entry must name at least one rule", at: rulesNode) }
                var rules: [Configuration.RuleReference] = []
                for ruleNode in ruleNodes {
                    let text = try syntax.string(ruleNode, "each rule of an \"ignore\" entry")
                    rules.append(Configuration.RuleReference(text: text, position: ruleNode.range.start))
                }
                entries.append(Configuration.IgnoreEntry(
                    paths: try globs(pathNode, "\"path\""), rules: rules,
                    pointer: try field("pointer").map { (node) throws(SourceError) in try syntax.jsonPointer(node, "\"pointer\"") },
                    reason: try field("reason").map { (node) throws(SourceError) in try syntax.string(node, "\"reason\"") },
                    position: item.range.start))
            }
            return entries
        }

    }
}
