import ArgumentParser
import DocumentModel
import WFLintKit

/// `--rules PATH`, shared by every command that loads rules.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "A rule pack file, or a folder of packs, to load after the built-in ones and the configuration's "
                + "packs (repeatable).",
            valueName: "path"))
    var packPaths: [String] = []
}

extension Operation: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension FailOn: ExpressibleByArgument {}

/// Reports a rule pack or configuration that did not load; the run then ends
/// with exit code 2, before any document is linted.
func reportLoadFailure(_ error: SourceError) -> ExitStatus {
    Console.standardError.writeLine(error.diagnosticLine)
    return .failure
}

/// Reports a usage error found once the options are read (outputs that
/// clash, a rule no pack has): `wflint: error: ...`, then exit code 2.
func reportUsageError(_ message: String) -> ExitStatus {
    Console.standardError.writeLine("wflint: error: \(message)")
    return .failure
}
