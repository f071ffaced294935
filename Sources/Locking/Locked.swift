#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value shared between threads behind a pthread mutex.
///
/// Why not `Synchronization.Mutex`: on Linux it locks with a raw futex, which
/// ThreadSanitizer cannot see, so every access inside `withLock` from two
/// threads is reported as a race (a false positive, but one that fails the
/// sanitizer run). TSan intercepts `pthread_mutex_lock`, so it understands
/// this lock. Not `NSLock` either: Foundation would link its network
/// functions into an offline tool (OfflineTests).
public final class Locked<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the only access to the value there is while it runs.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
