#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import DocumentModel

/// A file that is written completely or not at all: the text goes to a
/// temporary file beside it, which is renamed over the path only once it is
/// whole. A run interrupted while linting (Ctrl-C, a CI job's timeout) leaves
/// any earlier report in place rather than a truncated SARIF log, and its
/// temporary file is removed on SIGINT, SIGTERM and SIGHUP.
///
/// The temporary file is created when the `AtomicFile` is, before anything
/// is linted, so that a path that cannot be written fails the run at once.
///
/// A symbolic link stays one: the file it leads to is written (a rename over
/// the link's own name would replace the link with a file, and `--output
/// /dev/stdout` would replace `/dev/stdout`).
public final class AtomicFile {
    /// The path as named, for messages.
    public let path: String
    /// The file written: `path`, or the file a symbolic link there leads to.
    private let target: String
    private let temporaryPath: String
    private var descriptor: Int32
    /// The first write that failed; the file is then discarded at `commit`.
    private var writeFailure: FileSystem.Failure?

    private init(path: String, target: String, temporaryPath: String, descriptor: Int32) {
        self.path = path
        self.target = target
        self.temporaryPath = temporaryPath
        self.descriptor = descriptor
    }

    /// Creates the temporary file for `path`; fails as writing `path` itself would.
    public static func create(_ path: String) -> Result<AtomicFile, FileSystem.Failure> {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            return .failure(FileSystem.Failure(path: path, reason: "it is \(FileSystem.fileTypeName(info.st_mode))"))
        }
        var target = path
        var linkInfo = stat()
        if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = FileSystem.resolvedPath(path) else {
                return .failure(FileSystem.openFailure(path, errno: ENOENT))
            }
            target = resolved
        }
        let (directory, name) = split(target)
        var template = Array("\(directory)/.\(name).wflint-XXXXXX".utf8CString)
        // Between creating the file and registering it, a signal would leave it behind.
        let created = InterruptCleanup.deferringSignals { () -> (descriptor: Int32, path: String)? in
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else { return nil }
            let temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            InterruptCleanup.register(temporaryPath)
            return (descriptor, temporaryPath)
        }
        guard let created else { return .failure(FileSystem.Failure(path: path, errno: errno)) }
        return .success(AtomicFile(path: path, target: target, temporaryPath: created.path, descriptor: created.descriptor))
    }

    /// Writes `text` and renames the file into place.
    public func commit(_ text: String) -> Result<Void, FileSystem.Failure> {
        append(text)
        return commit()
    }

    /// Writes `text` after what is written so far (a report made in chunks);
    /// `commit()` then renames the file into place, or returns the first
    /// write that failed.
    public func append(_ text: String) {
        guard writeFailure == nil, descriptor >= 0 else { return }
        // The string's own UTF-8, not a copy of it.
        var text = text
        let written = text.withUTF8 { FileSystem.writeAll(UnsafeRawBufferPointer($0), to: descriptor, path: path) }
        if case .failure(let failure) = written { writeFailure = failure }
    }

    /// Renames the file, as appended to, into place.
    public func commit() -> Result<Void, FileSystem.Failure> {
        // mkstemp makes the file 0600; a report is as readable as any file the user creates.
        let mask = umask(0)
        umask(mask)
        return finish(mode: 0o666 & ~mask)
    }

    /// Writes `bytes` over an existing file (a fixed source), keeping its
    /// permissions, owner and group, and renames it into place.
    public func commitReplacing(_ bytes: [UInt8]) -> Result<Void, FileSystem.Failure> {
        var info = stat()
        guard stat(target, &info) == 0 else {
            discard()
            return .failure(FileSystem.Failure(path: path, errno: errno))
        }
        // Root fixing another user's file leaves it theirs. Anyone else may
        // only keep a file their own (EPERM otherwise), which it already is.
        // Before the mode: a change of owner clears set-user-ID bits.
        _ = fchown(descriptor, info.st_uid, info.st_gid)
        if case .failure(let failure) = FileSystem.writeAll(bytes, to: descriptor, path: path) { writeFailure = failure }
        return finish(mode: info.st_mode & 0o7777)
    }

    private func finish(mode: mode_t) -> Result<Void, FileSystem.Failure> {
        defer { discard() }
        if let writeFailure { return .failure(writeFailure) }
        fchmod(descriptor, mode)
        guard close(descriptor) == 0 else { return .failure(FileSystem.Failure(path: path, errno: errno)) }
        descriptor = -1
        guard rename(temporaryPath, target) == 0 else { return .failure(FileSystem.Failure(path: path, errno: errno)) }
        InterruptCleanup.unregister(temporaryPath)
        return .success(())
    }

    /// Removes the temporary file unless it was renamed into place.
    private func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if InterruptCleanup.unregister(temporaryPath) { unlink(temporaryPath) }
    }

    deinit { discard() }

    /// The folder (`.` when there is none) and the name of `path`.
    private static func split(_ path: String) -> (directory: String, name: String) {
        let parts = PathParts(path)
        return (parts.folder ?? ".", parts.name)
    }
}

/// The temporary files to remove if the process is interrupted. The signal
/// handler may only call async-signal-safe functions, so the paths are kept
/// as C strings in a fixed table it can walk without allocating.
private enum InterruptCleanup {
    static let capacity = 4
    nonisolated(unsafe) static let paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    nonisolated(unsafe) static var installed = false

    /// Runs `body` with the signals held back (and the handler installed),
    /// so that it cannot be interrupted between creating a file and
    /// registering it. Only the main thread creates and commits output files.
    static func deferringSignals<Result>(_ body: () -> Result) -> Result {
        if !installed {
            paths.initialize(repeating: nil, count: capacity)
            install()
            installed = true
        }
        var set = signalSet()
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &set, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }

    static func register(_ path: String) {
        guard let slot = (0..<capacity).first(where: { paths[$0] == nil }) else { return }
        paths[slot] = strdup(path)
    }

    /// Forgets `path`; true when it was registered (and so not yet renamed).
    @discardableResult
    static func unregister(_ path: String) -> Bool {
        guard installed else { return false }
        // The handler must not see an entry that is being freed.
        return deferringSignals {
            for slot in 0..<capacity {
                guard let entry = paths[slot], String(cString: entry).isExactly(path) else { continue }
                paths[slot] = nil
                free(entry)
                return true
            }
            return false
        }
    }

    /// Handles the signals, and unblocks them: a process started with them
    /// blocked (some runners spawn children so) could not be stopped at all.
    /// Worker threads start later and inherit the unblocked mask.
    private static func install() {
        for number in signals { signal(number, handle) }
        var set = signalSet()
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        return set
    }

    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Removes every registered file, then dies of the signal as it would have.
    static let handle: @convention(c) (Int32) -> Void = { number in
        for slot in 0..<InterruptCleanup.capacity {
            if let entry = InterruptCleanup.paths[slot] { unlink(entry) }
        }
        signal(number, SIG_DFL)
        raise(number)
    }
}
