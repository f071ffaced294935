import DocumentModel
import YAMLReader

/// A loaded rule pack: its metadata and its rules, in file order.
public struct RulePack: Sendable {
    public let file: String
    public let name: String
    /// Whether the pack is built into wflint (`rules/*.yaml`).
    public let isBuiltin: Bool
    public let description: String
    public let rules: [Rule]
}

/// Reads a rule pack (YAML) into rules, validating everything a pack author
/// can get wrong — unknown keys, functions and options, invalid options and
/// PCRE2 patterns, bad placeholders, missing examples — as a `SourceError`
/// at the offending place in the pack.
public enum PackLoader {
    static let packKeys = ["pack", "rules"]
    static let metadataKeys = ["description", "help-uri", "name"]
    static let commonRuleKeys = ["description", "examples", "help-uri", "id", "kinds", "name", "severity", "summary"]
    static let declarativeRuleKeys = commonRuleKeys + ["check", "fix", "message", "replaces", "scope", "target", "when"]
    static let swiftRuleKeys = commonRuleKeys + ["implementation", "why"]
    static let checkKeys = ["function", "target"]
    /// The schema rules a declarative rule may take over on its targets.
    static let replaceableRules = [CoreRule.missingField, CoreRule.outOfRange, CoreRule.pattern]

    /// Whether a pack's rules must carry examples. Every pack wflint loads
    /// must; tests read packs of rules alone without them.
    public enum Examples: Sendable {
        case required
        case leftOut
    }

    /// Loads the pack `text` read from `file`. `implementations` names the rules
    /// implemented in Swift that a pack may declare with `implementation:`;
    /// `isBuiltin` marks wflint's own packs.
    public static func load(
        text: String, file: String, implementations: Set<String>, examples: Examples = .required,
        isBuiltin: Bool = false
    ) throws(SourceError) -> RulePack {
        let stream = YAMLReader.parse(Array(text.utf8))
        if let error = stream.syntaxError {
            throw SourceError(file: file, position: error.position, message: "invalid YAML: \(error.message)")
        }
        guard stream.documents.count == 1, let root = stream.documents.first?.root else {
            throw SourceError(file: file, position: .start, message: "a rule pack must be exactly one YAML document")
        }
        let syntax = PackSyntax(file: file, source: text)
        let top = try syntax.mapping(root, allowed: packKeys, in: "the pack")
        let metadataNode = try syntax.required(top, "pack", in: "the pack", at: root)
        let metadata = try syntax.mapping(metadataNode, allowed: metadataKeys, in: "\"pack\"")
        let name = try syntax.string(try syntax.required(metadata, "name", in: "\"pack\"", at: metadataNode), "the pack name")
        let description = try metadata["description"].map { (entry) throws(SourceError) in
            try syntax.string(entry.value, "the pack description")
        } ?? ""
        let helpURI = try metadata["help-uri"].map { (entry) throws(SourceError) in try syntax.uri(entry.value, "help-uri") }
        let ruleNodes = try syntax.list(try syntax.required(top, "rules", in: "the pack", at: root), "\"rules\"")
        var rules: [Rule] = []
        for node in ruleNodes {
            let reader = RuleReader(
                syntax: syntax, implementations: implementations, examples: examples, pack: name, isBuiltin: isBuiltin,
                packHelpURI: helpURI)
            rules.append(try reader.read(node))
        }
        return RulePack(file: file, name: name, isBuiltin: isBuiltin, description: description, rules: rules)
    }
}

/// Reads one rule of a pack.
struct RuleReader {
    let syntax: PackSyntax
    let implementations: Set<String>
    let examples: PackLoader.Examples
    let pack: String
    let isBuiltin: Bool
    /// The pack's `help-uri`, which a rule's own overrides.
    let packHelpURI: String?

