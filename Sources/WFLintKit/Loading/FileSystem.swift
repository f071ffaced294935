#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls wflint needs, on the C library directly: Foundation's
/// FileManager would add several milliseconds to every process start.
public enum FileSystem {
    public enum EntryType: Sendable { case file, directory, other }

    /// A failed system call, with the C library's own words (`No such file or directory`).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { reason }

        init(path: String, errno code: Int32) {
            self.init(path: path, reason: String(cString: strerror(code)))
        }

        init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// What tells two paths to the same directory apart from two directories:
    /// a symbolic link back to an ancestor must not make a walk endless.
    public struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// The identity of the file or directory at `path` (symbolic links followed).
    public static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    public static func entryType(_ path: String) -> Result<EntryType, Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(Failure(path: path, errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success(.file)
        case S_IFDIR: return .success(.directory)
        default: return .success(.other)
        }
    }

    /// The names in a directory, `.` and `..` excluded, sorted bytewise so that a
    /// walk is the same on every machine.
    public static func directoryEntries(_ path: String) -> Result<[(name: String, type: EntryType)], Failure> {
        guard let dir = opendir(path) else { return .failure(Failure(path: path, errno: errno)) }
        defer { closedir(dir) }
        var entries: [(name: String, type: EntryType)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            entries.append((name, type(of: entry.pointee, at: path + "/" + name)))
        }
        entries.sort { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        return .success(entries)
    }

    /// The entry's type from `d_type`, falling back to `stat` where the file system
    /// does not fill it in (and to follow symbolic links).
    private static func type(of entry: dirent, at path: String) -> EntryType {
        switch Int32(entry.d_type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_UNKNOWN), Int32(DT_LNK):
            return (try? entryType(path).get()) ?? .other
        default: return .other
        }
    }

    /// The whole content of a regular file. Anything else named as a file is
    /// refused before a byte is read: a FIFO would block until a writer comes,
    /// `/dev/zero` never ends. Opening without blocking lets a FIFO be checked
    /// at all (a blocking open waits for a writer).
    public static func readFile(_ path: String) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Failure(path: path, errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Failure(path: path, errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(Failure(path: path, reason: "not a regular file (\(fileTypeName(info.st_mode)))"))
        }
        return readAll(fd, path: path)
    }

    /// What a file that is not a regular file is, in words.
    static func fileTypeName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a named pipe"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "an unknown kind of file"
        }
    }

    /// Everything on standard input.
    public static func readStandardInput() -> Result<[UInt8], Failure> {
        readAll(STDIN_FILENO, path: "-")
    }

    private static func readAll(_ fd: Int32, path: String) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(path: path, errno: errno))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes `text` to a file, replacing it.
    public static func writeFile(_ path: String, _ text: String) -> Result<Void, Failure> {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return .failure(Failure(path: path, errno: errno)) }
        defer { close(fd) }
        var utf8 = Array(text.utf8)[...]
        while !utf8.isEmpty {
            let written = utf8.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(path: path, errno: errno))
            }
            utf8 = utf8.dropFirst(written)
        }
        return .success(())
    }

    public static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
