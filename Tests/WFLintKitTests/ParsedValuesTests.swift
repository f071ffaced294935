import DocumentModel
import Testing
@testable import WFLintKit

/// A document's parsed values are read once per node (a URL, a browser host)
/// or text (a CIDR, a scope), and per scheme for a URL: the same text read
/// with another scheme is another reading.
@Suite struct ParsedValuesTests {
    func node(_ text: String) -> Node {
        Node(.scalar(Scalar(text: text, style: .plain, value: .string(text))), range: SourceRange(at: .init(line: 1, column: 1)))
    }

    @Test func aURLReadWithTwoSchemesKeepsBothReadings() {
        let values = ParsedValues()
        let text = "https://Login.Example/authorize"
        let url = node(text)
        let asHTTPS = values.url(text, of: url, scheme: "https")
        let asHTTP = values.url(text, of: url, scheme: "http")
        #expect((try? asHTTPS.get())?.host == "login.example")
        #expect(asHTTP == .failure(IPSyntaxError("does not begin with \"http://\"")))
        // Asked again, each scheme gets its own reading back, in either order.
        #expect(values.url(text, of: url, scheme: "http") == asHTTP)
        #expect(values.url(text, of: url, scheme: "https") == asHTTPS)
    }

    @Test func aBrowserHostReadWithTwoSchemesKeepsBothReadings() {
        let values = ParsedValues()
        let host = node("https://a.example/")
        #expect(values.browserHost("https://a.example/", of: host, scheme: "https").written == "a.example")
        // Read with a scheme it does not begin with (no caller does), the text has an empty host.
        #expect(values.browserHost("https://a.example/", of: host, scheme: "http").written == "")
        #expect(values.browserHost("https://a.example/", of: host, scheme: "https").written == "a.example")
    }

    /// Past the first few URLs of a document, the readings move to a table:
    /// every node keeps its own readings, by scheme, before and after.
    @Test func manyURLsKeepTheirReadingsPastTheList() {
        let values = ParsedValues()
        let urls = (0..<40).map { index in node("https://host\(index).example/") }
        for (index, url) in urls.enumerated() {
            let text = "https://host\(index).example/"
            #expect((try? values.url(text, of: url, scheme: "https").get())?.host == "host\(index).example")
            if index.isMultiple(of: 3) { #expect((try? values.url(text, of: url, scheme: "http").get()) == nil) }
        }
        // Asked again (with another text, which no caller does), each node's
        // first reading comes back: the node is the key, not the text.
        for (index, url) in urls.enumerated().reversed() {
            let other = "http://other.example/"
            #expect((try? values.url(other, of: url, scheme: "https").get())?.host == "host\(index).example")
            if index.isMultiple(of: 3) { #expect((try? values.url(other, of: url, scheme: "http").get()) == nil) }
        }
    }
}
