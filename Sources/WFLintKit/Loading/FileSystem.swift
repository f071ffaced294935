import DocumentModel

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

    /// Whether a directory entry named `path` is there, whatever it is and
    /// wherever a symbolic link points (`lstat`). A name that cannot be
    /// looked up for another reason than its absence (a folder that may not
    /// be searched) counts as there: reading it tells why it cannot be read.
    public static func isPresent(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 || (errno != ENOENT && errno != ENOTDIR)
    }

    /// Whether `path` names something, following links (`stat`): a
    /// dangling link names nothing. Without `entryType`'s `Result`: a run's
    /// first failure destroyed costs the Swift runtime's search of every
    /// protocol conformance for its `Error` (0.25 M instructions, 5 % of a
    /// run over one small document, asked where a configuration is).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
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
        guard let entries = entries(in: path) else { return .failure(Failure(path: path, errno: errno)) }
        return .success(entries)
    }

    /// `directoryEntries` without its `Result`: nil when the directory cannot
    /// be listed (`errno` says why). A Terraform file's module lists its
    /// folder with it: a run's first `Result` that is destroyed costs the
    /// Swift runtime's search of every protocol conformance for the failure's
    /// `Error` (0.16 M instructions, most of what a `.tf` file cost over a
    /// YAML document), and the module does not ask why a folder is unreadable.
    public static func entries(in path: String) -> [(name: String, type: EntryType)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var entries: [(name: String, type: EntryType)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            entries.append((name, type(of: entry.pointee, named: name, in: path)))
        }
        entries.sort { bytewiseLess($0.name, $1.name) }
        return entries
    }

    /// `a < b` by their UTF-8 bytes, as `memcmp` orders them (and `LC_ALL=C sort`),
    /// without the copies a comparison of `Array(a.utf8)` made for every pair.
    static func bytewiseLess(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { left in
            b.withUTF8 { right in
                for index in 0..<min(left.count, right.count) where left[index] != right[index] {
                    return left[index] < right[index]
                }
                return left.count < right.count
            }
        }
    }

    /// The entry's type from `d_type`, falling back to `stat` where the file system
    /// does not fill it in (and to follow symbolic links); only then is its path made.
    private static func type(of entry: dirent, named name: String, in directory: String) -> EntryType {
        switch Int32(entry.d_type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_UNKNOWN), Int32(DT_LNK):
            return (try? entryType(directory + "/" + name).get()) ?? .other
        default: return .other
        }
    }

    /// What reading an input gave: its bytes, or only the news that it is
    /// larger than it may be.
    public enum Content: Sendable, Equatable {
        case bytes([UInt8])
        /// The bytes as the readers hold them: mapped from a large file
        /// (`readFile`'s `mappingFrom`), or read straight into memory the
        /// source owns (`asSource`), not copied there from an array.
        case source(SourceBytes)
        /// Over the size limit; `byteCount` is the file's size, or nil where
        /// it is not known in advance (standard input: reading stopped there).
        case tooLarge(byteCount: Int?)

        /// The bytes, however held; nil when the file was too large to read.
        public var array: [UInt8]? {
            switch self {
            case .bytes(let bytes): bytes
            case .source(let bytes): bytes.array
            case .tooLarge: nil
            }
        }
    }

    /// The whole content of a regular file of at most `maximumSize` bytes; a
    /// larger one is not read at all. Anything else named as a file is
    /// refused before a byte is read: a FIFO would block until a writer comes,
    /// `/dev/zero` never ends. Opening without blocking lets a FIFO be checked
    /// at all (a blocking open waits for a writer).
    ///
    /// A file of `mappingFrom` bytes or more is mapped (`SourceBytes.mapping`),
    /// so that a long stream's pages can be given back behind its reader;
    /// with `asSource`, a smaller one is read straight into a `SourceBytes`.
    public static func readFile(
        _ path: String, maximumSize: Int, mappingFrom: Int = .max, asSource: Bool = false
    ) -> Result<Content, Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(openFailure(path, errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Failure(path: path, errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(Failure(path: path, reason: "not a regular file (\(fileTypeName(info.st_mode)))"))
        }
        let size = Int(info.st_size)
        guard size <= maximumSize else { return .success(.tooLarge(byteCount: size)) }
        if size >= mappingFrom, let mapped = SourceBytes.mapping(of: fd, size: size) { return .success(.source(mapped)) }
        if asSource, size > 0, let read = readSource(fd, size: size) { return .success(.source(read)) }
        // A file that grows while it is read stops at the limit all the same.
        return readAll(fd, path: path, expectedSize: size, maximumSize: maximumSize)
    }

    /// A regular file of `size` bytes read straight into a `SourceBytes`; nil
    /// when it is not exactly that long (it changed since `fstat`) or a read
    /// fails: the caller then reads it as an array, to its end, from the start
    /// (`pread` leaves the file offset where it was).
    private static func readSource(_ fd: Int32, size: Int) -> SourceBytes? {
        SourceBytes.reading(upTo: size) { buffer in
            var initialized = 0
            while initialized < buffer.count {
                let count = pread(fd, buffer.baseAddress! + initialized, buffer.count - initialized, off_t(initialized))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return nil }
                initialized += count
            }
            var next: UInt8 = 0
            while true {
                let count = pread(fd, &next, 1, off_t(size))
                if count < 0 && errno == EINTR { continue }
                return count == 0 ? initialized : nil
            }
        }
    }

    /// Why `path` could not be opened: the C library's words, except for a
    /// symbolic link to nothing, whose "No such file or directory" would
    /// contradict the name a listing shows.
    static func openFailure(_ path: String, errno code: Int32) -> Failure {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard code == ENOENT, case let count = readlink(path, &buffer, buffer.count - 1), count >= 0 else {
            return Failure(path: path, errno: code)
        }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Failure(path: path, reason: "it is a symbolic link to \"\(target)\", which does not exist")
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

    /// Standard input, up to `maximumSize` bytes: `wflint - < /dev/zero` stops there.
    public static func readStandardInput(maximumSize: Int) -> Result<Content, Failure> {
        readAll(STDIN_FILENO, path: "-", expectedSize: 0, maximumSize: maximumSize)
    }

    private static func readAll(_ fd: Int32, path: String, expectedSize: Int, maximumSize: Int) -> Result<Content, Failure> {
        var failure: Failure?
        // The size `fstat` gave goes straight into the array's storage: a
        // copy through a chunk was a third of the cost of reading a file.
        // No storage is made for a size of 0 (standard input, an empty file or
        // /proc): the initializer would write the count into the empty-array
        // singleton every thread shares, a data race ThreadSanitizer reports.
        var bytes = expectedSize == 0 ? [] : [UInt8](unsafeUninitializedCapacity: expectedSize) { buffer, initialized in
            while initialized < buffer.count {
                let count = read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(path: path, errno: errno)
                }
                if count <= 0 { return }
                initialized += count
            }
        }
        if let failure { return .failure(failure) }
        // Then to the end: all of standard input or of a file whose size is
        // not known in advance (`/proc`); usually one read that finds the end.
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = read(fd, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(path: path, errno: errno))
            }
            if count == 0 { return .success(.bytes(bytes)) }
            guard bytes.count + count <= maximumSize else { return .success(.tooLarge(byteCount: nil)) }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
        }
    }

    /// Writes all of `bytes` to an open file.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) -> Result<Void, Failure> {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor, path: path) }
    }

    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) -> Result<Void, Failure> {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = write(descriptor, bytes.baseAddress! + rest.startIndex, rest.count)
            if written < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(path: path, errno: errno))
            }
            rest = rest.dropFirst(written)
        }
        return .success(())
    }

    /// `path` with every symbolic link, `.` and `..` resolved (`realpath`),
    /// or nil when it does not exist.
    public static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
