import WFLintKit

/// `--diff`: what `--fix` would change, shown and not written.
extension LintOptions {
    /// Prints the diff of every input `--fix` would change (sorted by the path
    /// its headers name, `DiffPath`) to
    /// standard output or `--output`'s file, and on standard error each
    /// problem and `wflint: would apply N fixes, M files would change`.
    /// 2 when a file could not be read, a fix would break a file, or the diff
    /// could not be written; else 1 when something would change, else 0.
    func showDiffs(
        _ outcomes: [FixOutcome], unreadable: [InputFailure], workingDirectory: String, to destination: AtomicFile?
    ) -> ExitStatus {
        var failed = false
        for failure in unreadable {
            Console.standardError.writeLine("\(failure.path): error: cannot read: \(failure.reason)")
            failed = true
        }
        var text = ""
        var applied = 0
        var changedFiles = 0
        let named = outcomes.map { outcome in
            let path = outcome.outcome.input.displayName
            return (outcome: outcome, header: DiffPath.header(for: path, workingDirectory: workingDirectory))
        }
        for (outcome, header) in named.sorted(by: { $0.header < $1.header }) {
            let path = outcome.outcome.input.displayName
            if case .failure(let failure) = outcome.outcome.result {
                Console.standardError.writeLine("\(path): error: cannot read: \(failure.reason)")
                failed = true
            }
            guard let fixed = outcome.fixed else { continue }
            if let failure = fixed.failure {
                Console.standardError.writeLine("\(path): error: \(failure)")
                failed = true
            }
            applied += fixed.appliedCount
            if fixed.changed { changedFiles += 1 }
            text += fixed.diff(path: header)
        }
        if !write(diff: text, to: destination) { failed = true }
        let files = changedFiles == 1 ? "1 file" : "\(changedFiles) files"
        Console.standardError.writeLine("wflint: would apply \(applied) fix\(applied == 1 ? "" : "es"), \(files) would change")
        if failed { return .failure }
        return changedFiles > 0 ? .findings : .clean
    }

    private func write(diff text: String, to destination: AtomicFile?) -> Bool {
        guard let destination, let output else {
            Console.standardOutput.write(text)
            return true
        }
        if case .failure(let failure) = destination.commit(text) {
            Console.standardError.writeLine("\(output): error: cannot write the diff: \(failure)")
            return false
        }
        return true
    }
}
