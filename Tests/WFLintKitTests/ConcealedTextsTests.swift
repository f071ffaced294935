import DocumentModel
import Testing

@testable import WFLintKit

/// How a document's secrets are taken out of messages and pointers: every
/// form a message shows them in, found as `String.contains` finds it
/// (characters, canonical equivalents included) whether the search runs on
/// bytes or on characters.
@Suite struct ConcealedTextsTests {
    @Test func aSecretIsHiddenAsWrittenAndAsAMessageQuotesIt() {
        let secrets = ConcealedTexts(["s3cr3t-Value"])
        #expect(secrets.conceal(#"value "s3cr3t-Value" is not a URL"#) == #"value "***" is not a URL"#)
        #expect(secrets.conceal("s3cr3t-Value and s3cr3t-Value") == "*** and ***")
        #expect(secrets.conceal("nothing secret here") == "nothing secret here")
        // Shorter than four characters: hidden only in quotes.
        let short = ConcealedTexts(["abc"])
        #expect(short.conceal(#"value "abc" in abcdef"#) == #"value *** in abcdef"#)
    }

    @Test func aLongSecretIsHiddenInItsShortenedQuotedFormToo() {
        let long = String(repeating: "k", count: 70)
        let quoted = SchemaMessages.quoted(long)
        #expect(quoted.hasSuffix(#"...""#))
        let shown = "value \(quoted) is too long"
        #expect(ConcealedTexts([long]).conceal(shown) == #"value "***..." is too long"#)
    }

    /// A message that is not ASCII is searched by characters: the Kelvin sign
    /// is canonically a `K`, so it hides the secret as `String.contains` does.
    @Test func aCanonicalEquivalentInAMessageIsHidden() {
        let secrets = ConcealedTexts(["SecretKey1"])
        #expect(secrets.conceal("got Secret\u{212A}ey1 here") == "got *** here")
        #expect(secrets.conceal("got SecretKey1 and é") == "got *** and é")
    }

    @Test func aSecretWithALineBreakIsHidden() {
        let secrets = ConcealedTexts(["line1\r\nline2"])
        #expect(secrets.conceal("a line1\r\nline2 b") == "a *** b")
        #expect(secrets.conceal("a line1\nline2 b") == "a line1\nline2 b")
    }

    /// A secret inside a longer one: the longer is hidden whole, whichever
    /// order the set gives them in (a set's order changes from run to run).
    @Test func theLongerOfTwoNestedSecretsIsHiddenWhole() {
        let secrets = ConcealedTexts(["abcd1234", "abcd1234efgh"])
        #expect(secrets.conceal("x abcd1234efgh y abcd1234 z") == "x *** y *** z")
    }

    /// Longest first in characters, not bytes: `\u{212A}abcdefg` has more
    /// bytes than `Kabcdefg!` but fewer characters, and it is inside it.
    @Test func theLongerInCharactersIsHiddenFirst() {
        let secrets = ConcealedTexts(["Kabcdefg!", "\u{212A}abcdefg"])
        #expect(secrets.conceal(#"got "Kabcdefg!""#) == #"got "***""#)
        #expect(secrets.conceal("got \u{212A}abcdefg.") == "got ***.")
    }

    /// A secret's escaped form holds its raw form: the escaped one is hidden
    /// whole, so no escape character of the secret shows.
    @Test func anEscapedFormIsHiddenWhole() {
        let secrets = ConcealedTexts(["abcd\\"])
        #expect(SchemaMessages.quoted("abcd\\") == #""abcd\\""#)
        #expect(secrets.conceal(#"got "abcd\\" here"#) == #"got "***" here"#)
        #expect(secrets.conceal("raw abcd\\ here") == "raw *** here")
    }

    /// `occurs` (whether a fix's text shows a secret) answers as the
    /// standard library's `String.contains` does, on bytes or on characters.
    /// (Not compared with `contains` here: in this module Foundation's
    /// overload, which reads CR LF and the empty text otherwise, is chosen.)
    @Test(arguments: [
        ("s3cr3t-Value", "set it to s3cr3t-Value now", true),
        ("s3cr3t-Value", "set it to s3cr3t-Valu", false),
        ("", "anything", true),
        // A Kelvin sign is canonically a K: a text that is not ASCII is searched by characters.
        ("SecretKey1", "got Secret\u{212A}ey1", true),
        ("Secret\u{212A}ey1", "got SecretKey1", true),
        // CR LF is one character: a CR alone is not in it, the pair is.
        ("\r", "a\r\nb", false),
        ("a\r\nb", "xa\r\nby", true),
        ("é1234", "caf\u{65}\u{301}1234", true),
    ])
    func aTextOccursWhereStringContainsFindsIt(text: String, other: String, occurs: Bool) {
        #expect(SensitiveValues.occurs(text, in: other) == occurs)
    }

    @Test func pointersHideEverythingBelowASecretKeyAndEverySecretText() {
        let plain = JSONPointer(["OidcConfig", "Issuer"])
        #expect(SensitiveValues.masked(plain, concealing: ConcealedTexts([])) == plain)
        let below = JSONPointer(["OidcConfig", "ClientSecret", "inner", "deeper"])
        #expect(SensitiveValues.masked(below, concealing: ConcealedTexts([])).description
            == "/OidcConfig/ClientSecret/***/***")
        let key = JSONPointer(["Tags", "s3cr3t-Value"])
        #expect(SensitiveValues.masked(key, concealing: ConcealedTexts(["s3cr3t-Value"])).description == "/Tags/***")
        #expect(SensitiveValues.masked(key, texts: ["s3cr3t-Value"]).description == "/Tags/***")
        // The secret key itself stays: it says what is hidden.
        let secret = JSONPointer(["OidcConfig", "ClientSecret"])
        #expect(SensitiveValues.masked(secret, concealing: ConcealedTexts([])) == secret)
    }

    @Test func aPointerAsksItsTokensWithoutBuildingThem() {
        let pointer = JSONPointer(["a", "b", "c"])
        #expect(pointer.containsToken { $0 == "a" })
        #expect(pointer.containsToken { $0 == "c" })
        #expect(!pointer.containsToken { $0 == "d" })
        #expect(!JSONPointer.root.containsToken { _ in true })
    }

    /// A stream's secrets are all searched for across its documents (a
    /// bundle of 65 workforces each with its own secret left the 65th's copy
    /// in clear, the reviewer's case), unless the text to search is long:
    /// then the longest that the budget allows, and never fewer than 64.
    @Test func aStreamsSecretsAreAllSearchedForUnlessTheTextIsLong() {
        let texts = Set((0..<100).map { "secret-\(String(repeating: "x", count: $0 % 7))-\($0)" })
        #expect(SecretsAcrossDocuments.bounded(texts, searching: 100_000) == texts)
        let bounded = SecretsAcrossDocuments.bounded(texts, searching: SecretsAcrossDocuments.searchBudget / 10)
        #expect(bounded.count == 64)
        let shortestKept = bounded.map(\.utf8.count).min() ?? 0
        #expect(texts.subtracting(bounded).allSatisfy { $0.utf8.count <= shortestKept })
    }
}
