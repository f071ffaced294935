#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The bytes of one source, contiguous and never changed: in memory as read,
/// or mapped from a large file (`mapping(of:)`).
///
/// A mapped source is what keeps a long stream's memory independent of its
/// length: the readers go through it once, front to back, and each pass gives
/// back the pages behind it (`releasePages(before:)`). A page given back is
/// read again from the file, unchanged, if anything looks at it later (an
/// excerpt, a fix), so giving one back too early costs time, never a byte.
public struct SourceBytes: RandomAccessCollection, Sendable {
    private let storage: Storage
    public let count: Int
    /// The first byte.
    private var base: UnsafePointer<UInt8> { UnsafePointer(storage.address.assumingMemoryBound(to: UInt8.self)) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// A copy of `bytes`, held in memory.
    public init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Swift.max(bytes.count, 1))
        _ = copy.initialize(from: bytes)
        storage = Storage(owned: UnsafeMutableRawPointer(copy.baseAddress!), mappedLength: 0)
        count = bytes.count
    }

    /// `count` bytes read by `fill` into memory that the source then owns;
    /// `fill` returns how many it read (fewer at an early end), or nil on failure.
    public static func reading(
        upTo count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Int?
    ) -> SourceBytes? {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Swift.max(count, 1))
        guard let read = fill(UnsafeMutableBufferPointer(rebasing: buffer[..<count])) else {
            buffer.deallocate()
            return nil
        }
        return SourceBytes(
            storage: Storage(owned: UnsafeMutableRawPointer(buffer.baseAddress!), mappedLength: 0),
            count: Swift.min(read, count))
    }

    /// The whole of the regular file open as `descriptor`, `size` bytes long,
    /// mapped read-only; nil where it cannot be mapped (the caller reads it).
    /// If the file is cut short while it is mapped, the pages past its new end
    /// read as zero bytes rather than stop the process (`MappedPageGuard`).
    public static func mapping(of descriptor: Int32, size: Int) -> SourceBytes? {
        guard size > 0, MappedPageGuard.install() else { return nil }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        guard MappedPageGuard.register(address, length: size) else {
            munmap(address, size)
            return nil
        }
        _ = madvise(address, size, MADV_SEQUENTIAL)
        return SourceBytes(
            storage: Storage(owned: address, mappedLength: size), count: size)
    }

    private init(storage: Storage, count: Int) {
        self.storage = storage
        self.count = count
    }

    public static let empty = SourceBytes([])

    /// Whether the bytes are mapped from a file rather than held in memory.
    public var isMapped: Bool { storage.mappedLength > 0 }

    public subscript(position: Int) -> UInt8 {
        precondition(position >= 0 && position < count, "byte offset out of range")
        return base[position]
    }

    public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    public func withContiguousStorageIfAvailable<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result? {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes as an array (a copy).
    public var array: [UInt8] { withUnsafeBufferPointer { Array($0) } }

    /// Gives back the memory of the whole pages inside `offsets` of a mapped
    /// source (nothing for one in memory). They are read from the file again
    /// if they are looked at again.
    public func releasePages(_ offsets: Range<Int>) {
        guard isMapped else { return }
        // The mapping starts on a page boundary, so offsets round as addresses
        // do. Both ends round down: a page given back early is only read again.
        let start = Swift.max(offsets.lowerBound, 0) / Self.pageSize * Self.pageSize
        let end = offsets.upperBound >= count ? count : offsets.upperBound / Self.pageSize * Self.pageSize
        guard start < end else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Owns the memory: freed or unmapped with the last copy of the source.
    private final class Storage: @unchecked Sendable {
        let address: UnsafeMutableRawPointer
        let mappedLength: Int

        init(owned address: UnsafeMutableRawPointer, mappedLength: Int) {
            self.address = address
            self.mappedLength = mappedLength
        }

        deinit {
            if mappedLength > 0 {
                MappedPageGuard.unregister(address)
                munmap(address, mappedLength)
            } else {
                address.deallocate()
            }
        }
    }
}

extension SourceBytes: Equatable {
    public static func == (left: SourceBytes, right: SourceBytes) -> Bool {
        left.withUnsafeBufferPointer { a in right.withUnsafeBufferPointer { b in a.elementsEqual(b) } }
    }

    public static func == (left: SourceBytes, right: [UInt8]) -> Bool {
        left.withUnsafeBufferPointer { a in right.withUnsafeBufferPointer { b in a.elementsEqual(b) } }
    }
}

/// Releases the pages of a mapped source behind a pass that reads it front
/// to back, a window at a time: call `passed(_:)` with the offset reached.
public struct PageRelease {
    private let bytes: SourceBytes
    /// How much is kept behind the pass; between one and two windows of it
    /// stay in memory.
    private let window: Int
    /// The next offset at which to give pages back.
    private var next: Int
    /// Where the pages not yet given back start.
    private(set) var released = 0

    /// 4 MiB, for the reader's passes: the documents it has handed to the
    /// checks are read again behind it (fix plans read their source).
    public static let defaultWindow = 1 << 22
    /// 256 KiB, for a pass that comes after the reader, when a long stream's
    /// findings are all held, and reads behind it only the lines it is on
    /// (the excerpt capture: the run of shown lines it is copying, which a
    /// finding over a whole document can make longer; pages given back are
    /// read from the file again). The default window's pages were then a
    /// run's peak (docs/performance.md, "The later passes' pages given back sooner").
    public static let forwardPassWindow = 1 << 18

    public init(_ bytes: SourceBytes, keepingBehind window: Int = defaultWindow) {
        self.bytes = bytes
        self.window = window
        next = bytes.isMapped ? 2 * window : Int.max
    }

    /// The pass has reached `offset`.
    @inline(__always)
    public mutating func passed(_ offset: Int) {
        guard offset >= next else { return }
        bytes.releasePages(released..<offset - window)
        released = offset - window
        next = offset + window
    }

    /// The pass is over: give back everything it read, pages behind
    /// `released` that it read again included.
    public func finish() { bytes.releasePages(0..<bytes.count) }
}

extension Collection<UInt8> {
    /// `body` over the bytes as one buffer: in place where they are
    /// contiguous (an array, a source), else over a copy.
    public func withContiguousBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try withContiguousStorageIfAvailable(body) { return result }
        return try Array(self).withUnsafeBufferPointer(body)
    }
}
