import Testing
@testable import WFLintKit

/// A document's parsed values are read once per text, and per scheme for a
/// URL: the same text read with another scheme is another reading.
@Suite struct ParsedValuesTests {
    @Test func aURLTextReadWithTwoSchemesKeepsBothReadings() {
        let values = ParsedValues()
        let text = "https://Login.Example/authorize"
        let asHTTPS = values.url(text, scheme: "https")
        let asHTTP = values.url(text, scheme: "http")
        #expect((try? asHTTPS.get())?.host == "login.example")
        #expect(asHTTP == .failure(IPSyntaxError("does not begin with \"http://\"")))
        // Asked again, each scheme gets its own reading back, in either order.
        #expect(values.url(text, scheme: "http") == asHTTP)
        #expect(values.url(text, scheme: "https") == asHTTPS)
    }

    @Test func aBrowserHostReadWithTwoSchemesKeepsBothReadings() {
        let values = ParsedValues()
        #expect(values.browserHost("https://a.example/", scheme: "https").written == "a.example")
        // Read with a scheme it does not begin with (no caller does), the text has an empty host.
        #expect(values.browserHost("https://a.example/", scheme: "http").written == "")
        #expect(values.browserHost("https://a.example/", scheme: "https").written == "a.example")
    }
}
