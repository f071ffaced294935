import Foundation
import PCRERegex
import Testing

/// A match on a thread whose whole stack is smaller than the 32 KiB that
/// PCRE2's JIT took from the caller's stack when none was assigned: the JIT
/// now matches on a heap stack of the thread's own. Before, this test
/// process crashed.
@Suite struct JITStackTests {
    @Test func aMatchRunsOnAThreadWithLittleStack() throws {
        let pattern = try Pattern("[a-z]+(-[a-z0-9]+)*", wholeValue: true)
        #expect(pattern.isJITCompiled)
        let result = Results()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result.value = [pattern.matches("team-a1"), pattern.matches("Team")]
            done.signal()
        }
        thread.stackSize = 24 * 1024
        thread.start()
        done.wait()
        #expect(result.value == [.match, .noMatch])
    }

    /// Written by the thread before it signals, read after the wait.
    final class Results: @unchecked Sendable {
        var value: [MatchResult] = []
    }
}
