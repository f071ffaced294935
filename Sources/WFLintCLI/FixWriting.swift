import WFLintKit

/// Where `--fix` puts what it fixed: each changed file in place, standard
/// input's text on standard output.
extension LintOptions {
    /// Whether the fixed text of standard input goes to standard output, so
    /// that the report goes to standard error.
    func fixesStandardInput(_ inputs: [LintInput]) -> Bool {
        fix && output == nil && inputs.contains { $0.source == .standardInput }
    }

    /// Writes every fixed source and, when `countingThem`, says on standard
    /// error how many fixes were applied (not beside a JSON or SARIF report
    /// there, which would then not parse). Returns what to report: the lint
    /// of the fixed text, or of the text as read for a file that could not be
    /// written (it is unchanged); `succeeded` is false when one could not be
    /// written or fixing failed.
    func writeFixes(_ outcomes: [FixOutcome], linter: Linter, countingThem: Bool) -> (outcomes: [InputOutcome], succeeded: Bool) {
        var succeeded = true
        var applied = 0
        var changedFiles = 0
        var reported: [InputOutcome] = []
        for outcome in outcomes {
            reported.append(outcome.outcome)
            guard let fixed = outcome.fixed else { continue }
            let input = outcome.outcome.input
            if let failure = fixed.failure {
                Console.standardError.writeLine("\(input.displayName): error: \(failure)")
                succeeded = false
            }
            switch input.source {
            case .standardInput:
                Console.standardOutput.write(bytes: fixed.bytes)
                applied += fixed.appliedCount
            case .file(let path):
                guard fixed.changed else { continue }
                if case .failure(let failure) = FixedFileWriter.replace(path, with: fixed.bytes) {
                    Console.standardError.writeLine("\(input.displayName): error: cannot write the fixed file: \(failure)")
                    succeeded = false
                    reported[reported.count - 1] = outcome.unwritten(by: linter)
                } else {
                    applied += fixed.appliedCount
                    changedFiles += 1
                }
            }
        }
        guard countingThem else { return (reported, succeeded) }
        let fixes = "applied \(applied) fix\(applied == 1 ? "" : "es")"
        // Standard input's text is printed, not written to a file: only files
        // count as changed. Named alone, it is what was fixed, even when the
        // configuration's `exclude:` left it out (then it is echoed as read).
        if !paths.isEmpty && paths.allSatisfy({ $0 == "-" }) {
            Console.standardError.writeLine("wflint: \(fixes)")
        } else {
            let files = changedFiles == 1 ? "1 file" : "\(changedFiles) files"
            Console.standardError.writeLine("wflint: \(fixes), \(files) changed")
        }
        return (reported, succeeded)
    }
}
