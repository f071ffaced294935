import Dispatch
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
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
            let index = next.add(1, ordering: .relaxed).oldValue
            guard index < items.count else { return }
            slots.store(transform(items[index]), at: index)
        }
    }
    return slots.results()
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
