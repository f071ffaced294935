import DocumentModel

/// What became of one input: its findings, or the reason it could not be read.
public struct InputOutcome: Sendable {
    public let input: LintInput
    public let result: Result<LintedSource, FileSystem.Failure>
}

/// A read and linted source.
public struct LintedSource: Sendable {
    public let findings: [Finding]
    /// Findings a `# wflint-disable…` comment silenced.
    public let suppressed: [SuppressedFinding]
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
    /// The operation whose request every non-response document of an input
    /// is read as (`--operation`, or the configuration's `operations:` globs),
    /// or nil to tell the kind from the document's keys.
    public let operationForPath: @Sendable (String) -> Operation?
    /// Whether and how `# wflint-disable…` comments in YAML files are honoured.
    public let inlineSuppressions: InlineSuppressionPolicy?

    public init(
        checks: [any Check], rules: RuleTable,
        operationForPath: @escaping @Sendable (String) -> Operation?,
        inlineSuppressions: InlineSuppressionPolicy? = nil
    ) {
        self.checks = checks
        self.rules = rules
        self.operationForPath = operationForPath
        self.inlineSuppressions = inlineSuppressions
    }

    /// A linter that reads every input as `operation` (nil: by its keys).
    public init(
        checks: [any Check], rules: RuleTable, operation: Operation?,
        inlineSuppressions: InlineSuppressionPolicy? = nil
    ) {
        self.init(
            checks: checks, rules: rules, operationForPath: { _ in operation }, inlineSuppressions: inlineSuppressions)
    }

    /// Lints every input on up to `jobs` threads; outcomes come back in input order.
    public func lint(_ inputs: [LintInput], jobs: Int, standardInput: [UInt8]? = nil) -> [InputOutcome] {
        parallelMap(inputs, jobs: jobs) { input in
            let bytes: Result<[UInt8], FileSystem.Failure>
            switch input.source {
            case .file(let path): bytes = FileSystem.readFile(path)
            case .standardInput: bytes = standardInput.map { .success($0) } ?? FileSystem.readStandardInput()
            }
            return InputOutcome(input: input, result: bytes.map { lint($0, as: input, jobs: jobs) })
        }
    }

    /// Lints one source's bytes; a source of many documents uses up to `jobs` threads.
    public func lint(_ bytes: [UInt8], as input: LintInput, jobs: Int = 1) -> LintedSource {
        let format = SourceFormat.of(name: input.displayName, bytes: bytes)
        let result = DocumentLinter.lintSource(
            bytes, format: format, file: input.displayName,
            operation: operationForPath(input.displayName),
            checks: checks, rules: rules, reportUnknown: input.isExplicit, jobs: jobs)
        var findings = result.findings
        var suppressed: [SuppressedFinding] = []
        var lines: SourceLines?
        // Only YAML has comments; the byte search keeps files without any
        // directive (almost all) off the scanner.
        if let policy = inlineSuppressions, format == .yaml, CommentScanner.mayContainDirective(bytes) {
            let text = SourceLines(utf8: bytes)
            let directives = CommentScanner.directives(in: text, documents: result.documents)
            let outcome = policy.apply(directives, to: findings, file: input.displayName, rules: rules)
            (findings, suppressed, lines) = (outcome.findings, outcome.suppressed, text)
        }
        if findings.isEmpty && suppressed.isEmpty {
            lines = nil
        } else if lines == nil {
            lines = SourceLines(utf8: bytes)
        }
        return LintedSource(
            findings: findings, suppressed: suppressed, sensitiveRanges: result.sensitiveRanges, lines: lines)
    }
}
