/// What a run silences after linting, as `--fix` needs it source by source:
/// the configuration's `ignore:` entries and a baseline. A finding either
/// silences is not fixed, as one an inline comment silences is not.
///
/// Each pass of fixing matches the source's findings afresh, as the report
/// does at the end: the baseline matches by pointer and value, so a fix that
/// renumbers a list (removing an earlier entry) can move a baselined finding
/// off its entry, and then it is new to the report and to the fixing alike.
public struct FixSilencing: Sendable {
    public let ignores: IgnoreRules?
    public let baseline: Baseline?
    /// What relative paths of findings are relative to.
    public let workingDirectory: String

    public init(ignores: IgnoreRules?, baseline: Baseline?, workingDirectory: String) {
        self.ignores = ignores
        self.baseline = baseline
        self.workingDirectory = workingDirectory
    }

    /// The findings of `linted`, the source named `path`, that neither the
    /// ignore entries nor the baseline silence (in the order `RunSummary`
    /// applies them: ignore entries, then the baseline).
    func unsilenced(_ linted: LintedSource, path: String) -> [Finding] {
        let absolutePath = ProjectPath.absolute(path, from: workingDirectory)
        var remaining = baseline
        let ignored = ignores?.file(atAbsolutePath: absolutePath)
        return linted.findings.filter { finding in
            if let ignored, ignored.justification(for: finding) != nil { return false }
            guard let baseline, let source = linted.source else { return true }
            return remaining?.consume(baseline.key(for: finding, absolutePath: absolutePath, source: source)) != true
        }
    }
}
