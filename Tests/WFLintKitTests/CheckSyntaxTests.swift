import Testing
@testable import WFLintKit

/// The plain-Swift parsers behind `cidr`, `url` and `scope`.
@Suite struct CheckSyntaxTests {
    static func cidr(_ text: String) -> String {
        switch IPNetwork.parse(text) {
        case .success(let network): return network.description
        case .failure(let error): return "error: \(error.reason)"
        }
    }

    @Test(arguments: [
        ("10.0.0.0/16", "10.0.0.0/16"),
        ("0.0.0.0/0", "0.0.0.0/0"),
        ("255.255.255.255/32", "255.255.255.255/32"),
        ("2001:DB8::/32", "2001:db8::/32"),
        ("::/0", "::/0"),
        ("::1/128", "::1/128"),
        ("1:2:3:4:5:6:7:8/64", "1:2:3:4:5:6:7:8/64"),
        ("::ffff:192.0.2.1/128", "::ffff:c000:201/128"),
        ("1:0:0:2:0:0:0:3/64", "1:0:0:2::3/64"),
        ("10.0.0.1/33", "error: prefix \"33\" is greater than 32"),
        ("10.0.0.01/8", "error: octet \"01\" has a leading zero"),
        ("10.0.0.0/08", "error: prefix \"08\" has a leading zero"),
        ("10.0.0/8", "error: IPv4 address \"10.0.0\" does not have four octets"),
        (" 10.0.0.0/8", "error: octet \" 10\" is not a decimal number"),
        ("10.0.0.0/", "error: the prefix is empty"),
        ("10.0.0.0", "error: the \"/prefix\" is missing"),
        ("1::2::3/64", "error: IPv6 address \"1::2::3\" has more than one \"::\""),
        ("1:2:3:4:5:6:7:8:9/64", "error: \"1:2:3:4:5:6:7:8:9\" is not a valid IPv6 address"),
        ("1:2:3:4:5:6:7::8/64", "error: \"1:2:3:4:5:6:7::8\" is not a valid IPv6 address"),
        ("12345::/16", "error: \"12345::\" is not a valid IPv6 address"),
        ("fe80::1%eth0/64", "error: IPv6 address has a zone id"),
        ("::ffff:1.2.3.256/128", "error: IPv6 address \"::ffff:1.2.3.256\" has an invalid IPv4 tail"),
        ("2001:db8::/129", "error: prefix \"129\" is greater than 128"),
        // Valid IPv6 text of hexadecimal digits, ":" and "." is read over bytes; every other text as before.
        ("ABCD:EF01::/32", "abcd:ef01::/32"),
        ("::1.2.3.4/128", "::102:304/128"),
        ("1:2:3:4:5:6:1.2.3.4/128", "1:2:3:4:5:6:102:304/128"),
        ("1:2:3:4:5:6:7::/64", "1:2:3:4:5:6:7:0/64"),
        ("1:2:3:4:5:6:7:1.2.3.4/128", "error: \"1:2:3:4:5:6:7:1.2.3.4\" is not a valid IPv6 address"),
        ("::1.2.3.4:1/128", "error: \"::1.2.3.4:1\" is not a valid IPv6 address"),
        ("1.2.3.4::/64", "error: \"1.2.3.4::\" is not a valid IPv6 address"),
        ("::ffff:1.2.3/128", "error: IPv6 address \"::ffff:1.2.3\" has an invalid IPv4 tail"),
        (":::/64", "error: \":::\" is not a valid IPv6 address"),
        ("1:::2/64", "error: \"1:::2\" is not a valid IPv6 address"),
        (":1::/64", "error: \":1::\" is not a valid IPv6 address"),
        ("1::2:3::/64", "error: IPv6 address \"1::2:3::\" has more than one \"::\""),
        ("1::\u{301}2/64", "error: \"1::\u{301}2\" is not a valid IPv6 address"),
    ])
    func cidrParsing(_ input: String, _ expected: String) {
        #expect(Self.cidr(input) == expected)
    }

