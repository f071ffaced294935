import DocumentModel
import Testing

@testable import WFLintKit

/// `SensitiveValues.isSensitiveKey`: a member name with "secret" in it, once
/// case and everything but ASCII letters and digits are left out. The schema
/// walk asks it for every member, so it scans bytes without the UTF-8 view.
@Suite struct SensitiveKeyTests {
    @Test(arguments: [
        ("ClientSecret", true), ("client_secret", true), ("CLIENT-SECRET", true), ("SecretArn", true),
        ("sec ret", true), ("s.e.c.r.e.t", true),
        // A mismatch restarts the match at the letter that broke it.
        ("ssecret", true), ("secsecret", true), ("sesecret", true),
        // Non-ASCII bytes are left out too, as other punctuation is.
        ("se\u{301}cret", true), ("s\u{E9}cret", false),
        ("secre", false), ("S3cret", false), ("Issuer", false), ("", false), ("secrte", false),
    ])
    func aNameWithTheWordIsSensitive(name: String, sensitive: Bool) {
        #expect(SensitiveValues.isSensitiveKey(name) == sensitive)
        // The byte scan agrees with the one over any sequence of bytes.
        #expect(SecretWord.occurs(in: Array(name.utf8)) == sensitive)
    }
}
