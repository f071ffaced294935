import WFLintKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server's log: every line on standard error; with `--verbose`, also
/// to the client as `window/logMessage`, which editors show in their
/// language-server log. Messages name rules, files and positions, never a
/// document's values.
public struct ServerLog: Sendable {
    public enum Level: Int, Sendable {
        case error = 1
        case warning = 2
        case info = 3
    }

    let writer: MessageWriter
    let verbose: Bool

    public func error(_ message: String) { write(.error, message) }
    public func info(_ message: String) { write(.info, message) }

    func write(_ level: Level, _ message: String) {
        let line = "wflint server: \(level == .error ? "error: " : level == .warning ? "warning: " : "")\(message)\n"
        _ = line.utf8CString.withUnsafeBufferPointer { Glibc.write(2, $0.baseAddress, $0.count - 1) }
        guard verbose else { return }
        writer.send(OutgoingMessage.notification(
            "window/logMessage", .object([("type", .integer(level.rawValue)), ("message", .string(message))])))
    }
}
