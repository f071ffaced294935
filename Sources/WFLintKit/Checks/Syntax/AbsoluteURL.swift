/// An absolute hierarchical URL (`https://host[:port]/path?query#fragment`)
/// that is a URI by RFC 3986 and that a browser (the WHATWG URL Standard)
/// reads with the same host: what an identity provider and the API can use.
///
/// Refused: a character RFC 3986 does not allow (whitespace, control and
/// non-ASCII characters, `" < > \ ^ ` { | }`, `[ ]` outside an IPv6 host,
/// a second `#`), a bad `%` escape, more than one `@`, no host, a host a
/// browser refuses or reads as another IPv4 address than written, a port
/// above 65535. Allowed as RFC 3986 allows them: an empty port and a port
/// with leading zeros (sections 3.2.3 and 6.2.3).
public struct AbsoluteURL: Sendable, Equatable {
    public let scheme: String
    /// The host as a browser reads it, in the form every host comparison uses
    /// (`BrowserHost`): lower case, percent-decoded, without a trailing dot.
    public let host: String
    /// The port, nil when none or empty (the scheme's default).
    public let port: Int?
    public let hasQuery: Bool
    public let hasFragment: Bool

    /// Parses `text`, which must begin with `scheme://`.
    ///
    /// Past the prefix it works on the UTF-8 bytes: every delimiter it looks
    /// for is ASCII, so a byte of a multi-byte scalar is never taken for one,
    /// and scalars are decoded only to name a bad character (Character-wise
    /// parsing dominated the cost of a document).
    public static func parse(_ text: String, scheme: String) -> Result<AbsoluteURL, IPSyntaxError> {
        text.withUTF8Bytes { bytes in
            guard let rest = rest(of: bytes, after: scheme) else { return .failure(IPSyntaxError("does not begin with \"\(scheme)://\"")) }
            if let error = characterError(text, bytes) ?? percentEncodingError(bytes[...]) { return .failure(error) }
            return parse(rest, scheme: scheme)
        }
    }

    /// The bytes after `scheme://`, nil when they do not begin with it
    /// (`URLFunction` asks it which of its schemes a value has).
    /// Compared in place: joining the scheme and `://` into a string and
    /// comparing its UTF-8 view cost about 540 instructions a URL.
    static func rest(of bytes: UnsafeBufferPointer<UInt8>, after scheme: String) -> UTF8Bytes? {
        let length = scheme.utf8.count
        guard bytes.count >= length + 3, scheme.withUTF8Bytes({ bytes.starts(with: $0) }),
              bytes[length] == ASCII.colon, bytes[length + 1] == ASCII.slash, bytes[length + 2] == ASCII.slash
        else { return nil }
        return bytes[(length + 3)...]
    }

    /// The part after `scheme://`, whose characters are all allowed somewhere in a URI.
    private static func parse(_ rest: UTF8Bytes, scheme: String) -> Result<AbsoluteURL, IPSyntaxError> {
        let authorityEnd = rest.firstIndex { $0 == ASCII.slash || $0 == ASCII.question || $0 == ASCII.hash } ?? rest.endIndex
        let tail = rest[authorityEnd...]
        let host: String
        let port: Int?
        switch hostAndPort(rest[..<authorityEnd]) {
        case .failure(let error): return .failure(error)
        case .success(let authority):
            let (hostBytes, portBytes) = splitHostPort(authority)
            switch (parseHost(hostBytes), parsePort(portBytes)) {
            case (.failure(let error), _), (_, .failure(let error)): return .failure(error)
            case (.success(let parsedHost), .success(let parsedPort)): (host, port) = (parsedHost, parsedPort)
            }
        }
        if let error = tailError(tail) { return .failure(error) }
        return .success(AbsoluteURL(
            scheme: scheme, host: host, port: port,
            hasQuery: tail.contains(ASCII.question), hasFragment: tail.contains(ASCII.hash)))
    }

