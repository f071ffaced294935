import DocumentModel

/// The rules loaded for a run: the built-in packs and any `--rules` packs,
/// each rule's descriptor, examples and implementation, and the checks the
/// engine runs.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule] = []
    public private(set) var packs: [RulePack] = []
    /// The pack files `addPacks` loaded, by device and inode: a file reached
    /// again (`packs: [policy/]` and `--rules policy`, `ok.yaml` and
    /// `./ok.yaml`, a link to it) is the same pack, not a second one whose
    /// rules would repeat the first's ids.
    public private(set) var loadedPackFiles: Set<FileSystem.Identity> = []

    /// The rules implemented in Swift that packs may declare (`implementation:`).
    public static let swiftImplementations: Set<String> = [
        SwiftImplementation.documentKind, SwiftImplementation.syntax, SwiftImplementation.schema,
        SwiftImplementation.suppressions, SwiftImplementation.limits, SwiftImplementation.rulePack,
        SwiftImplementation.terraform,
    ]

    public init() {}

    /// A set of packs known to load together (no duplicate id or name).
    init(packs: [RulePack]) {
        self.packs = packs
        rules = packs.flatMap(\.rules)
    }

    /// The packs built into wflint (`rules/*.yaml`), compiled in in their
    /// loaded form (`BuiltinRules`): reading their YAML was a third of a
    /// one-file run.
    public static func builtin() -> RuleSet { BuiltinRules.ruleSet }

    /// Adds one pack; a rule whose id or name another loaded rule already has
    /// is an error that points back at the first definition. Each rule is
    /// looked up in tables made once a pack, not compared with every rule
    /// loaded: a pack of 4,000 rules took 6.7 s.
    public mutating func add(_ pack: RulePack) throws(SourceError) {
        // `String` keys compare as `==` does, as the scans they replace did.
        var byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byName = Dictionary(rules.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        // Ids are read case-insensitively (`wf201`), so a name that spells
        // another rule's id would name both: every lookup (`--ignore`, a
        // suppression comment, `explain`) took the id's rule.
        let byLowercasedID = Dictionary(grouping: rules + pack.rules) { $0.id.lowercased() }
        for rule in pack.rules {
            if let first = byID[rule.id] {
                throw SourceError(
                    file: rule.file, position: rule.position,
                    message: "duplicate rule id \"\(rule.id)\", first defined \(first.definition(at: first.position))")
            }
            if let first = byName[rule.name] {
                throw SourceError(
                    file: rule.file, position: rule.namePosition,
                    message: "duplicate rule name \"\(rule.name)\", first defined \(first.definition(at: first.namePosition))")
            }
            if let other = byLowercasedID[rule.name.lowercased()]?.first(where: { $0.id != rule.id }) {
                throw SourceError(
                    file: rule.file, position: rule.namePosition,
                    message: "rule name \"\(rule.name)\" is the id of rule \(other.id), defined \(other.definition(at: other.position)); "
                        + "ids are matched in any case, so it would name both")
            }
            rules.append(rule)
            byID[rule.id] = rule
            byName[rule.name] = rule
        }
        packs.append(pack)
    }

    /// Adds the pack in `text`, read from `file`.
    public mutating func addPack(text: String, file: String) throws(SourceError) {
        try add(try PackLoader.load(text: text, file: file, implementations: Self.swiftImplementations))
    }

    /// Every rule's descriptor, by id.
    public var descriptors: [RuleDescriptor] { rules.map(\.descriptor).sorted { $0.id < $1.id } }

    /// The rule with this id or name.
    public func rule(_ idOrName: String) -> Rule? {
        RuleNames(descriptors).id(of: idOrName).flatMap { id in rules.first { $0.id == id } }
    }

    /// The checks to run for the rules `table` enables: each enabled
    /// declarative rule, and always the schema checker. Its walk is what marks
    /// every `ClientSecret` value sensitive for the reporters to mask, so it
    /// runs even when every schema rule is off (`--select WF110`); the sink
    /// then drops its findings.
    /// A rule for which `keepsReplacements` is false runs without its
    /// `replaces` (see `RuleExampleVerifier`).
    public func checks(
        enabledIn table: RuleTable, keepsReplacements: (Rule) -> Bool = { _ in true }
    ) -> [any Check] {
        var checks: [any Check] = [SchemaChecker()]
        for rule in rules where table.isEnabled(rule.id) {
            if case .declarative(let check) = rule.implementation {
                checks.append(keepsReplacements(rule) ? check : check.withoutReplacements)
            }
        }
        return checks
    }
}

/// Names of the rules implemented in Swift, as packs declare them.
public enum SwiftImplementation {
    /// WF000: the engine's kind detection (a file named on the command line
    /// that is no workforce document).
    public static let documentKind = "document-kind"
    /// WF001: the JSON and YAML readers' syntax errors.
    public static let syntax = "syntax"
    /// WF002-WF009: `SchemaChecker`, one walk against the API shapes.
    public static let schema = "schema"
    /// WF010: the `# wflint-disable…` comments (`InlineSuppressionPolicy`).
    public static let suppressions = "suppressions"
    /// WF011: the resource limits (`LintLimits`), enforced by the readers and
    /// around every pattern match.
    public static let limits = "limits"
    /// WF012: a rule pack file named as a file to lint, loaded as a pack
    /// (`RulePackFile`).
    public static let rulePack = "rule-pack"
    /// WF5xx: what the Terraform translation finds in a resource's text
    /// (`TerraformTranslator`), before the API request it sends is checked.
    public static let terraform = "terraform"
}

extension RuleSet {
    /// Adds the pack at `path`, or every `*.yaml`/`*.yml` pack in the folder at
    /// `path` and its subfolders (hidden ones skipped), in name order: what
    /// `--rules PATH` does. A file already loaded this way is skipped. A file
    /// that cannot be read is a `SourceError` too.
    public mutating func addPacks(at path: String) throws(SourceError) {
        for file in try Self.packFiles(at: path) {
            if let identity = FileSystem.identity(file), !loadedPackFiles.insert(identity).inserted { continue }
            try addPack(text: UserFile.text(at: file, file: file, what: "rule pack"), file: file)
        }
    }

    static func packFiles(at path: String) throws(SourceError) -> [String] {
        switch FileSystem.entryType(path) {
        case .failure(let failure):
            throw SourceError(file: path, position: nil, message: "cannot read the rule pack: \(failure)")
        case .success(.directory):
            // A dangling link or a pipe named like a pack is kept, and its
            // reading fails: a policy is never dropped without a word.
            let walk = FileWalker.files(under: path, extensions: ["yaml", "yml"], keepingOthers: true)
            if let failure = walk.failures.first {
                throw SourceError(
                    file: failure.path, position: nil, message: "cannot list the rule pack folder: \(failure.reason)")
            }
            // A mistyped or emptied policy folder would otherwise load nothing, and every file pass.
            guard !walk.files.isEmpty else {
                throw SourceError(
                    file: path, position: nil,
                    message: "the rule pack folder holds no pack (no *.yaml or *.yml file in it or its folders)")
            }
            return walk.files
        case .success:
            return [path]
        }
    }
}
