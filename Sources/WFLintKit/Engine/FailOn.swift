/// `--fail-on`: the lowest severity that makes the run exit 1.
public enum FailOn: String, Sendable, CaseIterable {
    case error, warning, note, never

    public func fails(on severity: Severity) -> Bool {
        switch self {
        case .error: return severity >= .error
        case .warning: return severity >= .warning
        case .note: return true
        case .never: return false
        }
    }
}
