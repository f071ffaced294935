import DocumentModel

/// The choices a lint setup takes besides the configuration file, which win
/// over it: what the command line's `--rules`, `--select`, `--ignore` and
/// `--fail-on` and `--var-file` say, and what a language server's client may say.
public struct SetupOptions: Sendable, Equatable {
    /// Rule packs to load after the configuration's (files or folders).
    public var packPaths: [String]
    public var select: [String]
    public var ignore: [String]
    public var failOn: FailOn?
    /// Terraform variable files (`--var-file`), applied after the module's own.
    public var varFiles: [String]

    public init(
        packPaths: [String] = [], select: [String] = [], ignore: [String] = [], failOn: FailOn? = nil,
        varFiles: [String] = []
    ) {
        self.packPaths = packPaths
        self.select = select
        self.ignore = ignore
        self.failOn = failOn
        self.varFiles = varFiles
    }
}

/// Everything linting is configured with, assembled from the configuration
/// file and the options (which win): rules and their severities,
/// suppressions, file selection, operations and `fail-on`. The command line
/// builds one a run; a `Workspace` keeps one a configuration file.
public struct LintSetup: Sendable {
    public let workingDirectory: String
    public let configuration: Configuration?
    public let ruleSet: RuleSet
    public let ruleNames: RuleNames
    public let table: RuleTable
    public let ignores: IgnoreRules?
    public let failOn: FailOn
    /// The `--var-file` files, read and checked once for the whole run.
    public let varFiles: [TerraformSourceFile]

    /// Why a setup could not be assembled; the command line exits 2 either way.
    public enum Failure: Error, Sendable {
        /// A configuration, rule pack or baseline with its `file:line:col`.
        case source(SourceError)
        /// An option's value, e.g. an unknown rule in `--select`.
        case usage(String)
    }

    /// Loads the packs `configuration` names (relative to `workingDirectory`)
    /// and `options.packPaths`, and builds the rule table and ignore entries.
    public init(configuration: Configuration?, options: SetupOptions, workingDirectory: String) throws(Failure) {
        self.workingDirectory = workingDirectory
        do {
            var ruleSet = RuleSet.builtin()
            for pack in configuration?.packs ?? [] {
                try ruleSet.addPacks(at: ProjectPath.relative(pack, to: workingDirectory))
            }
            for path in options.packPaths { try ruleSet.addPacks(at: path) }
            // One table of ids and names serves the selection, the ignore
            // entries and the suppression comments.
            let descriptors = ruleSet.descriptors
            let names = RuleNames(descriptors)
            let selection = RuleSelection(
                settings: configuration?.ruleSettings ?? [], settingsFile: configuration?.file ?? "",
                select: options.select, ignore: options.ignore)
            switch Result(catching: { () throws(RuleSelectionFailure) in try selection.table(for: descriptors, names: names) }) {
            case .success(let table): self.table = table
            case .failure(.configuration(let error)): throw error
            case .failure(.commandLine(let error)): throw Failure.usage(error.message)
            }
            self.ignores = try configuration.map { (configuration) throws(SourceError) in
                try IgnoreRules(configuration, names: names)
            }
            self.configuration = configuration
            self.ruleSet = ruleSet
            self.ruleNames = names
            self.failOn = options.failOn ?? configuration?.failOn ?? .error
            self.varFiles = try options.varFiles.map { (path) throws(SourceError) in
                try TerraformModuleFiles.varFile(path, maximumSize: configuration?.limits.maximumFileSize ?? LintLimits.defaultFileSize)
            }
        } catch let failure as Failure {
            throw failure
        } catch let error as SourceError {
            throw .source(error)
        } catch {
            throw .usage("\(error)")
        }
    }

    /// The configuration file `file` (as given; relative to `workingDirectory`
    /// or absolute), loaded and named as given.
    public static func configuration(file: String, workingDirectory: String) throws(SourceError) -> Configuration {
        let path = ProjectPath.absolute(file, from: workingDirectory)
        return try ConfigurationReader.load(path: file, file: file, directory: ProjectPath.parent(path))
    }

