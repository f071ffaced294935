/// The host a WHATWG URL parser (a browser, and so the identity provider's
/// sign-in page) reads from a special-scheme URL such as `https://...`, in
/// the form every host comparison uses.
///
/// The authority is read as the WHATWG URL Standard reads it, which is not
/// RFC 3986's reading of an invalid URL: tabs and newlines are dropped, any
/// run of `/` and `\` after `scheme:` is skipped, the authority ends at the
/// first `/`, `\`, `?` or `#`, and the host follows its last `@`. So
/// `https://evil.test\@login.acme.example/` has the host `evil.test`.
///
/// The host is then serialized: percent-decoded, ASCII lower case, an IPv6
/// literal compressed (RFC 5952), a number-ending host read as WHATWG's IPv4
/// (`0x7f.1` is `127.0.0.1`), and, beyond WHATWG, one trailing dot dropped
/// (`login.acme.example.` is the same DNS name). wflint has no IDNA tables:
/// a host with non-ASCII characters has no comparable form, and an `xn--`
/// label is taken as written.
struct BrowserHost: Sendable, Equatable {
    /// The host as written: after the authority's last `@`, before its port.
    let written: String
    /// The serialized host, or why there is none.
    let serialized: Result<String, IPSyntaxError>

    /// The host of `text`, which begins with `scheme://`.
    static func read(_ text: String, scheme: String) -> BrowserHost {
        var bytes = Array(text.utf8.dropFirst(scheme.utf8.count + 1))
        bytes.removeAll { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        while let last = bytes.last, last <= 0x20 { bytes.removeLast() }
        let start = bytes.firstIndex { $0 != ASCII.slash && $0 != ASCII.backslash } ?? bytes.endIndex
        let end = bytes[start...].firstIndex(where: endsBrowserAuthority) ?? bytes.endIndex
        var authority = bytes[start..<end]
        if let at = authority.lastIndex(of: ASCII.at) { authority = authority[(at + 1)...] }
        let host = String(decoding: hostPart(authority), as: UTF8.self)
        return BrowserHost(written: host, serialized: serialize(host))
    }

    private static func endsBrowserAuthority(_ byte: UInt8) -> Bool {
        byte == ASCII.slash || byte == ASCII.backslash || byte == ASCII.question || byte == ASCII.hash
    }

    /// The authority up to a `:` outside brackets (WHATWG's host state).
    private static func hostPart(_ authority: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var insideBrackets = false
        for index in authority.indices {
            switch authority[index] {
            case ASCII.openBracket: insideBrackets = true
            case ASCII.closeBracket: insideBrackets = false
            case ASCII.colon where !insideBrackets: return authority[..<index]
            default: continue
            }
        }
        return authority
    }

    /// The comparison form of a host written in a URL, or why a browser
    /// refuses it (or why wflint cannot say what a browser reads).
    static func serialize(_ written: String) -> Result<String, IPSyntaxError> {
        plainName(written).map { .success($0) } ?? fullReading(written)
    }

    /// `serialize` without the shortcut for plain names.
    static func fullReading(_ written: String) -> Result<String, IPSyntaxError> {
        guard !written.isEmpty else { return .failure(IPSyntaxError("has no host")) }
        if written.hasPrefix("[") {
            guard written.hasSuffix("]"), written.count > 1,
                  case .success(let address) = IPAddressText.parseIPv6(written.dropFirst().dropLast())
            else { return .failure(IPSyntaxError("has an invalid IPv6 host \"\(written)\"")) }
            return .success("[" + IPAddressText.formatIPv6(address) + "]")
        }
        let decoded = PercentEncoding.decode(written)
        /// How a message names a character of the decoded host.
        func named(_ scalar: Unicode.Scalar, _ kind: String) -> String {
            (written.unicodeScalars.contains(scalar) ? "the \(kind)" : "a percent-encoded \(kind)") + " " + scalar.quotedForMessage
        }
        if let bad = decoded.unicodeScalars.first(where: { !$0.isASCII }) {
            return .failure(IPSyntaxError(
                "has \(named(bad, "non-ASCII character")) in its host \"\(written)\"; write the host in its ASCII (xn--) form"))
        }
        if let bad = decoded.unicodeScalars.first(where: isForbiddenDomainCharacter) {
            return .failure(IPSyntaxError("has \(named(bad, "character")) in its host \"\(written)\", which a browser refuses"))
        }
        return BrowserIPv4.serialize(decoded.lowercased(), written: written)
    }

    /// The serialized form of the host nearly every URL has, read in one pass
    /// over its bytes: a host of ASCII letters, digits, `-` and `.` whose last
    /// label is not a number needs no decoding, holds no forbidden character
    /// and is no IPv4 address, so it is its lower case without one trailing
    /// dot, as `fullReading` gives. Nil for any other host ("" included).
    static func plainName(_ written: String) -> String? {
        written.withUTF8Bytes { plainName($0[...]) }
    }

    /// `plainName` of a host's UTF-8 bytes, read where they are: a string
    /// made of them, copied to an array to lower its case and made a string
    /// again, cost about 1.7 K instructions a URL (callgrind, 500 clean files).
    static func plainName(_ written: UTF8Bytes) -> String? {
        guard !written.isEmpty, written.allSatisfy({ plainNameBytes.contains($0) }) else { return nil }
        let name = written.last == UInt8(ascii: ".") ? written.dropLast() : written
        let lastLabel = name.lastIndex(of: UInt8(ascii: ".")).map { name[($0 + 1)...] } ?? name
        // Lower case, as the number test reads it: `| 0x20` lowers a letter
        // and keeps a digit, `-` and `.` as they are.
        guard !BrowserIPv4.isNumber(lastLabel.lazy.map { $0 | 0x20 }) else { return nil }
        // Most hosts are written in lower case: decoded as they are (about
        // 400 instructions), not written byte by byte into a new string (580).
        if !name.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
            return String(decoding: name, as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: name.count) { buffer in
            for (offset, byte) in name.enumerated() { buffer[offset] = byte | 0x20 }
            return name.count
        }
    }

    private static let plainNameBytes = ASCIISet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")

    /// WHATWG's forbidden domain code points: the C0 controls, space,
    /// `# % / : < > ? @ [ \ ] ^ |` and DEL.
    private static func isForbiddenDomainCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.value == 0x7F || forbiddenDomainSymbols.contains(scalar)
    }

    private static let forbiddenDomainSymbols = ASCIISet("#%/:<>?@[\\]^|")
}
