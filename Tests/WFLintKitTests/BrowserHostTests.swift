import Foundation
import Testing
@testable import WFLintKit

/// The host every URL host comparison uses: the one a WHATWG URL parser
/// (a browser) reads, whatever RFC 3986 makes of the text.
@Suite struct BrowserHostTests {
    /// Text, and the host read from it; nil when there is no comparable host.
    static let cases: [(String, String?)] = [
        ("https://login.acme.example/authorize", "login.acme.example"),
        ("https://LOGIN.CORP.EXAMPLE/", "login.corp.example"),
        ("https://evil.test\\@login.acme.example/", "evil.test"),
        ("https://idp.example.com\\@evil.com/", "idp.example.com"),
        ("https://\\evil.test/", "evil.test"),
        ("https:////host.example/", "host.example"),
        ("https://login.acme.example@evil.test/", "evil.test"),
        ("https://a@b@c.example/", "c.example"),
        ("https://evil.test?@login.acme.example/", "evil.test"),
        ("https://evil.test#@login.acme.example/", "evil.test"),
        ("https://login.acme.exa\nmple/", "login.acme.example"),
        ("https://login.acme.example./", "login.acme.example"),
        ("https://login%2Eacme.example/", "login.acme.example"),
        ("https://idp.example.com:/authorize", "idp.example.com"),
        ("https://idp.example.com:00443/", "idp.example.com"),
        ("https://a!b$c&d'e(f)g*h+i,j;k=l.example/", "a!b$c&d'e(f)g*h+i,j;k=l.example"),
        ("https://0x7f.1/", "127.0.0.1"),
        ("https://2130706433/", "127.0.0.1"),
        ("https://0177.0.0.1/", "127.0.0.1"),
        ("https://1.2.3.4./", "1.2.3.4"),
        ("https://0x/", "0.0.0.0"),
        ("https://[2001:DB8:0:0::1]:8443/", "[2001:db8::1]"),
        ("https://[::ffff:192.0.2.1]/", "[::ffff:c000:201]"),
        ("https://host.09/", nil),
        ("https://1.2.3.4.5/", nil),
        ("https://256.1.1.1/", nil),
        ("https://ho|st/", nil),
        ("https://ho^st/", nil),
        ("https://login%2Facme.example/", nil),
        ("https://login.acme.example%40evil.test/", nil),
        ("https://user@/", nil),
        ("https://[::1/", nil),
        ("https://Host-1.Example../", "host-1.example."),
        ("https://a-b.0x/", nil),
        ("https://x.0X1/", nil),
        ("https://x.1a/", "x.1a"),
    ]

    /// Hosts a browser converts with IDNA, which wflint does not: it has no
    /// comparable form for them, where a browser has an `xn--` one.
    static let idnaCases: [(String, String?)] = [
        ("https://b\u{FC}cher.example/", nil),
        ("https://%C3%BC.example/", nil),
    ]

    @Test(arguments: cases + idnaCases)
    func readsTheHostABrowserReads(_ text: String, _ expected: String?) {
        let read = BrowserHost.read(text, scheme: "https")
        #expect((try? read.serialized.get()) == expected)
    }

    /// `serialize` reads a host of letters, digits, `-` and `.` in one pass
    /// over its bytes; on every host, it must give what the full reading does.
    @Test(arguments: [
        "login.acme.example", "LOGIN.Acme.Example.", "a..", ".", "..", "-", "x-.-y", "host.09", "1.2.3.4", "1.2.3.4.",
        "0x", "x.0X", "x.0xfg", "x.0x1f", "x.1a", "x.a1", "2130706433", "a.b.c.d.e", "xn--bcher-kva.example",
        "ho_st.example", "login%2Eacme.example", "ho|st", "b\u{FC}cher.example", "[::1]", "",
    ])
    func theShortcutForPlainNamesAgreesWithTheFullReading(_ host: String) {
        #expect(BrowserHost.serialize(host) == BrowserHost.fullReading(host))
    }

    @Test func namesTheHostAsWrittenWhenItHasNoComparableForm() {
        #expect(BrowserHost.read("https://user:pw@Ho|st:8443/x", scheme: "https").written == "Ho|st")
        #expect(BrowserHost.read("https://[::1]:443/", scheme: "https").written == "[::1]")
    }

    /// Node's `URL` is a WHATWG URL parser: on every case but the IDNA ones,
    /// it reads the same host (less one trailing dot), or refuses the URL
    /// where wflint has no comparable host.
    @Test func agreesWithNodesWHATWGParser() throws {
        let script = """
            const out = JSON.parse(process.argv[1]).map(t => { try { return new URL(t).hostname } catch { return null } });
            console.log(JSON.stringify(out));
            """
        let inputs = String(decoding: try JSONSerialization.data(withJSONObject: Self.cases.map(\.0)), as: UTF8.self)
        let (status, data) = try ChildProcess.with { process in
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["node", "-e", script, inputs]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, data)
        }
        try #require(status == 0, "node (Scripts/install-deps installs it) did not run")
        let hosts = try #require(try JSONSerialization.jsonObject(with: data) as? [Any])
        for ((text, expected), host) in zip(Self.cases, hosts) {
            let nodeHost = (host as? String).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
            #expect(nodeHost == expected, "\(text)")
        }
        #expect(hosts.count == Self.cases.count)
    }
}

