import Testing

@testable import WFLintKit

/// "Did you mean": the nearest name within two edits, ignoring case.
struct MemberSuggestionTests {
    static let members = ["CognitoConfig", "OidcConfig", "SourceIpConfig", "Tags", "WorkforceName", "WorkforceVpcConfig"]

    @Test(arguments: [
        ("cognitoconfig", "CognitoConfig"),
        ("CognitoConfg", "CognitoConfig"),
        // Two edits longer, then three: the length alone rules the second out.
        ("CognitoConfigXY", "CognitoConfig"),
        ("CognitoConfigXYZ", nil),
        ("Tag", "Tags"),
        ("T", nil),
        ("", nil),
    ] as [(String, String?)])
    func theNearestNameWithinTwoEdits(typed: String, expected: String?) {
        #expect(MemberSuggestion.nearest(to: typed, in: Self.members) == expected)
    }

    /// The distance itself, for pairs worked out by hand: insertions,
    /// deletions and substitutions, at either end and inside.
    @Test(arguments: [
        ("kitten", "sitting", 3),
        ("flaw", "lawn", 2),
        ("", "abc", 3),
        ("abc", "", 3),
        ("same", "same", 0),
        ("ab", "ba", 2),
    ] as [(String, String, Int)])
    func theEditDistance(a: String, b: String, expected: Int) {
        #expect(MemberSuggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) == expected)
    }

    /// A key of a hundred thousand characters is no member's misspelling,
    /// and is not compared character by character with each member.
    @Test func aLongKeyHasNoSuggestion() {
        #expect(MemberSuggestion.nearestMatch(to: String(repeating: "X", count: 100_000), in: Self.members) == nil)
    }
}
