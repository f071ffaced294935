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
        case .success(let url): return "\(url.normalizedHost) \(url.port.map(String.init) ?? "-") q=\(url.hasQuery) f=\(url.hasFragment)"
        case .failure(let error): return "error: \(error.reason)"
        }
    }

    @Test(arguments: [
        ("https://IdP.Example.com", "idp.example.com - q=false f=false"),
        ("https://idp.example.com:8443/a?b=c#d", "idp.example.com 8443 q=true f=true"),
        ("https://user@idp.example.com/x", "idp.example.com - q=false f=false"),
        ("https://[2001:db8::1]:443/", "[2001:db8::1] 443 q=false f=false"),
        ("https:///path", "error: has no host"),
        ("https://idp.example.com:/x", "error: has an invalid port \"\""),
        ("https://idp.example.com:65536", "error: has an invalid port \"65536\""),
        ("https://idp.example.com/a b", "error: contains whitespace"),
        ("https://idp.example.com/%4", "error: has a \"%\" not followed by two hexadecimal digits"),
        ("https://idp^example.com", "error: has the character \"^\" in its host \"idp^example.com\""),
        ("https://[::1/x", "error: has an invalid IPv6 host \"[::1\""),
    ])
    func urlParsing(_ input: String, _ expected: String) {
        #expect(Self.url(input) == expected)
    }

    @Test(arguments: [
        ("openid email", "openid|email"),
        ("openid", "openid"),
        ("a!#[]~", "a!#[]~"),
        ("", "error: is empty"),
        (" openid", "error: begins with a space"),
        ("openid ", "error: ends with a space"),
        ("openid  email", "error: has two spaces in a row"),
        ("openid\temail", "error: has the character \"U+9\", which a scope token may not contain"),
        ("open\"id", "error: has the character \"\"\", which a scope token may not contain"),
        ("émail", "error: has the character \"é\", which a scope token may not contain"),
        ("a\\b", "error: has the character \"\\\", which a scope token may not contain"),
    ])
    func scopeParsing(_ input: String, _ expected: String) {
        switch ScopeText.tokens(input) {
        case .success(let tokens): #expect(tokens.joined(separator: "|") == expected)
        case .failure(let error): #expect("error: \(error.reason)" == expected)
        }
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
