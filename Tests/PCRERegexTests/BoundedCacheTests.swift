import Caching
import Testing

@testable import PCRERegex

/// The process-wide caches hold a fixed number of entries, however many
/// distinct keys a long-running process meets.
@Suite struct BoundedCacheTests {
    @Test func anLRUCacheDropsTheLeastRecentlyUsedEntryFirst() {
        var cache = LRUCache<String, Int>(capacity: 3)
        cache["a"] = 1
        cache["b"] = 2
        cache["c"] = 3
        #expect(cache["a"] == 1)  // "b" is now the least recently used
        cache["d"] = 4
        #expect(cache.count == 3)
        #expect(!cache.contains("b"))
        #expect([cache["a"], cache["c"], cache["d"]] == [1, 3, 4])
        cache["c"] = 30  // storing uses too: "a" is now the oldest
        cache["e"] = 5
        #expect(!cache.contains("a"))
        #expect([cache["c"], cache["d"], cache["e"]] == [30, 4, 5])
        cache["d"] = nil
        #expect(cache.count == 2)
        #expect([cache["c"], cache["e"], cache["d"]] == [30, 5, nil])
    }

    @Test func anLRUCacheNeverHoldsMoreThanItsCapacity() {
        var cache = LRUCache<Int, Int>(capacity: 100)
        for key in 0..<10_000 { cache[key] = key * 2 }
        #expect(cache.count == 100)
        #expect((0..<9_900).allSatisfy { !cache.contains($0) })
        #expect((9_900..<10_000).allSatisfy { cache[$0] == $0 * 2 })
    }

    @Test func thePatternCacheHoldsAtMostItsCapacityAndRecompilesADroppedPattern() throws {
        let extra = 50
        for index in 0..<(Pattern.cacheCapacity + extra) {
            _ = try Pattern.cached("bounded-\(index)-[a-z]+", wholeValue: true)
        }
        #expect(Pattern.cachedCount == Pattern.cacheCapacity)
        // The first ones were dropped; compiled again, they still match.
        let first = try Pattern.cached("bounded-0-[a-z]+", wholeValue: true)
        #expect(first.matches("bounded-0-abc") == .match)
        #expect(first.matches("bounded-0-123") == .noMatch)
        #expect(Pattern.cachedCount == Pattern.cacheCapacity)
    }
}
