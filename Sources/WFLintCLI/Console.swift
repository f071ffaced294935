#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error without Foundation: whole strings, written once,
/// so that output stays unbroken when it is piped.
struct Console: Sendable {
    let descriptor: Int32

    static let standardOutput = Console(descriptor: STDOUT_FILENO)
    static let standardError = Console(descriptor: STDERR_FILENO)

    func write(_ text: String) {
        write(bytes: Array(text.utf8))
    }

    /// Writes bytes as they are (a fixed source, which need not be valid UTF-8).
    func write(bytes: [UInt8]) {
        var bytes = bytes[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
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
