import PCRERegex
import Testing

/// PCRE2 patterns (user packs) keep PCRE2's `.`; Java-dialect patterns
/// rewrite only metacharacter dots.
@Suite struct PatternDialectTests {
    @Test func pcre2DotExcludesOnlyLineFeed() throws {
        let dot = try Pattern("a.b", wholeValue: true)
        #expect(dot.matches("a\nb") == .noMatch)
        #expect(dot.matches("a\rb") == .match)
        #expect(dot.matches("a\u{2028}b") == .match)
    }

    @Test func javaDotExcludesEveryLineTerminatorButNotVerticalTabOrFormFeed() throws {
        let dot = try Pattern("a.b", wholeValue: true, dialect: .java)
        for terminator in ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(dot.matches("a\(terminator)b") == .noMatch)
        }
        #expect(dot.matches("a\u{0B}b") == .match)
        #expect(dot.matches("a\u{0C}b") == .match)
        #expect(dot.matches("a😀b") == .match)
    }

    @Test func escapedQuotedAndClassDotsStayLiteral() throws {
        let pattern = try Pattern(#"[.\]]\.\Q.\E[^.]"#, wholeValue: true, dialect: .java)
        #expect(pattern.matches("]..x") == .match)
        #expect(pattern.matches("...x") == .match)
        #expect(pattern.matches("]...") == .noMatch)
        #expect(pattern.matches("]x.x") == .noMatch)
        let firstBracket = try Pattern("[].]", wholeValue: true, dialect: .java)
        #expect(firstBracket.matches("\r") == .noMatch)
        #expect(firstBracket.matches(".") == .match)
    }

    @Test func theSameSourceInTwoDialectsIsCachedApart() throws {
        let pcre2 = try Pattern.cached("x.", wholeValue: true)
        let java = try Pattern.cached("x.", wholeValue: true, dialect: .java)
        #expect(pcre2.matches("x\r") == .match)
        #expect(java.matches("x\r") == .noMatch)
    }

    @Test func canonicallyEquivalentSourcesAreCachedApart() throws {
        let angstrom = try Pattern.cached("\u{212B}", wholeValue: true)
        let ringA = try Pattern.cached("\u{C5}", wholeValue: true)
        #expect(angstrom.matches("\u{212B}") == .match)
        #expect(ringA.matches("\u{212B}") == .noMatch)
    }
}
