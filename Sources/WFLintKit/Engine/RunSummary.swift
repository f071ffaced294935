import DocumentModel

/// Gathers the outcomes of one run into the report every format renders, and
/// decides the exit status.
public struct RunSummary: Sendable {
    public private(set) var files: [LintReport.FileReport] = []
    public private(set) var filesChecked = 0
    public private(set) var notifications: [ToolNotification] = []
    public let rules: [RuleDescriptor]

    public init(rules: [RuleDescriptor]) {
        self.rules = rules
    }

    public mutating func add(_ outcome: InputOutcome) {
        switch outcome.result {
        case .failure(let failure):
            addUnreadable(path: outcome.input.displayName, reason: failure.reason)
        case .success(let linted):
            filesChecked += 1
            guard let lines = linted.lines, !linted.findings.isEmpty else { return }
            files.append(LintReport.FileReport(
                path: outcome.input.displayName, findings: linted.findings, source: lines,
                sensitiveRanges: linted.sensitiveRanges))
        }
    }

    public mutating func addUnreadable(path: String, reason: String) {
        notifications.append(ToolNotification(kind: .unreadableFile, path: path, message: "cannot read: \(reason)"))
    }

    /// 2 when anything could not be read (it wins), else 1 when a finding is at
    /// or above `failOn`, else 0.
    public func exitStatus(failOn: FailOn) -> ExitStatus {
        if !notifications.isEmpty { return .failure }
        let failing = files.contains { $0.findings.contains { failOn.fails(on: $0.severity) } }
        return failing ? .findings : .clean
    }

    public func report(exitStatus: ExitStatus) -> LintReport {
        LintReport(
            files: files.sorted { $0.path < $1.path }, filesChecked: filesChecked, notifications: notifications,
            rules: rules, exitCode: Int(exitStatus.rawValue))
    }
}
