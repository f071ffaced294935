import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A child process of the tests, started with `posix_spawn`; its API is the
/// part of Foundation's `Process` the tests use.
///
/// Not Foundation's `Process`: on Linux its `run()` lists `/proc/self/fd`
/// (to close each descriptor in the child) by copying all 256 bytes of each
/// entry's `d_name`, past the end of the short record `readdir` returns, and
/// when that record ends glibc's buffer before an unmapped page the test
/// process crashes (swift-corelibs-foundation #5472, fixed after Swift
/// 6.3.1). This suite crashed so, with a bad read in `memcpy` under `run()`,
/// in about one full run in twenty, in CI too; taking launches one at a time
/// did not help. Here the child closes every descriptor from 3 on itself
/// (`posix_spawn_file_actions_addclosefrom_np`), so nothing is listed, and
/// no pipe another test makes at the same time leaks into it.
///
/// Tests still hold their process one at a time (`with`), from setting it up
/// to its exit: the suite runs on two cores, also under the sanitizers, and a
/// test's child gets the machine as it did when the timeouts were chosen.
final class ChildProcess: @unchecked Sendable {
    /// How a child ended, as `Process.TerminationReason` says it.
    enum TerminationReason: Sendable {
        case exit, uncaughtSignal
    }

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    var executableURL: URL?
    var arguments: [String] = []
    /// The child's working folder; nil: the test process's.
    var currentDirectoryURL: URL?
    /// The child's whole environment; nil: the test process's.
    var environment: [String: String]?
    /// Each a `Pipe` (the child gets its one end, the other stays here) or a
    /// `FileHandle` (`FileHandle.nullDevice`: /dev/null); nil: the test process's own.
    var standardInput: Any?
    var standardOutput: Any?
    var standardError: Any?

    private(set) var processIdentifier: pid_t = 0
    /// Guards `waitStatus`: the child is reaped only while it is held, so a
    /// signal sent while it is held never reaches another process that got
    /// the identifier after it.
    private let state = NSLock()
    /// The child's wait status once it is reaped.
    private var waitStatus: Int32?

    /// A stored static, as a lock must be; it holds no enum-tagged pointer.
    private static let lock = NSLock()

    /// Runs `body` with a new child process while no other test has one:
    /// `body` makes its pipes, runs it and waits for its exit.
    static func with<Result>(_ body: (ChildProcess) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(ChildProcess())
    }

    /// The same with two processes, both live at once: the second acts on
    /// the first (sets its resource limits while it runs).
    static func withTwo<Result>(_ body: (ChildProcess, ChildProcess) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(ChildProcess(), ChildProcess())
    }

