#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import WFLintKit

/// Where `--fix` puts what it fixed: each changed file in place, standard
/// input's text on standard output.
extension LintOptions {
    /// Whether the fixed text of standard input goes to standard output, so
    /// that the report goes to standard error.
    func fixesStandardInput(_ inputs: [LintInput]) -> Bool {
        fix && output == nil && inputs.contains { $0.source == .standardInput }
    }

    /// Writes every fixed source and says on standard error how many fixes were
    /// applied; false when one could not be written or fixing failed.
    func writeFixes(_ outcomes: [FixOutcome]) -> Bool {
        var succeeded = true
        var applied = 0
        var changedFiles = 0
        for outcome in outcomes {
            guard let fixed = outcome.fixed else { continue }
            let input = outcome.outcome.input
            if let failure = fixed.failure {
                Console.standardError.write("\(input.displayName): error: \(failure)\n")
                succeeded = false
            }
            applied += fixed.appliedCount
            switch input.source {
            case .standardInput:
                Console.standardOutput.write(bytes: fixed.bytes)
                if fixed.changed { changedFiles += 1 }
            case .file(let path):
                guard fixed.changed else { continue }
                if let failure = Self.replace(path, with: fixed.bytes) {
                    Console.standardError.write("\(input.displayName): error: cannot write the fixed file: \(failure)\n")
                    succeeded = false
                } else {
                    changedFiles += 1
                }
            }
        }
        // Standard input counts as a file when its text changed.
        let files = changedFiles == 1 ? "1 file" : "\(changedFiles) files"
        Console.standardError.write("wflint: applied \(applied) fix\(applied == 1 ? "" : "es"), \(files) changed\n")
        return succeeded
    }

    /// Writes `bytes` over the file `path` names, whole or not at all, keeping
    /// its permissions; a symbolic link stays one and its target is written.
    private static func replace(_ path: String, with bytes: [UInt8]) -> FileSystem.Failure? {
        let target = realpath(path, nil).map { resolved in
            defer { free(resolved) }
            return String(cString: resolved)
        } ?? path
        switch AtomicFile.create(target).flatMap({ $0.commitReplacing(bytes) }) {
        case .success: return nil
        case .failure(let failure): return failure
        }
    }
}
