/// An absolute hierarchical URL (`https://host[:port]/path?query#fragment`),
/// parsed strictly enough to catch what an identity provider or the API would
/// refuse: no host, whitespace or control characters, a bad port, bad
/// percent-encoding (RFC 3986 sections 2.1, 3.2).
public struct AbsoluteURL: Sendable, Equatable {
    public let scheme: String
    /// The host as written (brackets kept for an IPv6 literal).
    public let host: String
    public let port: Int?
    public let hasQuery: Bool
    public let hasFragment: Bool

    /// The host for comparison: lower case, without port.
    public var normalizedHost: String { host.lowercased() }

    /// Parses `text`, which must begin with `scheme://`.
    ///
    /// Past the prefix it works on UTF-8 bytes: every delimiter and every
    /// character class it tests is ASCII, so a byte of a multi-byte scalar is
    /// never taken for one, and Unicode properties are looked up only for the
    /// rare non-ASCII scalar (they dominated the cost of linting a document).
    public static func parse(_ text: String, scheme: String) -> Result<AbsoluteURL, IPSyntaxError> {
        let prefix = scheme + "://"
        guard text.hasPrefix(prefix) else { return .failure(IPSyntaxError("does not begin with \"\(prefix)\"")) }
        if let bad = text.unicodeScalars.first(where: { isWhitespace($0) || $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(IPSyntaxError(isWhitespace(bad) ? "contains whitespace" : "contains a control character"))
        }
        if let error = percentEncodingError(text.utf8) { return .failure(error) }
        let rest = text.utf8.dropFirst(prefix.utf8.count)
        let authorityEnd = rest.firstIndex { $0 == ASCII.slash || $0 == ASCII.question || $0 == ASCII.hash } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: ASCII.at) { authority = authority[authority.index(after: at)...] }
        let (host, portText) = splitHostPort(authority)
        guard !host.isEmpty else { return .failure(IPSyntaxError("has no host")) }
        if let error = hostError(Substring(host)) { return .failure(error) }
        var port: Int?
        if let portText {
            guard !portText.isEmpty, portText.count <= 5, portText.allSatisfy(ASCII.isDigit),
                  let value = Int(Substring(portText)), value <= 65535
            else { return .failure(IPSyntaxError("has an invalid port \"\(Substring(portText))\"")) }
            port = value
        }
        let tail = rest[authorityEnd...]
        return .success(AbsoluteURL(
            scheme: scheme, host: String(Substring(host)), port: port,
            hasQuery: tail.contains(ASCII.question), hasFragment: tail.contains(ASCII.hash)))
    }

    /// Unicode's White_Space property, without the property lookup for ASCII.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
    }

    private static func splitHostPort(_ authority: Substring.UTF8View) -> (Substring.UTF8View, Substring.UTF8View?) {
        if authority.first == ASCII.openBracket {
            guard let close = authority.firstIndex(of: ASCII.closeBracket) else { return (authority, nil) }
            let host = authority[...close]
            let after = authority[authority.index(after: close)...]
            return after.first == ASCII.colon ? (host, after.dropFirst()) : (host, after.isEmpty ? nil : after)
        }
        guard let colon = authority.firstIndex(of: ASCII.colon) else { return (authority, nil) }
        return (authority[..<colon], authority[authority.index(after: colon)...])
    }

    private static func hostError(_ host: Substring) -> IPSyntaxError? {
        if host.hasPrefix("[") {
            guard host.hasSuffix("]"), case .success = IPAddressText.parseIPv6(host.dropFirst().dropLast()) else {
                return IPSyntaxError("has an invalid IPv6 host \"\(host)\"")
            }
            return nil
        }
        // reg-name: unreserved, pct-encoded and sub-delims (RFC 3986 section 3.2.2).
        if let bad = host.unicodeScalars.first(where: { !isRegNameCharacter($0) }) {
            return IPSyntaxError("has the character \"\(bad)\" in its host \"\(host)\"")
        }
        return nil
    }

    private static func isRegNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        let byte = UInt8(scalar.value)
        return ASCII.isLetter(byte) || ASCII.isDigit(byte) || regNameSymbols.contains(byte)
    }

    private static let regNameSymbols = Set("-._~!$&'()*+,;=%".utf8)

    /// A `%` must be followed by two hexadecimal digits. Bytes suffice: a
    /// multi-byte scalar is never a `%` or a hexadecimal digit.
    private static func percentEncodingError(_ bytes: String.UTF8View) -> IPSyntaxError? {
        var index = bytes.startIndex
        while let percent = bytes[index...].firstIndex(of: ASCII.percent) {
            let digits = bytes[bytes.index(after: percent)...].prefix(2)
            guard digits.count == 2, digits.allSatisfy(ASCII.isHexDigit) else {
                return IPSyntaxError("has a \"%\" not followed by two hexadecimal digits")
            }
            index = digits.endIndex
        }
        return nil
    }
}

/// The ASCII bytes the URL and address parsers look for.
enum ASCII {
    static let slash = UInt8(ascii: "/")
    static let question = UInt8(ascii: "?")
    static let hash = UInt8(ascii: "#")
    static let at = UInt8(ascii: "@")
    static let colon = UInt8(ascii: ":")
    static let percent = UInt8(ascii: "%")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }
}
