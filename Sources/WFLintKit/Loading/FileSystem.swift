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
            self.path = path
            self.reason = String(cString: strerror(code))
        }
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

    /// The whole content of a file.
    public static func readFile(_ path: String) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(Failure(path: path, errno: errno)) }
        defer { close(fd) }
        return readAll(fd, path: path)
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
