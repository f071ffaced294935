#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Keeps a mapped file that another process cuts short from killing wflint.
///
/// Reading a mapped page past a file's end raises SIGBUS, which would end the
/// process without a word and without linting the other files. The handler
/// puts a page of zero bytes in place of the missing one, inside a mapping
/// wflint made, and the read goes on: the reader then reports the NUL bytes
/// as it reports any other bad byte. A SIGBUS anywhere else is left to the
/// default action, as if no handler were there.
enum MappedPageGuard {
    /// Mappings at a time: a source past them is read, not mapped.
    static let capacity = 64
    /// Start and end address of each mapping; (0, 0) for a free slot. Written
    /// under `lock`, read by the handler without it: a slot's two words are
    /// written start last when taken and start first when freed, so a handler
    /// never sees a slot covering memory that is not (or no longer) mapped.
    nonisolated(unsafe) private static let slots = UnsafeMutablePointer<Int>.allocate(capacity: 2 * capacity)
    nonisolated(unsafe) private static var lock = pthread_mutex_t()
    /// The action SIGBUS had before (a crash reporter's, or the default),
    /// which a SIGBUS outside wflint's mappings is handed back to.
    nonisolated(unsafe) private static var previous = sigaction()
    private static let installed: Bool = {
        slots.initialize(repeating: 0, count: 2 * capacity)
        _ = SourceBytes.pageSize  // made now: the handler must not make it
        pthread_mutex_init(&lock, nil)
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = handle
        action.sa_flags = SA_SIGINFO | SA_NODEFER
        sigemptyset(&action.sa_mask)
        return sigaction(SIGBUS, &action, &previous) == 0
    }()

    /// Installs the handler, once; false where it could not be.
    static func install() -> Bool { installed }

    /// Records a mapping; false when every slot is taken.
    static func register(_ address: UnsafeMutableRawPointer, length: Int) -> Bool {
        let start = Int(bitPattern: address)
        return withLock {
            for slot in 0..<capacity where slots[2 * slot] == 0 {
                slots[2 * slot + 1] = start + length
                slots[2 * slot] = start
                return true
            }
            return false
        }
    }

    /// Forgets a mapping, before it is unmapped.
    static func unregister(_ address: UnsafeMutableRawPointer) {
        let start = Int(bitPattern: address)
        withLock {
            for slot in 0..<capacity where slots[2 * slot] == start {
                slots[2 * slot] = 0
                slots[2 * slot + 1] = 0
            }
        }
    }

    private static func withLock<Result>(_ body: () -> Result) -> Result {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return body()
    }

    /// Only async-signal-safe calls: a loop over the slots, `mmap`, `sigaction`
    /// (and `errno` kept as the interrupted code left it).
    private static let handle: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
        number, info, _ in
        let savedErrno = errno
        defer { errno = savedErrno }
        if let info {
            let address = Int(bitPattern: info.pointee._sifields._sigfault.si_addr)
            for slot in 0..<MappedPageGuard.capacity {
                let start = MappedPageGuard.slots[2 * slot]
                guard start != 0, start <= address, address < MappedPageGuard.slots[2 * slot + 1] else { continue }
                let page = address & ~(SourceBytes.pageSize - 1)
                let zeros = mmap(
                    UnsafeMutableRawPointer(bitPattern: page), SourceBytes.pageSize, PROT_READ,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
                if zeros != MAP_FAILED { return }
            }
        }
        // Not ours: the action there was before, when the read is tried again.
        sigaction(number, &MappedPageGuard.previous, nil)
    }
}
