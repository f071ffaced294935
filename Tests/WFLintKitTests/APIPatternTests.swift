import PCRERegex
import Testing

@testable import WFLintKit

/// The API's patterns keep Java's semantics (`java.util.regex.Pattern.matches`):
/// `.` matches no line terminator, `\s` and `\S` are ASCII, `$` cannot end a
/// whole-value match before a trailing terminator.
@Suite struct APIPatternTests {
    static let terminators = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}"]

    /// Each API pattern with `.`, `$` or `\s` (or `.` in a class), a value
    /// around the place a terminator goes, and whether the whole value
    /// matches with each of `terminators` there: LF, CR, NEL, LS, PS, VT, FF.
    /// The verdicts were computed by running `Pattern.matches` on OpenJDK 17,
    /// not written by hand.
    static let javaVerdicts: [(shape: String, before: String, after: String, matches: String)] = [
        ("AuthenticationRequestExtraParamsKey", "a", "b", "0000011"),
        ("AuthenticationRequestExtraParamsValue", "a", "b", "0000011"),
        ("Cidr", "fe80::1%a", "b/64", "0000011"),
        ("Cidr", "10.0.0.0/8", "", "0000000"),
        ("ModelPackageGroupArn", "arn:aws:sagemaker:us-east-1:123456789012:model-package-group/a", "b", "0011100"),
        ("NextToken", "a", "b", "0000011"),
        ("OidcEndpoint", "https://a", "b", "0011100"),
        ("WorkforceArn", "arn:aws:sagemaker:us-east-1:123456789012:workforce/a", "b", "0000011"),
        ("WorkforceFailureReason", "a", "b", "0000011"),
        ("TagKey", "a", "b", "0001100"),
        ("TagValue", "a", "b", "0001100"),
        ("EntityDescription", "a", "b", "0001100"),
    ]

    @Test(arguments: javaVerdicts)
    func matchesAsJavaDoes(_ verdict: (shape: String, before: String, after: String, matches: String)) throws {
        let pattern = try #require(ShapeCatalog.builtin.shapes[verdict.shape]?.pattern)
        let got = Self.terminators.map { terminator in
            pattern.matches(verdict.before + terminator + verdict.after) == .match ? "1" : "0"
        }.joined()
        #expect(got == verdict.matches, "\(verdict.shape)")
        #expect(pattern.matches(verdict.before + verdict.after) == .match, "\(verdict.shape) without a terminator")
    }

    @Test(arguments: ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"])
    func aWorkforceArnWithALineTerminatorFailsWF007(terminator: String) {
        let json = #"{"Workforce": {"WorkforceName": "w", "WorkforceArn": "#
            + #""arn:aws:sagemaker:us-east-1:123456789012:workforce/a\#(escaped(terminator))b"}}"#
        #expect(schemaFindings(json, as: .json) == [
            #"WF007 1:54 /Workforce/WorkforceArn "WorkforceArn" must match the API pattern "#
                + #"'arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:workforce/.*', "#
                + #"got "arn:aws:sagemaker:us-east-1:123456789012:workforce/a\#(shown(terminator))b""#,
        ])
    }

    /// The JSON escape of a terminator.
    func escaped(_ terminator: String) -> String {
        let hex = String(terminator.unicodeScalars.first!.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// How a message quotes a terminator: LF and CR as `\n` and `\r`, the
    /// others (which would break or hide in a one-line finding) as `\uXXXX`.
    func shown(_ terminator: String) -> String {
        ["\n": #"\n"#, "\r": #"\r"#][terminator] ?? escaped(terminator)
    }
}
