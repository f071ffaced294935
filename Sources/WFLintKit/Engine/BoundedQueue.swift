#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A first-in first-out queue of at most `capacity` items between one
/// producer and its consumers: `push` waits while it is full (`tryPush`
/// does not), `pop` while it is empty and open. Its bound is what bounds the memory of a streamed
/// source (`StreamedChecks`). pthread primitives, which ThreadSanitizer sees
/// (see `Locked`).
final class BoundedQueue<Item>: @unchecked Sendable {
    private let capacity: Int
    private var items: [Item?]
    private var head = 0
    private var count = 0
    private var isClosed = false
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let notFull = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let notEmpty = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
        items = Array(repeating: nil, count: capacity)
        mutex.initialize(to: pthread_mutex_t())
        notFull.initialize(to: pthread_cond_t())
        notEmpty.initialize(to: pthread_cond_t())
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(notFull, nil)
        pthread_cond_init(notEmpty, nil)
    }

    deinit {
        pthread_cond_destroy(notEmpty)
        pthread_cond_destroy(notFull)
        pthread_mutex_destroy(mutex)
        for pointer in [notEmpty, notFull] {
            pointer.deinitialize(count: 1)
            pointer.deallocate()
        }
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Adds `item` at the end, once there is room.
    func push(_ item: Item) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while count == capacity { pthread_cond_wait(notFull, mutex) }
        append(item)
    }

    /// Called with the mutex held and room in the queue.
    private func append(_ item: Item) {
        items[(head + count) % capacity] = item
        count += 1
        pthread_cond_signal(notEmpty)
    }

    /// Adds `item` at the end if there is room now, and says whether it did.
    func tryPush(_ item: Item) -> Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard count < capacity else { return false }
        append(item)
        return true
    }

    /// The first item, once there is one; nil when the queue is closed and empty.
    func pop() -> Item? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while count == 0 && !isClosed { pthread_cond_wait(notEmpty, mutex) }
        guard count > 0 else { return nil }
        let item = items[head].take()
        head = (head + 1) % capacity
        count -= 1
        pthread_cond_signal(notFull)
        return item
    }

    /// No more items come: consumers take what is left, then get nil.
    func close() {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        isClosed = true
        pthread_cond_broadcast(notEmpty)
    }
}