    func read(_ node: Node) throws(SourceError) -> Rule {
        let isSwift = node.entry("implementation") != nil
        let keys = isSwift ? PackLoader.swiftRuleKeys : PackLoader.declarativeRuleKeys
        let entries = try syntax.mapping(node, allowed: keys, in: "a rule")
        func required(_ key: String) throws(SourceError) -> Node {
            try syntax.required(entries, key, in: "the rule", at: node)
        }
        let idNode = try required("id")
        let id = try syntax.string(idNode, "the rule id")
        guard Self.isRuleID(id) else {
            throw syntax.error("rule id \"\(id)\" must be upper-case letters then digits, like \"WF201\" or \"ACME001\"", at: idNode)
        }
        let section = "rule \"\(id)\""
        let nameNode = try required("name")
        let name = try syntax.string(nameNode, "the rule name")
        guard Self.isKebabCase(name) else {
            throw syntax.error("rule name \"\(name)\" must be kebab-case, like \"cidr-invalid\"", at: nameNode)
        }
        let severityNode = try required("severity")
        let severityText = try syntax.string(severityNode, "the severity")
        guard let severity = Severity(rawValue: severityText) else {
            throw syntax.error("unknown severity \"\(severityText)\"; valid severities: error, note, warning", at: severityNode)
        }
        let descriptor = RuleDescriptor(
            id: id, name: name, severity: severity,
            summary: try syntax.text(try required("summary"), "the summary"),
            description: try syntax.text(try required("description"), "the description"),
            kinds: try entries["kinds"].map { (entry) throws(SourceError) in try readKinds(entry.value) } ?? nil,
            help: try help(entries["help-uri"]))
        let implementation: Rule.Implementation
        if isSwift {
            implementation = try swiftImplementation(entries, rule: node)
        } else {
            let reader = DeclarativeReader(syntax: syntax)
            implementation = .declarative(try reader.read(entries, descriptor: descriptor, rule: node))
        }
        let ruleExamples = examples == .leftOut
            ? RuleExamples(valid: [], invalid: [])
            : try ExampleReader(syntax: syntax).read(try required("examples"), section: section)
        return Rule(
            descriptor: descriptor, implementation: implementation, examples: ruleExamples,
            file: syntax.file, position: idNode.range.start, namePosition: nameNode.range.start,
            pack: pack, isBuiltin: isBuiltin)
    }

    /// The rule's `help-uri`, else the pack's; without either, a built-in
    /// rule links to its section of wflint's catalog and a user's has none.
    private func help(_ entry: MappingEntry?) throws(SourceError) -> HelpLink {
        let own = try entry.map { (entry) throws(SourceError) in try syntax.uri(entry.value, "help-uri") }
        if let uri = own ?? packHelpURI { return .uri(uri) }
        return isBuiltin ? .rulesCatalog : .none
    }

    private func swiftImplementation(_ entries: [String: MappingEntry], rule: Node) throws(SourceError) -> Rule.Implementation {
        let node = try syntax.required(entries, "implementation", in: "the rule", at: rule)
        let name = try syntax.string(node, "the implementation")
        guard implementations.contains(name) else {
            throw syntax.error(
                "unknown implementation \"\(name)\"; valid implementations: \(implementations.sorted().joined(separator: ", "))",
                at: node)
        }
        let why = try syntax.string(try syntax.required(entries, "why", in: "the rule", at: rule), "\"why\"")
        return .swift(name: name, why: why)
    }

    /// Kind names and groups; nil (every kind) for `all`.
    private func readKinds(_ node: Node) throws(SourceError) -> Set<DocumentKind>? {
        var kinds = Set<DocumentKind>()
        let items = node.scalar != nil ? [node] : try syntax.list(node, "\"kinds\"")
        // Empty, the rule would run on nothing: a mistake, not a way to turn it off.
        if items.isEmpty {
            throw syntax.error(
                "\"kinds\" names no document kind; list the kinds the rule checks, or leave it out for every kind", at: node)
        }
        for item in items {
            let text = try syntax.string(item, "each kind")
            if text == "all" { return nil }
            if let kind = DocumentKind(rawValue: text) {
                kinds.insert(kind)
            } else if let group = KindGroup(rawValue: text) {
                kinds.formUnion(group.kinds)
            } else {
                let valid = (DocumentKind.allCases.map(\.rawValue) + KindGroup.allCases.map(\.rawValue) + ["all"]).sorted()
                let hint = MemberSuggestion.nearest(to: text, in: valid).map { "did you mean \"\($0)\"? " } ?? ""
                throw syntax.error("unknown document kind \"\(text)\"; \(hint)valid kinds: \(valid.joined(separator: ", "))", at: item)
            }
        }
        return kinds
    }

    static func isRuleID(_ text: String) -> Bool {
        let letters = text.prefix { $0.isASCII && $0.isUppercase }
        let digits = text.dropFirst(letters.count)
        return !letters.isEmpty && !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isKebabCase(_ text: String) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return text.first?.isLetter == true && words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }
}

/// Named groups of document kinds for `kinds:`.
enum KindGroup: String, CaseIterable {
    case requests, responses
    /// CreateWorkforce and UpdateWorkforce requests: the bodies users write.
    case workforceRequests = "workforce-requests"
    /// Describe/Update/ListWorkforces responses.
    case workforceResponses = "workforce-responses"
    /// Every kind that holds a workforce object.
    case workforces

    var kinds: Set<DocumentKind> {
        switch self {
        case .requests: return Set(DocumentKind.allCases.filter { !$0.isResponse })
        case .responses: return Set(DocumentKind.allCases.filter(\.isResponse))
        case .workforceRequests: return [.createWorkforceRequest, .updateWorkforceRequest]
        case .workforceResponses: return [.describeWorkforceResponse, .updateWorkforceResponse, .listWorkforcesResponse]
        case .workforces: return KindGroup.workforceRequests.kinds.union(KindGroup.workforceResponses.kinds)
        }
    }
}