    /// Whitespace, a control character or an ASCII character RFC 3986 allows
    /// nowhere, named by the first one. Non-ASCII characters are named by
    /// the part they are in, later.
    private static func characterError(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> IPSyntaxError? {
        // Nearly every URL is made of URI characters only: one pass over its bytes.
        let allowed = uriBytes
        if bytes.allSatisfy({ allowed.contains($0) }) { return nil }
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) { return IPSyntaxError("contains whitespace") }
            if scalar.properties.generalCategory == .control { return IPSyntaxError("contains a control character") }
            if scalar.isASCII && !isURIByte(UInt8(scalar.value)) { return forbidden(scalar) }
        }
        return nil
    }

    private static func forbidden(_ scalar: Unicode.Scalar) -> IPSyntaxError {
        // A browser reads "\" as "/": the host it sees is not the one RFC 3986 sees.
        let browser = scalar == "\\" ? " and a browser reads as \"/\"" : ""
        return IPSyntaxError("contains the character \(scalar.quotedForMessage), which RFC 3986 does not allow in a URL"
            + "\(browser); percent-encode it as \(PercentEncoding.encode(scalar))")
    }

    /// A character of `part` that must be percent-encoded there.
    private static func misplaced(_ scalar: Unicode.Scalar, in part: String) -> IPSyntaxError {
        let kind = scalar.isASCII ? "the character" : "the non-ASCII character"
        return IPSyntaxError("has \(kind) \(scalar.quotedForMessage) in its \(part); percent-encode it as \(PercentEncoding.encode(scalar))")
    }

    /// Unicode's White_Space property, without the property lookup for ASCII.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
    }

    /// The authority without its user information (RFC 3986 section 3.2.1),
    /// or why that is invalid: it may hold no `@`, so one `@` ends it.
    private static func hostAndPort(_ authority: UTF8Bytes) -> Result<UTF8Bytes, IPSyntaxError> {
        guard let at = authority.firstIndex(of: ASCII.at) else { return .success(authority) }
        let afterAt = authority[(at + 1)...]
        if afterAt.contains(ASCII.at) {
            return .failure(IPSyntaxError(
                "has more than one \"@\" before its host; percent-encode an \"@\" in the user name or password as %40"))
        }
        let userInfo = authority[..<at]
        if !userInfo.allSatisfy({ isRegNameByte($0) || $0 == ASCII.colon }),
           let bad = Substring(decoding: userInfo, as: UTF8.self).unicodeScalars.first(where: { !$0.isASCII || $0 == "[" || $0 == "]" }) {
            return .failure(misplaced(bad, in: "user information"))
        }
        return .success(afterAt)
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

    /// The host as a browser reads it, when that is what RFC 3986 reads too.
    static func parseHost(_ written: String) -> Result<String, IPSyntaxError> {
        written.withUTF8Bytes { parseHost($0[...]) }
    }

    private static func parseHost(_ written: UTF8Bytes) -> Result<String, IPSyntaxError> {
        // A plain name (`BrowserHost.plainName`) is reg-name characters only
        // and no IPv4 address: the browser's host is the written one, and
        // decoding it again to compare them was a second pass for nothing.
        if let host = BrowserHost.plainName(written) { return .success(host) }
        return fullHostReading(String(decoding: written, as: UTF8.self))
    }

    /// `parseHost` without the shortcut for plain names.
    static func fullHostReading(_ written: String) -> Result<String, IPSyntaxError> {
        let isIPLiteral = written.utf8.first == ASCII.openBracket
        if !isIPLiteral, let bad = written.unicodeScalars.first(where: { $0.isASCII && !isRegNameByte(UInt8($0.value)) }) {
            return .failure(IPSyntaxError("has the character \(bad.quotedForMessage) in its host \"\(written)\""))
        }
        switch BrowserHost.fullReading(written) {
        case .failure(let error): return .failure(error)
        case .success(let host):
            // Only WHATWG's IPv4 reading changes a name beyond case, escapes and a trailing dot.
            let name = PercentEncoding.decode(written).lowercased()
            if !isIPLiteral && host != name && host + "." != name {
                return .failure(IPSyntaxError(
                    "has the host \"\(written)\", which a browser reads as the IPv4 address \(host); write that"))
            }
            return .success(host)
        }
    }

    /// `*DIGIT` (RFC 3986 section 3.2.3): empty means the default port and
    /// leading zeros are allowed; the value must fit TCP's 0 to 65535.
    private static func parsePort(_ bytes: UTF8Bytes?) -> Result<Int?, IPSyntaxError> {
        guard let bytes, !bytes.isEmpty else { return .success(nil) }
        let significant = bytes.drop { $0 == UInt8(ascii: "0") }
        guard bytes.allSatisfy(ASCII.isDigit), significant.count <= 5,
              case let value = ASCII.decimalValue(significant), value <= 65535
        else { return .failure(IPSyntaxError("has an invalid port \"\(String(decoding: bytes, as: UTF8.self))\"")) }
        return .success(value)
    }

    /// A character the path, query or fragment may not hold: `[`, `]`, a
    /// non-ASCII character, or a `#` in the fragment.
    private static func tailError(_ tail: UTF8Bytes) -> IPSyntaxError? {
        let isPlain = { (byte: UInt8) in byte < 0x80 && byte != ASCII.openBracket && byte != ASCII.closeBracket }
        let fragmentStart = tail.firstIndex(of: ASCII.hash)
        if tail.allSatisfy(isPlain), fragmentStart.map({ !tail[($0 + 1)...].contains(ASCII.hash) }) ?? true { return nil }
        var part = "path"
        for scalar in Substring(decoding: tail, as: UTF8.self).unicodeScalars {
            if scalar == "?" && part == "path" { part = "query"; continue }
            if scalar == "#" && part != "fragment" { part = "fragment"; continue }
            if !scalar.isASCII || scalar == "[" || scalar == "]" || scalar == "#" { return misplaced(scalar, in: part) }
        }
        return nil
    }

    /// The ASCII characters RFC 3986 allows somewhere in a URI: unreserved,
    /// reserved (gen-delims and sub-delims) and `%`.
    private static func isURIByte(_ byte: UInt8) -> Bool {
        uriBytes.contains(byte)
    }

    /// reg-name: unreserved, pct-encoded and sub-delims (RFC 3986 section 3.2.2).
    private static func isRegNameByte(_ byte: UInt8) -> Bool {
        regNameBytes.contains(byte)
    }

    /// Each a set of bits, one test a byte: a range test for each kind of
    /// letter and a set for the rest were about 25 instructions a byte of
    /// every URL.
    private static let regNameBytes = ASCIISet(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + "-._~!$&'()*+,;=%")
    private static let uriBytes = regNameBytes.union(ASCIISet(":/?#[]@"))

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
    static let backslash = UInt8(ascii: "\\")
    static let colon = UInt8(ascii: ":")
    static let percent = UInt8(ascii: "%")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// An upper-case ASCII letter in lower case; any other byte as it is.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }

    /// The value of a run of decimal digits; the caller checks they are digits
    /// and few enough not to overflow.
    static func decimalValue(_ digits: UTF8Bytes) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
