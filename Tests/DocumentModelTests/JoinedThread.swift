import Locking
import Testing

/// Runs a body on a POSIX thread with a stack of a given size and waits until
/// the thread has ended (its thread-specific values' ends run), unlike
/// Foundation's `Thread`.
enum JoinedThread {
    /// The body as the thread takes it. Unchecked: the caller does nothing
    /// until the thread has ended, so what the body captures (a test's
    /// counters) is never used by two threads at once.
    private struct Body: @unchecked Sendable {
        let run: () -> Void
    }

    static func run(stackSize: Int = 1 << 20, _ body: @escaping () -> Void) {
        let body = Body(run: body)
        let thread = PosixThread.start(stackSize: stackSize) { body.run() }
        #expect(thread != nil)
        thread?.join()
    }
}
