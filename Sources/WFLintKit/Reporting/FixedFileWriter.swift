#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a fixed source over the file it was read from, keeping what the
/// file is: its permissions, owner and group, its other names (hard links),
/// and a symbolic link stays one (its target is written).
public enum FixedFileWriter {
    /// Writes `bytes` over the file `path` names: whole or not at all through
    /// a temporary file renamed into place, except for a file with more than
    /// one link, which is written in place (not atomic) so that every name
    /// sees the fix.
    public static func replace(_ path: String, with bytes: [UInt8]) -> Result<Void, FileSystem.Failure> {
        let target = realpath(path, nil).map { resolved in
            defer { free(resolved) }
            return String(cString: resolved)
        } ?? path
        // A rename needs only the folder to be writable; a file its owner made
        // read-only (or an immutable one) is refused, as writing it would be.
        guard access(target, W_OK) == 0 else { return .failure(FileSystem.Failure(path: path, errno: errno)) }
        var info = stat()
        guard stat(target, &info) == 0 else { return .failure(FileSystem.Failure(path: path, errno: errno)) }
        // A rename would give this name a new file and leave the others the old text.
        if info.st_nlink > 1 { return overwrite(target, with: bytes) }
        return AtomicFile.create(target).flatMap { $0.commitReplacing(bytes) }
    }

    /// Truncates the file and writes `bytes` into it: a failure midway leaves it cut short.
    private static func overwrite(_ path: String, with bytes: [UInt8]) -> Result<Void, FileSystem.Failure> {
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(FileSystem.Failure(path: path, errno: errno)) }
        let written = FileSystem.writeAll(bytes, to: descriptor, path: path)
        guard close(descriptor) == 0 else { return .failure(FileSystem.Failure(path: path, errno: errno)) }
        return written
    }
}
