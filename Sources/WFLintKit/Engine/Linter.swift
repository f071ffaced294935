import DocumentModel

/// What became of one input: its findings, or the reason it could not be read.
public struct InputOutcome: Sendable {
    public let input: LintInput
    public let result: Result<LintedSource, FileSystem.Failure>
}

/// A read and linted source.
public struct LintedSource: Sendable {
    public let findings: [Finding]
    public let sensitiveRanges: [SourceRange]
    /// The source's lines, kept only when there is a finding to show an excerpt of.
    public let lines: SourceLines?
}

/// Reads and lints inputs, in parallel, with one rule set. Holds nothing per
/// file: everything shared (compiled patterns, shapes, checks) is built once,
/// before the first file.
public struct Linter: Sendable {
    public let checks: [any Check]
    public let rules: RuleTable
    /// `--operation`: the kind of every document that is not a response.
    public let operation: Operation?
    /// The operation for a given input, from configuration globs; overrides `operation`.
    public let operationForPath: @Sendable (String) -> Operation?

    public init(
        checks: [any Check], rules: RuleTable, operation: Operation?,
        operationForPath: @escaping @Sendable (String) -> Operation? = { _ in nil }
    ) {
        self.checks = checks
        self.rules = rules
        self.operation = operation
        self.operationForPath = operationForPath
    }

    /// Lints every input on up to `jobs` threads; outcomes come back in input order.
    public func lint(_ inputs: [LintInput], jobs: Int, standardInput: [UInt8]? = nil) -> [InputOutcome] {
        parallelMap(inputs, jobs: jobs) { input in
            let bytes: Result<[UInt8], FileSystem.Failure>
            switch input.source {
            case .file(let path): bytes = FileSystem.readFile(path)
            case .standardInput: bytes = standardInput.map { .success($0) } ?? FileSystem.readStandardInput()
            }
            return InputOutcome(input: input, result: bytes.map { lint($0, as: input) })
        }
    }

    /// Lints one source's bytes.
    public func lint(_ bytes: [UInt8], as input: LintInput) -> LintedSource {
        let format = SourceFormat.of(name: input.displayName, bytes: bytes)
        let result = DocumentLinter.lintSource(
            bytes, format: format, file: input.displayName,
            operation: operationForPath(input.displayName) ?? operation,
            checks: checks, rules: rules, reportUnknown: input.isExplicit)
        let lines = result.findings.isEmpty ? nil : SourceLines(String(decoding: bytes, as: UTF8.self))
        return LintedSource(findings: result.findings, sensitiveRanges: result.sensitiveRanges, lines: lines)
    }
}