    @Test func networksAndContainment() throws {
        let wide = try IPNetwork.parse("10.0.0.0/8").get()
        let narrow = try IPNetwork.parse("10.1.2.3/24").get()
        #expect(narrow.hasHostBits && narrow.network.description == "10.1.2.0/24")
        #expect(wide.contains(narrow) && !narrow.contains(wide))
        let mapped = try IPNetwork.parse("::ffff:10.0.0.0/104").get()
        #expect(!wide.contains(mapped) && !mapped.contains(wide))
        #expect(try IPNetwork.parse("0.0.0.0/0").get().contains(narrow))
    }

    static func url(_ text: String) -> String {
        switch AbsoluteURL.parse(text, scheme: "https") {
        case .success(let url): return "\(url.host) \(url.port.map(String.init) ?? "-") q=\(url.hasQuery) f=\(url.hasFragment)"
        case .failure(let error): return "error: \(error.reason)"
        }
    }

    /// Valid: what RFC 3986 allows and a browser reads with the same host
    /// (the host shown is the compared form: lower case, decoded, no trailing dot).
    @Test(arguments: [
        ("https://IdP.Example.com", "idp.example.com - q=false f=false"),
        ("https://idp.example.com:8443/a?b=c#d", "idp.example.com 8443 q=true f=true"),
        ("https://user:pw@idp.example.com/x", "idp.example.com - q=false f=false"),
        ("https://[2001:db8::1]:443/", "[2001:db8::1] 443 q=false f=false"),
        ("https://[2001:DB8:0:0::1]/", "[2001:db8::1] - q=false f=false"),
        ("https://idp.example.com:/authorize", "idp.example.com - q=false f=false"),
        ("https://idp.example.com:00443/x", "idp.example.com 443 q=false f=false"),
        ("https://idp.example.com:000000000000000000443/x", "idp.example.com 443 q=false f=false"),
        ("https://idp.example.com:0", "idp.example.com 0 q=false f=false"),
        ("https://LOGIN.CORP.EXAMPLE./", "login.corp.example - q=false f=false"),
        ("https://login%2Eacme.example/", "login.acme.example - q=false f=false"),
        ("https://192.0.2.1./", "192.0.2.1 - q=false f=false"),
        ("https://idp.example.com/a?b=c?d/e#f?g/h", "idp.example.com - q=true f=true"),
        ("https://idp.example.com/p;x=1/@me:1/%C3%A9", "idp.example.com - q=false f=false"),
        // A plain host longer than a small string, in lower case and not.
        ("https://login.corporate-identity.example/", "login.corporate-identity.example - q=false f=false"),
        ("https://Login.Corporate-Identity.Example./", "login.corporate-identity.example - q=false f=false"),
    ])
    func validURLs(_ input: String, _ expected: String) {
        #expect(Self.url(input) == expected)
    }

