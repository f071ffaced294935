import ArgumentParser
import WFLintKit

/// Parses the command line, runs the command and returns the exit status.
/// Argument-parser errors exit 2 (its own default is 64), so that every usage
/// error has the one documented code.
public func runCommandLine(_ arguments: [String]) async -> Int32 {
    do {
        var command = try WFLint.parseAsRoot(arguments)
        if var lint = command as? LintCommand {
            return try await lint.execute().rawValue
        }
        if var async = command as? AsyncParsableCommand {
            try await async.run()
        } else {
            try command.run()
        }
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
