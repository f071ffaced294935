import Foundation
import Locking
import Testing

/// `ThreadSpecific`, which the release of trees (`DeferredReleases`) and
/// PCRE2's match data stand on: one object per thread, the same one for every
/// question on that thread, ended on the thread as it ends and then let go.
@Suite struct ThreadSpecificTests {
    /// A thread's object, which knows the thread that made it, numbered in
    /// the order made (not told apart by address: a freed one's is reused).
    final class Probe: @unchecked Sendable {
        let madeOn: pthread_t
        let number: Int

        init(number: Int = 0) {
            madeOn = pthread_self()
            self.number = number
        }
    }

    /// Every probe made, watched without holding them.
    final class Watch: @unchecked Sendable {
        private let lock = NSLock()
        private var probes: [() -> Probe?] = []

        func watch(_ probe: Probe) { lock.withLock { probes.append { [weak probe] in probe } } }

        var living: Int { lock.withLock { probes.filter { $0() != nil }.count } }
    }

    @Test func eachThreadHasItsOwnObjectEndedOnItAndThenLetGo() {
        let watch = Watch()
        let made = Locked(0)
        let ended = Locked<[(probe: Int, onItsThread: Bool)]>([])
        let specific = ThreadSpecific<Probe>(
            make: {
                let number = made.withLock { count in
                    count += 1
                    return count
                }
                let probe = Probe(number: number)
                watch.watch(probe)
                return probe
            },
            ending: { probe in
                let onItsThread = pthread_equal(probe.madeOn, pthread_self()) != 0
                ended.withLock { $0.append((probe.number, onItsThread)) }
            })
        var seen: [Int] = []
        for _ in 0..<2 {
            JoinedThread.run {
                let first = specific.current
                #expect(specific.current === first)
                #expect(pthread_equal(first.madeOn, pthread_self()) != 0)
                seen.append(first.number)
            }
        }
        #expect(seen == [1, 2])
        let endings = ended.withLock { $0 }
        #expect(endings.map(\.probe) == seen)
        let eachOnItsThread = endings.allSatisfy { $0.onItsThread }
        #expect(eachOnItsThread)
        #expect(watch.living == 0)
    }

    /// The end finds the thread's object through `current` (what
    /// `DeferredReleases` relies on: the releases its end makes ask for it).
    @Test func theEndingFindsTheSameObjectThroughCurrent() {
        // Weak: the ending closure holds the box, which must not hold it back.
        final class Box: @unchecked Sendable { weak var specific: ThreadSpecific<Probe>? }
        let box = Box()
        let sameAtEnd = Locked<[Bool]>([])
        let specific = ThreadSpecific<Probe>(
            make: { Probe() },
            ending: { probe in
                let again = box.specific?.current
                sameAtEnd.withLock { $0.append(again === probe) }
            })
        box.specific = specific
        JoinedThread.run { _ = specific.current }
        JoinedThread.run {}  // a thread that never asked has nothing to end
        #expect(sameAtEnd.withLock { $0 } == [true])
    }
}
