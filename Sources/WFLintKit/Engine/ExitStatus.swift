/// The documented exit codes.
public enum ExitStatus: Int32, Sendable {
    /// No finding at or above the `--fail-on` severity.
    case clean = 0
    /// At least one finding at or above the `--fail-on` severity (WF001 included).
    case findings = 1
    /// A usage error, a file that could not be read, or a rule pack or
    /// configuration that did not load. Wins over 1.
    case failure = 2
}