    @Test(arguments: [
        ("https:///path", "has no host"),
        ("https://", "has no host"),
        ("https:/", "does not begin with \"https://\""),
        ("https:\\\\idp.example.com/", "does not begin with \"https://\""),
        ("http://idp.example.com/", "does not begin with \"https://\""),
        ("https://user@/x", "has no host"),
        ("https://idp.example.com:65536", "has an invalid port \"65536\""),
        ("https://idp.example.com:0065536", "has an invalid port \"0065536\""),
        ("https://idp.example.com:4x3/", "has an invalid port \"4x3\""),
        ("https://idp.example.com/a b", "contains whitespace"),
        ("https://idp.example.com/a\u{A0}b", "contains whitespace"),
        ("https://idp.example.com/a\u{80}b", "contains a control character"),
        ("https://idp.example.com/%4", "has a \"%\" not followed by two hexadecimal digits"),
        ("https://idp.example.com\\@evil.com/",
         "contains the character \"\\\", which RFC 3986 does not allow in a URL and a browser reads as \"/\"; percent-encode it as %5C"),
        ("https://evil.test\\@login.acme.example/",
         "contains the character \"\\\", which RFC 3986 does not allow in a URL and a browser reads as \"/\"; percent-encode it as %5C"),
        ("https://idp.example.com/a{b", "contains the character \"{\", which RFC 3986 does not allow in a URL; percent-encode it as %7B"),
        ("https://idp.example.com/a}b", "contains the character \"}\", which RFC 3986 does not allow in a URL; percent-encode it as %7D"),
        ("https://idp.example.com/a|b", "contains the character \"|\", which RFC 3986 does not allow in a URL; percent-encode it as %7C"),
        ("https://idp.example.com/a<b", "contains the character \"<\", which RFC 3986 does not allow in a URL; percent-encode it as %3C"),
        ("https://idp.example.com/a>b", "contains the character \">\", which RFC 3986 does not allow in a URL; percent-encode it as %3E"),
        ("https://idp.example.com/a\"b", "contains the character \"\"\", which RFC 3986 does not allow in a URL; percent-encode it as %22"),
        ("https://idp^example.com", "contains the character \"^\", which RFC 3986 does not allow in a URL; percent-encode it as %5E"),
        ("https://idp.example.com/a`b", "contains the character \"`\", which RFC 3986 does not allow in a URL; percent-encode it as %60"),
        ("https://a@b@idp.example.com/",
         "has more than one \"@\" before its host; percent-encode an \"@\" in the user name or password as %40"),
        ("https://us[er@idp.example.com/", "has the character \"[\" in its user information; percent-encode it as %5B"),
        ("https://us\u{E9}r@idp.example.com/", "has the non-ASCII character \"é\" in its user information; percent-encode it as %C3%A9"),
        ("https://idp.example.com/a[b]", "has the character \"[\" in its path; percent-encode it as %5B"),
        ("https://idp.example.com/?a]", "has the character \"]\" in its query; percent-encode it as %5D"),
        ("https://idp.example.com/a#b#c", "has the character \"#\" in its fragment; percent-encode it as %23"),
        ("https://idp.example.com/caf\u{E9}", "has the non-ASCII character \"é\" in its path; percent-encode it as %C3%A9"),
        ("https://idp.example.com/?q=\u{1F600}", "has the non-ASCII character \"😀\" in its query; percent-encode it as %F0%9F%98%80"),
        ("https://b\u{FC}cher.example/",
         "has the non-ASCII character \"ü\" in its host \"bücher.example\"; write the host in its ASCII (xn--) form"),
        ("https://%C3%BC.example/",
         "has a percent-encoded non-ASCII character \"ü\" in its host \"%C3%BC.example\"; write the host in its ASCII (xn--) form"),
        ("https://login%2Facme.example/",
         "has a percent-encoded character \"/\" in its host \"login%2Facme.example\", which a browser refuses"),
        ("https://a]b/", "has the character \"]\" in its host \"a]b\""),
        ("https://[::1/x", "has an invalid IPv6 host \"[::1\""),
        ("https://[v1.x]/", "has an invalid IPv6 host \"[v1.x]\""),
        ("https://0x7f.1/", "has the host \"0x7f.1\", which a browser reads as the IPv4 address 127.0.0.1; write that"),
        ("https://2130706433/", "has the host \"2130706433\", which a browser reads as the IPv4 address 127.0.0.1; write that"),
        ("https://127.0.0.01/", "has the host \"127.0.0.01\", which a browser reads as the IPv4 address 127.0.0.1; write that"),
        ("https://host.09/", "has the host \"host.09\", which a browser reads as an IPv4 address and refuses"),
        ("https://1.2.3.4.5/", "has the host \"1.2.3.4.5\", which a browser reads as an IPv4 address and refuses"),
    ])
    func invalidURLs(_ input: String, _ reason: String) {
        #expect(Self.url(input) == "error: \(reason)")
    }

    /// `parseHost` takes a plain name (`BrowserHost.plainName`: letters,
    /// digits, `-` and `.`, not ending in a number) without decoding it again
    /// to hold it to the browser's host; escapes, non-ASCII and number-ending
    /// hosts take the full reading. Either way the verdict is the full reading's.
    @Test(arguments: [
        ("LOGIN.Acme.Example.", "login.acme.example - q=false f=false"),
        ("Host-1.Example..", "host-1.example. - q=false f=false"),
        ("X.1A", "x.1a - q=false f=false"),
        ("XN--BCHER-KVA.Example", "xn--bcher-kva.example - q=false f=false"),
        ("LOGIN%2eACME.Example", "login.acme.example - q=false f=false"),
        ("%31.2.3.4", "1.2.3.4 - q=false f=false"),
        ("b\u{FC}cher.example",
         "error: has the non-ASCII character \"ü\" in its host \"bücher.example\"; write the host in its ASCII (xn--) form"),
        ("%C3%BC.example",
         "error: has a percent-encoded non-ASCII character \"ü\" in its host \"%C3%BC.example\"; write the host in its ASCII (xn--) form"),
        ("192.0.2.1.", "192.0.2.1 - q=false f=false"),
        ("0X7F.0.0.1", "error: has the host \"0X7F.0.0.1\", which a browser reads as the IPv4 address 127.0.0.1; write that"),
        ("x.0X", "error: has the host \"x.0X\", which a browser reads as an IPv4 address and refuses"),
        ("[2001:DB8::1]", "[2001:db8::1] - q=false f=false"),
    ])
    func plainHostsAreNotReadTwiceAndKeepTheirVerdict(_ host: String, _ expected: String) {
        #expect(Self.url("https://\(host)/") == expected)
        #expect(AbsoluteURL.parseHost(host) == AbsoluteURL.fullHostReading(host))
    }