    /// The nearest `.wflint.yaml` at or above `directory` (absolute), loaded
    /// and named relative to `workingDirectory`; nil when there is none.
    public static func discoveredConfiguration(
        from directory: String, workingDirectory: String
    ) throws(SourceError) -> Configuration? {
        guard let found = ConfigurationDiscovery.find(from: directory) else { return nil }
        return try ConfigurationReader.load(
            path: found, file: ProjectPath.relative(found, to: workingDirectory), directory: ProjectPath.parent(found))
    }

    /// The linter: `operation` (`--operation`) wins over the configuration's `operations:`.
    public func linter(operation: Operation?) -> Linter {
        var operationForPath: @Sendable (String) -> Operation? = { _ in operation }
        if operation == nil, let configuration, !configuration.operations.isEmpty {
            let directory = workingDirectory
            operationForPath = { path in configuration.operation(for: ProjectPath.absolute(path, from: directory)) }
        }
        var linter = Linter(
            checks: ruleSet.checks(enabledIn: table), rules: table, operationForPath: operationForPath,
            inlineSuppressions: InlineSuppressionPolicy(names: ruleNames), limits: configuration?.limits ?? .default)
        linter.terraformVarFiles = varFiles
        if let configuration, !configuration.include.isEmpty || !configuration.exclude.isEmpty {
            let directory = workingDirectory
            linter.selectsFile = { path in configuration.selects(ProjectPath.absolute(path, from: directory)) }
        }
        return linter
    }

    /// Each rule's pack name, as its SARIF tag.
    public var ruleTags: [String: [String]] {
        var tags: [String: [String]] = [:]
        for pack in ruleSet.packs {
            for rule in pack.rules { tags[rule.id] = [pack.name] }
        }
        return tags
    }

    /// The inputs of a walk made with `walkSelection` that the
    /// configuration's `include:` and `exclude:` select: its files are
    /// selected already, so only standard input is matched here, by its
    /// `--stdin-filename`. Without one (`standardInputIsNamed` false) it is
    /// in no folder, and always linted: its placeholder name `<stdin>` is not
    /// a file of the working folder.
    public func selected(walked inputs: [LintInput], standardInputIsNamed: Bool) -> [LintInput] {
        guard standardInputIsNamed, let configuration, !configuration.include.isEmpty || !configuration.exclude.isEmpty
        else { return inputs }
        return inputs.filter { $0.source != .standardInput || selects($0.displayName) }
    }

    /// The configuration's `include:` and `exclude:` for a walk
    /// (`FileWalker.Selection`).
    public var walkSelection: FileWalker.Selection {
        guard let configuration, !configuration.include.isEmpty || !configuration.exclude.isEmpty else { return .everything }
        let directory = workingDirectory
        return FileWalker.Selection(
            selectsFile: { configuration.selects(ProjectPath.absolute($0, from: directory)) },
            excludesFolder: { configuration.excludes(folder: ProjectPath.absolute($0, from: directory)) })
    }

    /// The name of the file at `path` (absolute) in findings and their
    /// messages: relative to `workingDirectory` (with `../` steps outside
    /// it), as the command line run there names a file given relative to it.
    public func displayName(of path: String) -> String {
        ProjectPath.relative(path, to: workingDirectory)
    }

    /// Whether the configuration's `include:` and `exclude:` select `path`
    /// (relative to `workingDirectory`, or absolute).
    public func selects(_ path: String) -> Bool {
        configuration?.selects(ProjectPath.absolute(path, from: workingDirectory)) ?? true
    }

    /// A baseline file's path as loaded, its name in messages and its folder.
    public func baselineLocation(_ file: String) -> (path: String, directory: String) {
        (file, ProjectPath.parent(ProjectPath.absolute(file, from: workingDirectory)))
    }
}
