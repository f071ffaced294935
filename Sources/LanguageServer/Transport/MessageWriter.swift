import Locking
import WFLintKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes messages to the client (standard output), each framed with its
/// `Content-Length`, whole: threads that answer and publish at once never
/// interleave their bytes.
final class MessageWriter: Sendable {
    private let descriptor: Int32
    private let lock = Locked(())

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    func send(_ message: JSONOutput) {
        let body = Array(message.compact().utf8)
        let frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        lock.withLock { _ in
            var written = 0
            while written < frame.count {
                let count = frame.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, frame.count - written) }
                if count < 0 && errno == EINTR { continue }
                // The client is gone: nothing to tell it; reading stops soon too.
                guard count > 0 else { return }
                written += count
            }
        }
    }
}
