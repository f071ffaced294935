/// The `--format` values and the reporter behind each.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, sarif, json, github

    /// The whole output for a run. `color` applies to `text` only.
    public func render(_ report: LintReport, color: Bool = false) -> String {
        switch self {
        case .text: return TextReporter(color: color).render(report)
        case .sarif: return SarifReporter().render(report)
        case .json: return JSONReporter().render(report)
        case .github: return GitHubReporter().render(report)
        }
    }
}
