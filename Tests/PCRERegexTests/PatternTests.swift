import PCRERegex
import Testing

@Suite struct PatternMatchingTests {
    @Test func shorthandClassesAreASCIIButPropertiesAreUnicode() throws {
        let word = try Pattern("\\w+", wholeValue: true)
        #expect(word.matches("abc_123") == .match)
        #expect(word.matches("café") == .noMatch)
        let letters = try Pattern("\\p{L}+", wholeValue: true)
        #expect(letters.matches("café") == .match)
        #expect(letters.matches("日本") == .match)
        let digit = try Pattern("\\d", wholeValue: true)
        #expect(digit.matches("٣") == .noMatch)  // ARABIC-INDIC DIGIT THREE
    }

    @Test func dotMatchesOneCharacterNotOneByte() throws {
        let one = try Pattern(".", wholeValue: true)
        #expect(one.matches("é") == .match)
        #expect(one.matches("😀") == .match)
    }

    @Test func wholeValueAnchorsBothEnds() throws {
        // botocore's WorkforceName pattern.
        let name = try Pattern("[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}", wholeValue: true)
        #expect(name.matches("my-workforce") == .match)
        #expect(name.matches("-leading-dash") == .noMatch)
        #expect(name.matches("trailing space ") == .noMatch)
        #expect(name.matches(String(repeating: "a", count: 63)) == .match)
        #expect(name.matches(String(repeating: "a", count: 64)) == .noMatch)
        let unanchored = try Pattern("[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}", wholeValue: false)
        #expect(unanchored.matches("-leading-dash") == .match)
    }

    @Test func caselessPatternsIgnoreCaseAndOthersDoNot() throws {
        let host = try Pattern("LOGIN\\.corp\\.example", wholeValue: true, caseless: true)
        #expect(host.matches("login.corp.example") == .match)
        #expect(host.matches("Login.CORP.Example") == .match)
        #expect(host.matches("login.corp.example.evil") == .noMatch)
        #expect(try Pattern("LOGIN", wholeValue: true).matches("login") == .noMatch)
        // The cache keeps the two apart.
        #expect(try Pattern.cached("LOGIN", wholeValue: true, caseless: true).matches("login") == .match)
        #expect(try Pattern.cached("LOGIN", wholeValue: true).matches("login") == .noMatch)
    }

    @Test func innerAnchorsInAlternativesKeepTheirMeaning() throws {
        let pattern = try Pattern("^$|^[a-z]+$", wholeValue: true)
        #expect(pattern.matches("") == .match)
        #expect(pattern.matches("abc") == .match)
        #expect(pattern.matches("ab1") == .noMatch)
    }

    @Test func pathologicalBacktrackingReportsTheLimitNotNoMatch() throws {
        let evil = try Pattern("(a+)+$", wholeValue: false)
        let subject = String(repeating: "a", count: 40) + "!"
        #expect(evil.matches(subject) == .limitExceeded(.match))
        #expect(evil.matches("aaaa") == .match)
    }

    @Test func theMatchLimitIsTheContextsOwn() throws {
        let pattern = try Pattern("^(a|b)*(?:c|d)", wholeValue: false)
        let subject = String(repeating: "ab", count: 50)
        #expect(pattern.matches(subject) == .noMatch)
        let tight = MatchContext(MatchLimits(matchLimit: 10))
        #expect(pattern.matches(subject, in: tight) == .limitExceeded(.match))
    }

    /// The JIT has neither limit; the interpreter (`jit: false`, and the
    /// fallback after the JIT's own stack overflows) has both.
    @Test func theInterpreterStopsAtTheDepthAndHeapLimits() throws {
        let pattern = try Pattern("^(a|b)*(?:c|d)", wholeValue: false, jit: false)
        let subject = String(repeating: "ab", count: 1_000)
        #expect(pattern.matches(subject, in: MatchContext(MatchLimits(depthLimit: 100))) == .limitExceeded(.depth))
        #expect(pattern.matches(subject, in: MatchContext(MatchLimits(heapLimitKiB: 1))) == .limitExceeded(.heap))
        #expect(pattern.matches(subject) == .noMatch)
    }

    /// The heap limit holds for a match that follows a deep one on the same
    /// thread: match data that kept the first one's backtracking frames would
    /// let the second grow no further and pass its limit unchecked.
    @Test func theHeapLimitHoldsAfterADeepMatchOnTheSameThread() throws {
        let pattern = try Pattern("^(a|b)*(?:c|d)", wholeValue: false, jit: false)
        let subject = String(repeating: "ab", count: 1_000)
        #expect(pattern.matches(subject) == .noMatch)
        #expect(pattern.matches(subject, in: MatchContext(MatchLimits(heapLimitKiB: 1))) == .limitExceeded(.heap))
    }

