import Synchronization

extension Pattern {
    private struct Key: Hashable {
        let source: String
        let wholeValue: Bool
        let caseless: Bool
    }

    /// Every pattern compiled so far in this process, failures included, so
    /// that each distinct pattern is compiled (and diagnosed) exactly once.
    private static let cache = Mutex<[Key: Result<Pattern, PatternError>]>([:])

    /// The process-wide compiled form of `source`; thread-safe.
    public static func cached(_ source: String, wholeValue: Bool, caseless: Bool = false) throws(PatternError) -> Pattern {
        let key = Key(source: source, wholeValue: wholeValue, caseless: caseless)
        if let known = cache.withLock({ $0[key] }) { return try known.get() }
        // Compile outside the lock so one slow pattern does not block the others;
        // if two threads race, the first stored result wins and both use it.
        let compiled: Result<Pattern, PatternError>
        do { compiled = .success(try Pattern(source, wholeValue: wholeValue, caseless: caseless)) } catch { compiled = .failure(error) }
        let stored = cache.withLock { entries in
            if let earlier = entries[key] { return earlier }
            entries[key] = compiled
            return compiled
        }
        return try stored.get()
    }
}
