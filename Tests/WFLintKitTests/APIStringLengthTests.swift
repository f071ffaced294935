import Testing

@testable import WFLintKit

/// WF006 counts a string's length as both validators do: botocore's `min` in
/// Unicode scalars (Python's `len()`), the service's `min` and `max` in
/// UTF-16 code units (Java's `String.length()`).
@Suite struct APIStringLengthTests {
    static let emoji = "\u{1F600}"  // one scalar, two UTF-16 units
    static let boldA = "\u{1D400}"  // MATHEMATICAL BOLD CAPITAL A: a letter (\p{L}), two UTF-16 units

    @Test func aWorkforceNameOf63CharactersWithAnEmojiIs64UnitsLong() {
        let name = String(repeating: "a", count: 62) + Self.emoji
        #expect(schemaFindings(#"{"WorkforceName": "\#(name)"}"#, as: .json) == [
            #"WF006 1:19 /WorkforceName "WorkforceName" must be at most 63 UTF-16 code units long, as the service "#
                + #"counts (a character outside the Basic Multilingual Plane, such as an emoji, counts as two), "#
                + #"got 64 (63 characters): "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...""#,
        ])
    }

    @Test func theMaximumCountsAnAstralLetterTwice() {
        let atLimit = String(repeating: "a", count: 126) + Self.boldA  // 127 scalars, 128 units
        #expect(schemaFindings(#"{"WorkforceName": "w", "Tags": [{"Key": "\#(atLimit)", "Value": "v"}]}"#, as: .json) == [])
        let over = String(repeating: "a", count: 127) + Self.boldA  // 128 scalars, 129 units
        #expect(schemaFindings(#"{"WorkforceName": "w", "Tags": [{"Key": "\#(over)", "Value": "v"}]}"#, as: .json) == [
            #"WF006 1:41 /Tags/0/Key "Key" must be at most 128 UTF-16 code units long, as the service "#
                + #"counts (a character outside the Basic Multilingual Plane, such as an emoji, counts as two), "#
                + #"got 129 (128 characters): "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...""#,
        ])
    }

    @Test func theMinimumCountsScalarsAsBotocoreDoes() {
        // Two scalars, four UTF-16 units: the service would take the length,
        // botocore refuses it (Cidr's minimum is 4).
        let json = #"{"WorkforceName": "w", "SourceIpConfig": {"Cidrs": ["\#(Self.emoji + Self.emoji)"]}}"#
        #expect(schemaFindings(json, as: .json) == [
            #"WF006 1:53 /SourceIpConfig/Cidrs/0 "Cidrs[0]" must be between 4 and 64 characters long, "#
                + #"got 2 characters (4 UTF-16 code units): "\#(Self.emoji + Self.emoji)""#,
        ])
    }

    @Test func bothCountsAreKept() {
        let length = APIStringLength("a" + Self.emoji)
        #expect(length.scalars == 2 && length.utf16Units == 3)
        #expect(length.described == "2 characters (3 UTF-16 code units)")
        #expect(APIStringLength("abc").described == "3")
    }

    /// Scalars of one to four UTF-8 bytes: only the four-byte one is two units.
    @Test func eachUTF8LengthIsCounted() {
        let length = APIStringLength("aé€" + Self.emoji + Self.boldA + "z")
        #expect(length.scalars == 6 && length.utf16Units == 8)
        #expect(APIStringLength("").scalars == 0 && APIStringLength("").utf16Units == 0)
    }

    /// A value is quoted whole up to 60 characters, counted as scalars, and
    /// cut to 57 and "..." past them.
    @Test func aMessageQuotesSixtyCharactersWhole() {
        let sixty = String(repeating: "é", count: 59) + Self.emoji
        #expect(SchemaMessages.quoted(sixty) == "\"\(sixty)\"")
        #expect(SchemaMessages.quoted(sixty + "a") == "\"\(String(repeating: "é", count: 57))...\"")
    }
}
