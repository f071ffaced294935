import Caching
import Locking

extension Pattern {
    /// The source's UTF-8 bytes, not the `String`: `String ==` would let two
    /// canonically equivalent but different patterns (`\u{212B}` and `\u{C5}`)
    /// share one compiled form.
    private struct Key: Hashable {
        let source: [UInt8]
        let wholeValue: Bool
        let caseless: Bool
        let dialect: PatternDialect
    }

    /// The patterns compiled last in this process, failures included, so
    /// that a pattern is compiled (and diagnosed) once while it is in use.
    /// Bounded for a process that runs for days (the language server, whose
    /// packs may be edited all day): the least recently used goes first. A
    /// rule set holds its compiled patterns, so only a reload recompiles.
    private static let cache = Locked(LRUCache<Key, Result<Pattern, PatternError>>(capacity: cacheCapacity))

    /// How many compiled patterns the cache holds at most: far more than
    /// every built-in and user rule together writes.
    static let cacheCapacity = 4096

    /// How many it holds now (tests of the bound).
    static var cachedCount: Int { cache.withLock { $0.count } }

    /// The process-wide compiled form of `source`; thread-safe.
    public static func cached(
        _ source: String, wholeValue: Bool, caseless: Bool = false, dialect: PatternDialect = .pcre2
    ) throws(PatternError) -> Pattern {
        let key = Key(source: Array(source.utf8), wholeValue: wholeValue, caseless: caseless, dialect: dialect)
        if let known = cache.withLock({ $0[key] }) { return try known.get() }
        // Compile outside the lock so one slow pattern does not block the others;
        // if two threads race, the first stored result wins and both use it.
        let compiled: Result<Pattern, PatternError>
        do {
            compiled = .success(try Pattern(source, wholeValue: wholeValue, caseless: caseless, dialect: dialect))
        } catch {
            compiled = .failure(error)
        }
        let stored = cache.withLock { entries in
            if let earlier = entries[key] { return earlier }
            entries[key] = compiled
            return compiled
        }
        return try stored.get()
    }
}