    func run() throws {
        guard let executable = executableURL?.path else { throw SpawnError(description: "no executable") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var childEnds: [FileHandle] = []
        for (target, channel) in [(STDIN_FILENO, standardInput), (STDOUT_FILENO, standardOutput), (STDERR_FILENO, standardError)] {
            let handle: FileHandle
            switch channel {
            case let pipe as Pipe:
                handle = target == STDIN_FILENO ? pipe.fileHandleForReading : pipe.fileHandleForWriting
                childEnds.append(handle)
            case let file as FileHandle where file === FileHandle.nullDevice:
                // A handle without a descriptor of its own.
                try Self.check(posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_RDWR, 0), "open /dev/null")
                continue
            case let file as FileHandle: handle = file
            default: continue
            }
            try Self.check(posix_spawn_file_actions_adddup2(&actions, handle.fileDescriptor, target), "dup2")
        }
        try Self.check(SpawnExtensions.addCloseFrom(&actions, 3), "closefrom")
        if let folder = currentDirectoryURL?.path {
            try Self.check(SpawnExtensions.addChdir(&actions, folder), "chdir to \(folder)")
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A process group of its own, as `Process` gives it: a terminal's
        // signals are not the child's. And no signal blocked or ignored, as
        // `Process` starts it too: a test runs on a dispatch thread, which
        // blocks every signal it can, and a child given that mask ignored
        // the watchdog's SIGTERM (`WFLintBinary`).
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        try Self.check(posix_spawnattr_setsigmask(&attributes, &none), "setsigmask")
        try Self.check(posix_spawnattr_setsigdefault(&attributes, &all), "setsigdefault")
        let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        try Self.check(posix_spawnattr_setflags(&attributes, Int16(flags)), "setflags")
        let environment = (self.environment ?? ProcessInfo.processInfo.environment).map { "\($0)=\($1)" }
        var pid = pid_t()
        let result = Self.withCStrings([executable] + arguments) { argv in
            Self.withCStrings(environment) { envp in posix_spawn(&pid, executable, &actions, &attributes, argv, envp) }
        }
        try Self.check(result, "posix_spawn \(executable)")
        processIdentifier = pid
        // The child's ends are its own now: a reader here sees the end of
        // its output once the child closes it.
        for handle in childEnds { try? handle.close() }
    }

    /// Waits for the child to exit, and reaps it.
    func waitUntilExit() {
        guard processIdentifier > 0 else { return }
        var info = siginfo_t()
        // Waits without reaping (`WNOWAIT`): the reaping is done while `state` is held.
        while waitid(P_PID, id_t(processIdentifier), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
        state.withLock { reap(options: 0) }
    }

    var isRunning: Bool {
        state.withLock {
            reap(options: WNOHANG)
            return waitStatus == nil
        }
    }

    /// Sends SIGTERM unless the child is reaped (or was never started: 0
    /// would signal the test runner's whole process group).
    func terminate() {
        state.withLock {
            if waitStatus == nil && processIdentifier > 0 { kill(processIdentifier, SIGTERM) }
        }
    }

    /// The exit status, or the signal that ended it; only once it is reaped.
    var terminationStatus: Int32 {
        let status = state.withLock { waitStatus } ?? 0
        return terminationReason == .exit ? (status >> 8) & 0xFF : status & 0x7F
    }

    var terminationReason: TerminationReason {
        (state.withLock { waitStatus } ?? 0) & 0x7F == 0 ? .exit : .uncaughtSignal
    }

    /// Reaps the child if it has exited (`waitpid` with `options`); `state` is held.
    private func reap(options: Int32) {
        guard waitStatus == nil, processIdentifier > 0 else { return }
        var status: Int32 = 0
        var reaped: pid_t
        repeat { reaped = waitpid(processIdentifier, &status, options) } while reaped == -1 && errno == EINTR
        if reaped == processIdentifier { waitStatus = status }
    }

    private static func check(_ result: Int32, _ what: String) throws {
        guard result != 0 else { return }
        throw SpawnError(description: "\(what): \(String(cString: strerror(result)))")
    }

    /// `strings` as a null-terminated array of C strings, for `body` only.
    private static func withCStrings<Result>(
        _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) throws -> Result
    ) rethrows -> Result {
        let copies = strings.map { strdup($0) } + [nil]
        defer { copies.forEach { free($0) } }
        return try copies.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}

/// glibc's GNU extensions to `posix_spawn` (2.29 and 2.34), which Swift's
/// Glibc module does not declare (they need `_GNU_SOURCE`): looked up by
/// name once; a glibc without them fails the launch, never the whole suite.
private enum SpawnExtensions {
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    private static let closeFrom: AddCloseFrom? = function("posix_spawn_file_actions_addclosefrom_np")
    private static let chdir: AddChdir? = function("posix_spawn_file_actions_addchdir_np")

    static func addCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ first: Int32) -> Int32 {
        closeFrom?(actions, first) ?? ENOSYS
    }

    static func addChdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ folder: String) -> Int32 {
        chdir?(actions, folder) ?? ENOSYS
    }

    private static func function<Function>(_ name: String) -> Function? {
        // RTLD_DEFAULT (a null handle): the symbol as the process resolves it.
        dlsym(nil, name).map { unsafeBitCast($0, to: Function.self) }
    }
}
