#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX thread with a stack of a chosen size, joined by its starter: what
/// the lint's workers run on (their stack set by the nesting a document may
/// have), and what tests use to see a thread's end (its thread-specific
/// values ended) before they look, which Foundation's `Thread` cannot wait for.
public struct PosixThread: @unchecked Sendable {
    private let thread: pthread_t

    /// What the new thread runs, handed to it through one retained reference.
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    private init(thread: pthread_t) {
        self.thread = thread
    }

    /// Starts `body` on a new thread with `stackSize` bytes of stack; nil
    /// when none could start (no memory for its stack, too many threads).
    public static func start(stackSize: Int, _ body: @escaping @Sendable () -> Void) -> PosixThread? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            guard let context else { return nil }
            Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return nil
        }
        return PosixThread(thread: thread)
    }

    /// Waits until the thread has ended, its thread-specific values' ends run.
    public func join() {
        pthread_join(thread, nil)
    }
}
