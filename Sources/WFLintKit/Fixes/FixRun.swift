/// What fixing one input made of it: the lint of the fixed text, and the
/// fixed text (nil when the input was not read, or was over the size limit).
public struct FixOutcome: Sendable {
    public let outcome: InputOutcome
    public let fixed: FixedSource?

    /// The outcome to report when the fixed text could not be written: the
    /// lint of the text as read, which the file still holds.
    public func unwritten(by linter: Linter) -> InputOutcome {
        guard let fixed, fixed.changed else { return outcome }
        return InputOutcome(input: outcome.input, result: .success(linter.lint(fixed.original, as: outcome.input)))
    }
}

extension Linter {
    /// Reads and fixes every input (see `fix(_:as:includingUnsafe:)`) on up to
    /// `jobs` threads; outcomes come back in input order. Nothing is written:
    /// the caller decides where the fixed text goes.
    public func fix(
        _ inputs: [LintInput], jobs: Int, standardInput: [UInt8]? = nil, includingUnsafe: Bool,
        silencing: FixSilencing? = nil
    ) -> [FixOutcome] {
        // Each Terraform module folder is read and parsed once for the run, as in `lint`.
        let moduleFolders = TerraformModuleFolders(jobs: jobs)
        let fixInput = { @Sendable (input: LintInput) -> FixOutcome in
            switch read(input, standardInput: standardInput, asSource: false) {
            case .failure(let failure):
                return FixOutcome(outcome: InputOutcome(input: input, result: .failure(failure)), fixed: nil)
            case .success(.tooLarge(let size)):
                return FixOutcome(outcome: InputOutcome(input: input, result: .success(tooLarge(input, byteCount: size))), fixed: nil)
            case .success(let content):
                // A fix rewrites the whole text, so a mapped file is held whole
                // (`array` is nil only for `.tooLarge`, taken above).
                let fixed = fix(
                    content.array ?? [], as: input, includingUnsafe: includingUnsafe, silencing: silencing,
                    moduleFolders: moduleFolders)
                return FixOutcome(outcome: InputOutcome(input: input, result: .success(fixed.linted)), fixed: fixed)
            }
        }
        let fixed = jobs > 1 && inputs.count > 1
            ? parallelMap(inputs, jobs: jobs, fixInput) : WorkerThreads.runOne { inputs.map(fixInput) }
        // Files shown by several inputs are named and shown once, as in `lint`.
        let outcomes = Self.namingFilesShownElsewhereAsInputs(fixed.map(\.outcome))
        return zip(fixed, outcomes).map { FixOutcome(outcome: $1, fixed: $0.fixed) }
    }
}
