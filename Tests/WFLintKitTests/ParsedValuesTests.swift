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

    /// A short list's CIDRs are parsed as they come, a long one's through a
    /// table by text: the same readings, an equal text's once per list.
    @Test func shortAndLongCIDRListsReadAlike() {
        let texts = (0..<20).map { index in index.isMultiple(of: 4) ? "10.0.0.\(index)/33" : "10.0.\(index % 3).0/24" }
        func readings(_ count: Int) -> [String] {
            let targets = texts.prefix(count).enumerated().map { index, text in
                TargetNode(node: node(text), pointer: JSONPointer([String(index)]), key: nil, parent: nil)
            }
            return ParsedValues().networks(of: Array(targets)).map { reading in
                switch reading {
                case .success(let network)?: return network.description
                case .failure(let error)?: return "error: \(error.reason)"
                case nil: return "nil"
                }
            }
        }
        #expect(ParsedValues.parsedInPlace == 16)
        let long = readings(20)
        #expect(Array(long.prefix(16)) == readings(16))
        #expect(long.prefix(5) == ["error: prefix \"33\" is greater than 32", "10.0.1.0/24", "10.0.2.0/24", "10.0.0.0/24", "error: prefix \"33\" is greater than 32"])
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
