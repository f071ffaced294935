import DocumentModel
import WFLintKit

/// Everything a lint run is configured with, assembled from the configuration
/// file and the command line (which wins): rules and their severities,
/// suppressions, file selection, operations and `--fail-on`.
struct RunSetup {
    let workingDirectory: String
    let configuration: Configuration?
    let ruleSet: RuleSet
    let ruleNames: RuleNames
    let table: RuleTable
    let ignores: IgnoreRules?
    let failOn: FailOn
    /// The `--var-file` files, read and checked once for the whole run.
    let varFiles: [TerraformSourceFile]

    /// Why a run could not be set up; either way the exit code is 2.
    enum Failure: Error {
        /// A configuration, rule pack or baseline with its `file:line:col`.
        case source(SourceError)
        /// A command-line value, e.g. an unknown rule in `--select`.
        case usage(String)
    }

    init(_ command: LintOptions, workingDirectory: String) throws(Failure) {
        self.workingDirectory = workingDirectory
        do {
            let configuration = try Self.configuration(for: command, workingDirectory: workingDirectory)
            var ruleSet = RuleSet.builtin()
            for pack in configuration?.packs ?? [] {
                try ruleSet.addPacks(at: ProjectPath.relative(pack, to: workingDirectory))
            }
            for path in command.packPaths { try ruleSet.addPacks(at: path) }
            // One table of ids and names serves the selection, the ignore
            // entries and the suppression comments.
            let descriptors = ruleSet.descriptors
            let names = RuleNames(descriptors)
            let selection = RuleSelection(
                settings: configuration?.ruleSettings ?? [], settingsFile: configuration?.file ?? "",
                select: command.select, ignore: command.ignore)
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
            self.failOn = command.failOn ?? configuration?.failOn ?? .error
            self.varFiles = try command.varFiles.map { (path) throws(SourceError) in
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

    /// `--config FILE`; else, unless `--no-config`, the nearest `.wflint.yaml`
    /// above the working directory, or above `--stdin-filename`'s folder
    /// when standard input is linted.
    static func configuration(for command: LintOptions, workingDirectory: String) throws(SourceError) -> Configuration? {
        if let file = command.config {
            let path = ProjectPath.absolute(file, from: workingDirectory)
            return try ConfigurationReader.load(path: file, file: file, directory: ProjectPath.parent(path))
        }
        if command.noConfig { return nil }
        var start = workingDirectory
        if command.paths.contains("-"), let name = command.stdinFilename {
            start = ProjectPath.parent(ProjectPath.absolute(name, from: workingDirectory))
        }
        guard let found = ConfigurationDiscovery.find(from: start) else { return nil }
        return try ConfigurationReader.load(
            path: found, file: ProjectPath.relative(found, to: workingDirectory), directory: ProjectPath.parent(found))
    }

    /// The linter: `--operation` wins over the configuration's `operations:`.
    func linter(operation: Operation?) -> Linter {
        var operationForPath: @Sendable (String) -> Operation? = { _ in operation }
        if operation == nil, let configuration, !configuration.operations.isEmpty {
            let directory = workingDirectory
            operationForPath = { path in configuration.operation(for: ProjectPath.absolute(path, from: directory)) }
        }
        var linter = Linter(
            checks: ruleSet.checks(enabledIn: table), rules: table, operationForPath: operationForPath,
            inlineSuppressions: InlineSuppressionPolicy(names: ruleNames), limits: configuration?.limits ?? .default)
        linter.terraformVarFiles = varFiles
        return linter
    }

    /// Each rule's pack name, as its SARIF tag.
    var ruleTags: [String: [String]] {
        var tags: [String: [String]] = [:]
        for pack in ruleSet.packs {
            for rule in pack.rules { tags[rule.id] = [pack.name] }
        }
        return tags
    }

    /// The inputs the configuration's `include:` and `exclude:` select.
    func selected(_ inputs: [LintInput]) -> [LintInput] {
        guard let configuration, !configuration.include.isEmpty || !configuration.exclude.isEmpty else { return inputs }
        return inputs.filter { configuration.selects(ProjectPath.absolute($0.displayName, from: workingDirectory)) }
    }

    /// A baseline file's path as loaded, its name in messages and its folder.
    func baselineLocation(_ file: String) -> (path: String, directory: String) {
        (file, ProjectPath.parent(ProjectPath.absolute(file, from: workingDirectory)))
    }
}
