import Foundation

/// Every child process the tests start goes through here, one at a time.
///
/// Swift Testing runs tests in parallel, and swift-corelibs-foundation's
/// `Process` on Linux is not made for launches from several threads at
/// once: `run()` lists the open descriptors (`/proc/self/fd`) to close them
/// in the child, while the pipes and the socket pair it watches for the
/// child's exit are made without close-on-exec, so a pipe another thread
/// makes in between leaks into the child (swift-corelibs-foundation #3291,
/// #5409) and holds the other test's pipe open; and a full run once crashed
/// inside `run()` among OfflineTests's hundreds of launches. A test holds
/// its process here from setting it up to its exit, so `Process` is used
/// as in a serial run: never two at once. A CI run crashed there once more
/// even so (a bad read in `memcpy` under `run()`), so OfflineTests now
/// launches `nm` twice rather than once per object file.
enum ChildProcess {
    /// A stored static, as a lock must be; it holds no enum-tagged pointer.
    private static let lock = NSLock()

    /// Runs `body` with a new `Process` while no other test has one: `body`
    /// makes its pipes, runs it and waits for its exit.
    static func with<Result>(_ body: (Process) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(Process())
    }

    /// The same with two processes, both live at once: the second acts on
    /// the first (sets its resource limits while it runs). Both are launched
    /// from the caller's thread, one after the other; the second may inherit
    /// the first's pipes, so it must exit before the test waits on them.
    static func withTwo<Result>(_ body: (Process, Process) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(Process(), Process())
    }
}
