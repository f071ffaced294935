import Locking
import Testing

@testable import WFLintKit

/// The queue between a streamed source's reader and its workers: every item
/// pushed is popped once, a single consumer sees them in order, and closing
/// it ends the consumers once it is empty. A capacity of 2 makes the producer
/// wait on a full queue again and again.
@Suite struct BoundedQueueTests {
    static func passThrough(_ count: Int, consumers: Int) throws -> [Int] {
        let queue = BoundedQueue<Int>(capacity: 2)
        let received = Locked<[Int]>([])
        let group = WorkerThreads.start(count: consumers) {
            while let item = queue.pop() { received.withLock { $0.append(item) } }
        }
        try #require(group.count == consumers)
        for item in 0..<count { queue.push(item) }
        queue.close()
        group.join()
        return received.withLock { $0 }
    }

    @Test func oneConsumerGetsEveryItemInOrder() throws {
        #expect(try Self.passThrough(1_000, consumers: 1) == Array(0..<1_000))
    }

    @Test func severalConsumersGetEveryItemOnce() throws {
        #expect(try Self.passThrough(1_000, consumers: 3).sorted() == Array(0..<1_000))
    }

    /// What lets a stream's reader check a batch itself rather than wait.
    @Test func aFullQueueRefusesATryPushAndTakesOneOnceThereIsRoom() {
        let queue = BoundedQueue<Int>(capacity: 2)
        #expect(queue.tryPush(1))
        #expect(queue.tryPush(2))
        #expect(!queue.tryPush(3))
        #expect(queue.pop() == 1)
        #expect(queue.tryPush(3))
        queue.close()
        #expect([queue.pop(), queue.pop(), queue.pop()] == [2, 3, nil])
    }

    @Test func aClosedEmptyQueueEndsItsConsumer() {
        let queue = BoundedQueue<Int>(capacity: 1)
        queue.push(7)
        queue.close()
        #expect(queue.pop() == 7)
        #expect(queue.pop() == nil)
    }
}
