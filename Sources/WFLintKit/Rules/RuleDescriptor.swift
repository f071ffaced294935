/// What identifies and documents a rule, wherever it is implemented: stable
/// code, readable name, default severity and the text `rules`, `explain`,
/// SARIF and `docs/rules.md` show.
public struct RuleDescriptor: Sendable, Hashable {
    public var id: String
    public var name: String
    public var severity: Severity
    public var summary: String
    /// Markdown: why it matters, what to do, the reference it enforces.
    public var description: String
    /// The kinds it applies to; nil means every kind.
    public var kinds: Set<DocumentKind>? {
        didSet { kindBits = Self.bits(of: kinds) }
    }
    /// `kinds` as one bit per kind (`DocumentKind.bit`): every rule asks
    /// `applies(to:)` of every document, and hashing the kind into a set each
    /// time was 1.4 % of a corpus run.
    private var kindBits: UInt32
    /// Where a reader learns more: SARIF's `helpUri`, the JSON output's.
    public var help: HelpLink

    public init(
        id: String, name: String, severity: Severity, summary: String, description: String,
        kinds: Set<DocumentKind>? = nil, help: HelpLink = .rulesCatalog
    ) {
        self.id = id
        self.name = name
        self.severity = severity
        self.summary = summary
        self.description = description
        self.kinds = kinds
        self.help = help
        self.kindBits = Self.bits(of: kinds)
    }

    public func applies(to kind: DocumentKind) -> Bool { kindBits & kind.bit != 0 }

    private static func bits(of kinds: Set<DocumentKind>?) -> UInt32 {
        guard let kinds else { return .max }
        return kinds.reduce(0) { $0 | $1.bit }
    }
}

/// A rule's help address.
public enum HelpLink: Sendable, Hashable {
    /// The rule's section of wflint's own `docs/rules.md`: built-in rules.
    case rulesCatalog
    /// The pack's or rule's `help-uri`.
    case uri(String)
    /// None: a user pack's rule without `help-uri`, which is not in wflint's
    /// catalog, so a link there would be dead.
    case none
}

/// The rules in force for a run: each enabled rule with its effective severity
/// (a configuration may change the pack's default or turn a rule off).
public struct RuleTable: Sendable {
    public struct Entry: Sendable {
        public var descriptor: RuleDescriptor
        public var severity: Severity
    }

    private var byID: [String: Entry]

    public init(_ descriptors: [RuleDescriptor]) {
        byID = Dictionary(descriptors.map { ($0.id, Entry(descriptor: $0, severity: $0.severity)) },
                          uniquingKeysWith: { first, _ in first })
    }

    public func entry(_ id: String) -> Entry? { byID[id] }
    public func isEnabled(_ id: String) -> Bool { byID[id] != nil }

    public mutating func disable(_ id: String) { byID[id] = nil }
    public mutating func setSeverity(_ severity: Severity, for id: String) { byID[id]?.severity = severity }

    /// The rules in force as their packs define them (each pack's default
    /// severity); `descriptorsInForce` has the severities this table gives.
    public var descriptors: [RuleDescriptor] { byID.values.map(\.descriptor).sorted { $0.id < $1.id } }

    /// `descriptors`, each with the severity this table gives it: what a
    /// report lists as a rule's level (SARIF's `defaultConfiguration` and
    /// `problem.severity`), as `wflint rules` does.
    public var descriptorsInForce: [RuleDescriptor] {
        byID.values.map { entry in
            var descriptor = entry.descriptor
            descriptor.severity = entry.severity
            return descriptor
        }.sorted { $0.id < $1.id }
    }
}
