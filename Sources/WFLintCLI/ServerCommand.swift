import ArgumentParser
import LanguageServer
import WFLintKit

/// `wflint server`: the language server, for editors.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "Run the language server (LSP 3.17 over standard input and output) for editors.",
        discussion: """
            An editor starts 'wflint server' and talks to it over standard input and \
            output. Each open document is linted with the configuration the command \
            line would use for its file (the nearest .wflint.yaml), on opening and \
            saving at once and after a pause in typing, and its findings are shown as \
            diagnostics. Editing .wflint.yaml or a rule pack lints the open documents \
            again, and so does a change to a Terraform module's .tf, .tf.json, .tfvars \
            or .tfvars.json file for the open .tf and .tf.json files of its folder. \
            Terraform variable files come from --var-file, or from the client's \
            initializationOptions.varFiles (relative to the workspace's root), which \
            win. See docs/editors.md for each editor's setup.

            Exits 0 after the client's shutdown and exit, 1 when the client exits \
            without shutdown or closes standard input first, 2 on a usage error.
            """)

    @Option(
        help: ArgumentHelp(
            "Lint a changed document this many milliseconds after its last change "
                + "(an initializationOptions.debounceMs from the client wins).",
            valueName: "ms"))
    var debounceMs = 150

    @Flag(help: "Also send the log to the client (window/logMessage); it always goes to standard error.")
    var verbose = false

    @Option(
        name: .customLong("var-file"),
        help: ArgumentHelp(
            "A Terraform variable definitions file (.tfvars or .tfvars.json) for every .tf file inside the "
                + "folder the server starts in, as lint's --var-file (repeatable; an "
                + "initializationOptions.varFiles from the client wins).",
            valueName: "file"))
    var varFiles: [String] = []

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        guard debounceMs >= 0 && debounceMs <= 60_000 else {
            throw ValidationError("--debounce-ms must be between 0 and 60000, not \(debounceMs)")
        }
    }

    func run() throws {
        let server = LanguageServer(options: LanguageServer.Options(
            debounceMilliseconds: debounceMs, verbose: verbose,
            setup: SetupOptions(packPaths: ruleOptions.packPaths, varFiles: varFiles)))
        throw ExitCode(server.run())
    }
}
