import DocumentModel
import Locking
import Synchronization

/// Maps `items` on up to `jobs` threads and returns the results in input order,
/// so that output never depends on which work finished first.
///
/// Workers pull the next index from a shared counter instead of taking fixed
/// slices: one large file does not leave the other cores idle.
func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result
) -> [Result] {
    let workers = max(1, min(jobs, items.count))
    if workers == 1 { return items.map(transform) }

    let next = Atomic<Int>(0)
    let slots = ResultSlots<Result>(count: items.count)
    WorkerThreads.run(count: workers) {
        while true {
            let index = next.add(1, ordering: .relaxed).oldValue
            guard index < items.count else { return }
            slots.store(transform(items[index]), at: index)
        }
    }
    return slots.results()
}

/// Threads with `ReadLimits.workerStackSize` bytes of stack, on which every
/// document is read, checked and released: the checks' walk recurses once per
/// level, and Dispatch's workers (512 KiB) or a main thread under a small
/// `ulimit -s` would set the nesting a configuration may allow. The stack is
/// reserved address space; only the pages a deep document touches are used.
enum WorkerThreads {
    /// Runs `body` on `count` new threads at once and waits for all of them.
    static func run(count: Int, _ body: @Sendable () -> Void) {
        withoutActuallyEscaping(body) { body in
            let started = start(count: count, body)
            // Should no thread start (no memory for a stack), the caller's does the work.
            if started.count == 0 { body() }
            started.join()
        }
    }

    /// Starts `body` on up to `count` new threads and returns them running;
    /// the caller joins them (`Group.join`). `count` is 0 in the group when
    /// none could start, and the caller must then do their work itself.
    static func start(count: Int, _ body: @escaping @Sendable () -> Void) -> Group {
        Group(threads: (0..<count).compactMap { _ in PosixThread.start(stackSize: ReadLimits.workerStackSize, body) })
    }

    /// Threads started by `start(count:_:)`, joined once.
    struct Group {
        fileprivate let threads: [PosixThread]

        var count: Int { threads.count }

        /// Waits for every thread.
        func join() {
            for thread in threads { thread.join() }
        }
    }

    /// Runs `body` on one such thread and returns its result.
    static func runOne<Result: Sendable>(_ body: @Sendable () -> Result) -> Result {
        let slot = ResultSlots<Result>(count: 1)
        run(count: 1) { slot.store(body(), at: 0) }
        return slot.results()[0]
    }
}

/// One write-once slot per item; each slot is written by exactly one worker and
/// read only after every worker has finished, so no lock is needed. Raw memory
/// rather than an array property: concurrent writes through a class's array
/// would trip Swift's exclusivity checks even though the slots are disjoint.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ result: Result, at index: Int) { storage[index] = result }

    /// Every slot, in order; called after all workers returned, when each slot is set.
    func results() -> [Result] { (0..<count).compactMap { storage[$0] } }
}
