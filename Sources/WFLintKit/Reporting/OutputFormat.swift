/// The `--format` values and the reporter behind each.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, sarif, json, github

    /// Whether the output is one JSON document (JSON, SARIF), which a line
    /// of anything else beside it would break.
    public var isMachineReadable: Bool { self == .json || self == .sarif }

    /// The whole output for a run. `color` applies to `text` only.
    public func render(_ report: LintReport, color: Bool = false) -> String {
        switch self {
        case .text: return TextReporter(color: color).render(report)
        case .sarif: return SarifReporter().render(report)
        case .json: return JSONReporter().render(report)
        case .github: return GitHubReporter().render(report)
        }
    }

    /// The output for a run, handed to `emit` as it is made, in chunks of
    /// about 64 KiB, each ending after a whole finding (`ReportChunks`): a
    /// text finding with its excerpt, an annotation, a SARIF result, a JSON
    /// finding. `color` applies to `text` only.
    public func write(_ report: LintReport, color: Bool = false, to emit: (String) -> Void) {
        switch self {
        case .text: TextReporter(color: color).write(report, to: emit)
        case .github: GitHubReporter().write(report, to: emit)
        case .sarif: SarifReporter().write(report, to: emit)
        case .json: JSONReporter().write(report, to: emit)
        }
    }
}