    @Test func onlyPlainNamesTakeTheShortcut() {
        #expect(BrowserHost.plainName("LOGIN.Acme.Example.") == "login.acme.example")
        #expect(BrowserHost.plainName("XN--BCHER-KVA.Example") == "xn--bcher-kva.example")
        for host in ["LOGIN%2eACME.Example", "%31.2.3.4", "b\u{FC}cher.example", "192.0.2.1.", "0X7F.0.0.1", "x.0X", "[2001:DB8::1]"] {
            #expect(BrowserHost.plainName(host) == nil, "\(host)")
        }
    }

    @Test(arguments: [
        ("openid email", "openid|email"),
        ("openid", "openid"),
        ("a!#[]~", "a!#[]~"),
        ("", "error: is empty"),
        (" openid", "error: begins with a space"),
        ("openid ", "error: ends with a space"),
        ("openid  email", "error: has two spaces in a row"),
        ("openid\temail", "error: has the character \"U+0009\", which a scope token may not contain"),
        ("open\"id", "error: has the character \"\"\", which a scope token may not contain"),
        ("émail", "error: has the character \"é\", which a scope token may not contain"),
        ("a\\b", "error: has the character \"\\\", which a scope token may not contain"),
        // Read over bytes when well-formed: the first and last token characters, one-byte tokens.
        ("! # [ ] ~", "!|#|[|]|~"),
        ("a b c", "a|b|c"),
        ("openid \"", "error: has the character \"\"\", which a scope token may not contain"),
        ("openid email ", "error: ends with a space"),
        ("openid\r\nemail", "error: has the character \"U+000D\", which a scope token may not contain"),
        // A space and a combining mark are one character, not a space, to the character reading.
        (" \u{301}openid", "error: has the character \" \", which a scope token may not contain"),
        ("openid \u{301}email", "error: has the character \" \", which a scope token may not contain"),
    ])
    func scopeParsing(_ input: String, _ expected: String) {
        switch ScopeText.tokens(input) {
        case .success(let tokens): #expect(tokens.joined(separator: "|") == expected)
        case .failure(let error): #expect("error: \(error.reason)" == expected)
        }
    }

    @Test func repeatedScopeTokensAreNamedOnceInTheOrderOfTheirRepeat() {
        #expect(ScopeFunction.repeats(["openid", "email", "openid", "profile", "email", "openid"]) == ["openid", "email"])
        #expect(ScopeFunction.repeats(["openid", "email"]).isEmpty)
        // Past sixteen tokens they are counted in sets, with the same answer.
        let many = (0..<20).map { "t\($0 % 7)" }
        #expect(ScopeFunction.repeats(many) == (0..<7).map { "t\($0)" })
        #expect(ScopeFunction.repeats(Array(many.prefix(16))) == (0..<7).map { "t\($0)" })
    }

    @Test func targetPaths() {
        #expect(throws: Never.self) { try TargetPath.parse("OidcConfig.AuthenticationRequestExtraParams.@key").get() }
        if case .failure(let error) = TargetPath.parse("A.@key.B") { #expect(error.reason == "\"@key\" must be the last step") }
        else { Issue.record("A.@key.B parsed") }
        if case .failure(let error) = TargetPath.parse("A..B") {
            #expect(error.reason == "\"\" is not a member name, \"*\" or \"@key\"")
        } else { Issue.record("A..B parsed") }
    }
}
