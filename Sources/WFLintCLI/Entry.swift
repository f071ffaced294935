import ArgumentParser
import WFLintKit

/// Parses the command line, runs the command and returns the exit status.
/// Argument-parser errors exit 2 (its own default is 64), so that every usage
/// error has the one documented code. A plain lint command line skips the
/// full parser (`LintArguments`), and so does `--version` alone: the parser
/// took 9.06 M instructions to print it, more than a lint of a document.
/// EndToEndTests checks what the binary prints and its exit status;
/// `versionIsWhatTheParserPrints`, that the parser would print the same version.
public func runCommandLine(_ arguments: [String]) -> Int32 {
    let status = run(arguments)
    if let reason = Console.standardOutputFailureReason {
        Console.standardError.writeLine("wflint: error: cannot write to standard output: \(reason)")
        return ExitStatus.failure.rawValue
    }
    return status
}

private func run(_ arguments: [String]) -> Int32 {
    if arguments == ["--version"] {
        Console.standardOutput.write(WFLintVersion.current + "\n")
        return ExitStatus.clean.rawValue
    }
    if let options = LintArguments.parse(arguments) { return options.execute().rawValue }
    do {
        var command = try WFLint.parseAsRoot(arguments)
        if let lint = command as? LintCommand {
            return lint.options.execute().rawValue
        }
        try command.run()
        return ExitStatus.clean.rawValue
    } catch {
        let code = WFLint.exitCode(for: error)
        let message = WFLint.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { Console.standardOutput.write(message + "\n") }
            return ExitStatus.clean.rawValue
        }
        if !message.isEmpty { Console.standardError.write(message + "\n") }
        if let exit = error as? ExitCode { return exit.rawValue }
        return ExitStatus.failure.rawValue
    }
}
