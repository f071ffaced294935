import Foundation
import Testing

/// A finding stays one readable line whatever the value holds: a message
/// writes invisible characters and line separators as `\uXXXX`, and an excerpt
/// shows them as U+FFFD, one for one so that the caret stays under its column.
@Suite struct MessageQuotingTests {
    @Test func lineSeparatorsAndControlsAreEscapedInMessagesAndReplacedInExcerpts() throws {
        let directory = try TemporaryDirectory()
        // JSON escapes in the file: the value holds U+2028 and U+0001.
        try directory.write(
            "escaped.json",
            #"{"WorkforceName": "a\u2028b\u0001c", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}"#
                + "\n")
        // The raw character in the file: U+2029 written as it is.
        try directory.write(
            "raw.yaml", "WorkforceName: \"a\u{2029}b\"\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n")
        let run = try WFLintBinary.run(["--no-config", "escaped.json", "raw.yaml"], in: directory.url)
        let pattern = #"must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}'"#
        #expect(run.stdout == """
            escaped.json:1:19: error: "WorkforceName" \(pattern), got "a\\u2028b\\u0001c" [WF007 pattern]
                1 | {"WorkforceName": "a\\u2028b\\u0001c", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}
                  |                   ^~~~~~~~~~~~~~~~~
            raw.yaml:1:16: error: "WorkforceName" \(pattern), got "a\\u2029b" [WF007 pattern]
                1 | WorkforceName: "a\u{FFFD}b"
                  |                ^~~~~
            2 errors in 2 files; 2 files checked

            """)
        #expect(run.status == 1)
    }
}