    @Test func aMatchThatOverflowsTheJITStackIsDecidedByTheInterpreter() throws {
        let pattern = try Pattern("^(a|b)*(?:c|d)", wholeValue: false)
        #expect(pattern.isJITCompiled)
        // Deep enough for the JIT's 32 KiB stack, not for the interpreter's limits.
        let subject = String(repeating: "ab", count: 50_000)
        let generous = MatchLimits(matchLimit: 10_000_000, depthLimit: 1_000_000, heapLimitKiB: 1 << 20)
        #expect(pattern.matches(subject, in: MatchContext(generous)) == .noMatch)
        #expect(pattern.matches(subject, in: MatchContext(MatchLimits(depthLimit: 100))) == .limitExceeded(.depth))
    }

    @Test func concurrentMatchesAgree() async throws {
        let pattern = try Pattern.cached("[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}", wholeValue: true)
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let subject = index.isMultiple(of: 2) ? "team-\(index)" : "-team-\(index)"
                    return (pattern.matches(subject) == .match) == index.isMultiple(of: 2)
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0 })
    }
}

@Suite struct PatternErrorTests {
    @Test func missingParenthesisPointsPastTheEnd() {
        #expect(throws: PatternError(message: "missing closing parenthesis", characterOffset: 3)) {
            try Pattern("a(b", wholeValue: true)
        }
    }

    @Test func reversedRangePointsAtItsEnd() {
        #expect(throws: PatternError(message: "range out of order in character class", characterOffset: 3)) {
            try Pattern("[z-a]", wholeValue: true)
        }
    }

    @Test func offsetCountsCharactersNotBytes() {
        // "é" and "日" take 2 and 3 bytes; the bad range still ends at character 5.
        #expect(throws: PatternError(message: "range out of order in character class", characterOffset: 5)) {
            try Pattern("é日[z-a]", wholeValue: false)
        }
    }
}

@Suite struct PatternCacheTests {
    @Test func samePatternCompilesOnce() throws {
        let first = try Pattern.cached("[0-9]+", wholeValue: true)
        let second = try Pattern.cached("[0-9]+", wholeValue: true)
        let partial = try Pattern.cached("[0-9]+", wholeValue: false)
        #expect(first === second)
        #expect(first !== partial)
        #expect(partial.matches("a1") == .match)
        #expect(first.matches("a1") == .noMatch)
    }

    @Test func compileErrorsAreCachedToo() {
        for _ in 0..<2 {
            #expect(throws: PatternError(message: "missing closing parenthesis", characterOffset: 4)) {
                try Pattern.cached("x(yz", wholeValue: true)
            }
        }
    }

    @Test func jitIsUsedWhereAvailable() throws {
        // On x86_64 and arm64 Debian builds PCRE2 ships with JIT support.
        #expect(try Pattern("abc", wholeValue: true).isJITCompiled)
    }
}

/// A deferred pattern (the built-in packs' and shapes') compiles on its first
/// match, with the same options and results as one compiled at once.
@Suite struct DeferredPatternTests {
    @Test func matchesLikeAPatternCompiledAtOnce() throws {
        let deferred = Pattern.deferred("LOGIN\\.corp\\.example", wholeValue: true, caseless: true)
        let eager = try Pattern("LOGIN\\.corp\\.example", wholeValue: true, caseless: true)
        for subject in ["login.corp.example", "LOGIN.corp.exampleX", "xLOGIN.corp.example", "login-corp.example"] {
            #expect(deferred.matches(subject) == eager.matches(subject), "\(subject)")
        }
        #expect(deferred.isJITCompiled)
    }

    @Test func keepsItsDialect() {
        // Java's `.` does not match U+2028; PCRE2's does.
        #expect(Pattern.deferred("a.b", wholeValue: true, dialect: .java).matches("a\u{2028}b") == .noMatch)
        #expect(Pattern.deferred("a.b", wholeValue: true).matches("a\u{2028}b") == .match)
    }

    @Test func aPatternThatDoesNotCompileFailsEachMatch() {
        let broken = Pattern.deferred("x(yz", wholeValue: true)
        #expect(broken.matches("xyz") == .failed(message: "the pattern does not compile"))
        #expect(!broken.isJITCompiled)
    }

    @Test func compilesOnceWhenThreadsRaceToTheFirstMatch() async {
        let pattern = Pattern.deferred("[0-9]{3}-[0-9]{4}", wholeValue: true)
        let results = await withTaskGroup(of: MatchResult.self) { group in
            for index in 0..<32 { group.addTask { pattern.matches(index.isMultiple(of: 2) ? "555-0100" : "555-01") } }
            return await group.reduce(into: [MatchResult]()) { $0.append($1) }
        }
        #expect(results.filter { $0 == .match }.count == 16)
        #expect(results.filter { $0 == .noMatch }.count == 16)
    }
}
