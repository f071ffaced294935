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
    public static func parse(_ text: String, scheme: String) -> Result<AbsoluteURL, IPSyntaxError> {
        let prefix = scheme + "://"
        guard text.hasPrefix(prefix) else { return .failure(IPSyntaxError("does not begin with \"\(prefix)\"")) }
        if let bad = text.unicodeScalars.first(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(IPSyntaxError(bad.properties.isWhitespace ? "contains whitespace" : "contains a control character"))
        }
        if let error = percentEncodingError(text) { return .failure(error) }
        let rest = text.dropFirst(prefix.count)
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        let (host, portText) = splitHostPort(authority)
        guard !host.isEmpty else { return .failure(IPSyntaxError("has no host")) }
        if let error = hostError(host) { return .failure(error) }
        var port: Int?
        if let portText {
            guard !portText.isEmpty, portText.count <= 5, portText.unicodeScalars.allSatisfy({ $0 >= "0" && $0 <= "9" }),
                  let value = Int(portText), value <= 65535
            else { return .failure(IPSyntaxError("has an invalid port \"\(portText)\"")) }
            port = value
        }
        let tail = rest[authorityEnd...]
        return .success(AbsoluteURL(
            scheme: scheme, host: String(host), port: port,
            hasQuery: tail.contains("?"), hasFragment: tail.contains("#")))
    }

    private static func splitHostPort(_ authority: Substring) -> (Substring, Substring?) {
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return (authority, nil) }
            let host = authority[...close]
            let after = authority[authority.index(after: close)...]
            return after.hasPrefix(":") ? (host, after.dropFirst()) : (host, after.isEmpty ? nil : after)
        }
        guard let colon = authority.firstIndex(of: ":") else { return (authority, nil) }
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
        let allowed = "-._~!$&'()*+,;=%"
        if let bad = host.unicodeScalars.first(where: {
            !($0.properties.isAlphabetic || ($0 >= "0" && $0 <= "9") || allowed.unicodeScalars.contains($0))
        }) {
            return IPSyntaxError("has the character \"\(bad)\" in its host \"\(host)\"")
        }
        return nil
    }

    private static func percentEncodingError(_ text: String) -> IPSyntaxError? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%" {
                guard index + 2 < scalars.count, scalars[index + 1].isHexDigit, scalars[index + 2].isHexDigit else {
                    return IPSyntaxError("has a \"%\" not followed by two hexadecimal digits")
                }
                index += 3
            } else {
                index += 1
            }
        }
        return nil
    }
}
