import ArgumentParser
import WFLintKit

/// The options of `wflint rules`, `explain` and `test-rules`: `--rules` and
/// the configuration options of the lint command, so that they load the
/// rules a lint run in the same folder loads (the built-in packs, the
/// configuration's `packs:`, then `--rules`).
struct CatalogOptions: ParsableArguments {
    @OptionGroup var ruleOptions: RuleOptions

    @OptionGroup var configOptions: ConfigOptions

    /// The lint command's options that say which rules load.
    var lintOptions: LintOptions {
        LintOptions(packPaths: ruleOptions.packPaths, config: configOptions.config, noConfig: configOptions.noConfig)
    }

    /// `--config` with `--no-config`, refused as the lint command refuses it.
    func validate() throws {
        if let conflict = lintOptions.conflict { throw ValidationError(conflict) }
    }

    /// The rules a lint run with these options would load. A configuration
    /// or pack that does not load is reported as the lint command reports
    /// it, and the command then exits 2.
    func loadRuleSet() throws(ExitCode) -> RuleSet {
        try loadSetup().ruleSet
    }

    /// What a lint run with these options would set up: its rules, and the
    /// severity the configuration's `rules:` gives each (`wflint rules`).
    func loadSetup() throws(ExitCode) -> LintSetup {
        do {
            return try LintSetup(lintOptions, workingDirectory: FileSystem.currentDirectory())
        } catch {
            switch error {
            case .source(let error): throw ExitCode(reportLoadFailure(error).rawValue)
            case .usage(let message): throw ExitCode(reportUsageError(message).rawValue)
            }
        }
    }
}

/// `--config FILE` and `--no-config`, shared by the lint command and the
/// commands that load its rules. (The commands check that they exclude each
/// other, each with its other refusals.)
struct ConfigOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Read this configuration file instead of looking for .wflint.yaml or .wflint.yml in the working "
                + "directory and the folders above it, up to the repository root.",
            valueName: "file"))
    var config: String?

    @Flag(help: "Use no configuration file, even if one is found.")
    var noConfig = false
}
