import DocumentModel
import WFLintKit

/// A lint run's setup from its options: the configuration `--config` names,
/// or else (unless `--no-config`) the nearest `.wflint.yaml`, and the
/// command line's packs, selections, `--fail-on` and `--var-file`s (`LintSetup` assembles them).
extension LintSetup {
    init(_ command: LintOptions, workingDirectory: String) throws(Failure) {
        let configuration: Configuration?
        do {
            configuration = try Self.configuration(for: command, workingDirectory: workingDirectory)
        } catch {
            throw .source(error)
        }
        try self.init(
            configuration: configuration,
            options: SetupOptions(
                packPaths: command.packPaths, select: command.select, ignore: command.ignore, failOn: command.failOn,
                varFiles: command.varFiles),
            workingDirectory: workingDirectory)
    }

    /// `--config FILE`; else, unless `--no-config`, the nearest `.wflint.yaml`
    /// above the working directory, or above `--stdin-filename`'s folder
    /// when standard input is linted.
    static func configuration(for command: LintOptions, workingDirectory: String) throws(SourceError) -> Configuration? {
        if let file = command.config { return try configuration(file: file, workingDirectory: workingDirectory) }
        if command.noConfig { return nil }
        var start = workingDirectory
        if command.paths.contains("-"), let name = command.stdinFilename {
            start = ProjectPath.parent(ProjectPath.absolute(name, from: workingDirectory))
        }
        return try discoveredConfiguration(from: start, workingDirectory: workingDirectory)
    }
}
