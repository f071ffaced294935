#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import WFLintKit

/// Standard output and error without Foundation: each string written whole,
/// with as few calls as the pipe takes (a report comes in chunks of about
/// 64 KiB, each ending after a whole finding).
struct Console: Sendable {
    let descriptor: Int32

    static let standardOutput = Console(descriptor: STDOUT_FILENO)
    static let standardError = Console(descriptor: STDERR_FILENO)

    /// The `errno` of the first write to standard output that failed (a full
    /// disk, a file over `ulimit -f`), 0 while none has: the run then ends
    /// with exit code 2 (`runCommandLine`), not with a report cut short in
    /// silence. A closed pipe is SIGPIPE's, as for any command line tool.
    private static let standardOutputFailure = Atomic<Int32>(0)

    /// The reason the first write to standard output failed, or nil.
    static var standardOutputFailureReason: String? {
        let code = standardOutputFailure.load(ordering: .relaxed)
        return code == 0 ? nil : String(cString: strerror(code))
    }

    func write(_ text: String) {
        // The string's own UTF-8, not a copy of it (a long stream's report
        // is megabytes).
        var text = text
        text.withUTF8(write(buffer:))
    }

    /// Writes `line` and a line break: wflint's own words about the run (an
    /// error, a count), which quote paths and values from files and the
    /// command line, so with their control characters escaped
    /// (`TerminalText.oneLine`). Reports are written as they are made.
    func writeLine(_ line: String) {
        write(TerminalText.oneLine(line) + "\n")
    }

    /// Writes bytes as they are (a fixed source, which need not be valid UTF-8).
    func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer(write(buffer:))
    }

    private func write(buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if descriptor == STDOUT_FILENO {
                    _ = Self.standardOutputFailure.compareExchange(expected: 0, desired: errno, ordering: .relaxed)
                }
                return
            }
            offset += written
        }
    }

    /// Copies standard input to this stream as it comes, a chunk at a time
    /// (`--fix -` of an input no lint reads: its text goes back as it was).
    func copyStandardInput() {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            chunk.withUnsafeBufferPointer { write(buffer: UnsafeBufferPointer(rebasing: $0[..<count])) }
        }
    }

    /// Whether this stream is a terminal: color is used only there.
    var isTerminal: Bool { isatty(descriptor) == 1 }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Color on a terminal, never when `NO_COLOR` is set (https://no-color.org).
    static func wantsColor(on console: Console) -> Bool {
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
        return console.isTerminal
    }
}
