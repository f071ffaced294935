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
    /// Past the prefix it works on the UTF-8 bytes: every delimiter and every
    /// character class it tests is ASCII, so a byte of a multi-byte scalar is
    /// never taken for one, and Unicode properties are looked up only for
    /// non-ASCII text (Character-wise parsing dominated the cost of a document).
    public static func parse(_ text: String, scheme: String) -> Result<AbsoluteURL, IPSyntaxError> {
        let prefix = scheme + "://"
        return text.withUTF8Bytes { bytes in
            guard bytes.starts(with: prefix.utf8) else { return .failure(IPSyntaxError("does not begin with \"\(prefix)\"")) }
            if let error = characterError(text, bytes) { return .failure(error) }
            return parse(bytes[prefix.utf8.count...], scheme: scheme)
        }
    }

    /// The part after `scheme://`, known to hold no whitespace or control character.
    private static func parse(_ rest: UTF8Bytes, scheme: String) -> Result<AbsoluteURL, IPSyntaxError> {
        if let error = percentEncodingError(rest) { return .failure(error) }
        let authorityEnd = rest.firstIndex { $0 == ASCII.slash || $0 == ASCII.question || $0 == ASCII.hash } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: ASCII.at) { authority = authority[(at + 1)...] }
        let (hostBytes, portBytes) = splitHostPort(authority)
        guard !hostBytes.isEmpty else { return .failure(IPSyntaxError("has no host")) }
        if let error = hostError(hostBytes) { return .failure(error) }
        var port: Int?
        if let portBytes {
            guard !portBytes.isEmpty, portBytes.count <= 5, portBytes.allSatisfy(ASCII.isDigit),
                  case let value = ASCII.decimalValue(portBytes), value <= 65535
            else { return .failure(IPSyntaxError("has an invalid port \"\(String(decoding: portBytes, as: UTF8.self))\"")) }
            port = value
        }
        let tail = rest[authorityEnd...]
        return .success(AbsoluteURL(
            scheme: scheme, host: String(decoding: hostBytes, as: UTF8.self), port: port,
            hasQuery: tail.contains(ASCII.question), hasFragment: tail.contains(ASCII.hash)))
    }

    /// Whitespace or a control character anywhere, named by the first one.
    private static func characterError(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> IPSyntaxError? {
        // Nearly every URL is printable ASCII: one pass over its bytes.
        if bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return nil }
        let isBad = { (scalar: Unicode.Scalar) in isWhitespace(scalar) || scalar.value < 0x20 || scalar.value == 0x7F }
        guard let bad = text.unicodeScalars.first(where: isBad) else { return nil }
        return IPSyntaxError(isWhitespace(bad) ? "contains whitespace" : "contains a control character")
    }

    /// Unicode's White_Space property, without the property lookup for ASCII.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
    }

    private static func splitHostPort(_ authority: UTF8Bytes) -> (UTF8Bytes, UTF8Bytes?) {
        if authority.first == ASCII.openBracket {
            guard let close = authority.firstIndex(of: ASCII.closeBracket) else { return (authority, nil) }
            let host = authority[...close]
            let after = authority[(close + 1)...]
            return after.first == ASCII.colon ? (host, after.dropFirst()) : (host, after.isEmpty ? nil : after)
        }
        guard let colon = authority.firstIndex(of: ASCII.colon) else { return (authority, nil) }
        return (authority[..<colon], authority[(colon + 1)...])
    }

    private static func hostError(_ bytes: UTF8Bytes) -> IPSyntaxError? {
        // Nearly every host is an ASCII reg-name: one pass over its bytes.
        if bytes.allSatisfy(isRegNameByte) { return nil }
        let host = Substring(decoding: bytes, as: UTF8.self)
        if host.hasPrefix("[") {
            guard host.hasSuffix("]"), case .success = IPAddressText.parseIPv6(host.dropFirst().dropLast()) else {
                return IPSyntaxError("has an invalid IPv6 host \"\(host)\"")
            }
            return nil
        }
        if let bad = host.unicodeScalars.first(where: { !isRegNameCharacter($0) }) {
            return IPSyntaxError("has the character \"\(bad)\" in its host \"\(host)\"")
        }
        return nil
    }

    /// reg-name: unreserved, pct-encoded and sub-delims (RFC 3986 section 3.2.2),
    /// and any alphabetic character beyond ASCII (an internationalized name).
    private static func isRegNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isRegNameByte(UInt8(scalar.value)) : scalar.properties.isAlphabetic
    }

    private static func isRegNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=%".utf8.contains(byte)
        }
    }

    /// A `%` must be followed by two hexadecimal digits. Bytes suffice: a
    /// multi-byte scalar is never a `%` or a hexadecimal digit.
    private static func percentEncodingError(_ bytes: UTF8Bytes) -> IPSyntaxError? {
        var rest = bytes
        while let percent = rest.firstIndex(of: ASCII.percent) {
            let digits = rest[(percent + 1)...].prefix(2)
            guard digits.count == 2, digits.allSatisfy(ASCII.isHexDigit) else {
                return IPSyntaxError("has a \"%\" not followed by two hexadecimal digits")
            }
            rest = rest[digits.endIndex...]
        }
        return nil
    }
}

/// A run of UTF-8 bytes of a string, indexed by byte offset.
typealias UTF8Bytes = Slice<UnsafeBufferPointer<UInt8>>

extension String {
    /// Runs `body` over the string's UTF-8 bytes, without a copy for a native string.
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
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

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }

    /// The value of a run of decimal digits; the caller checks they are digits
    /// and few enough not to overflow.
    static func decimalValue(_ digits: UTF8Bytes) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
