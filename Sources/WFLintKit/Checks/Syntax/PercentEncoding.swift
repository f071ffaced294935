/// RFC 3986 percent-encoding (section 2.1), for URL messages and hosts.
enum PercentEncoding {
    /// `text` with every `%XX` replaced by its octet; the octets are read as
    /// UTF-8 (an invalid sequence becomes U+FFFD, which is not ASCII either).
    /// A `%` not followed by two hexadecimal digits is kept.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(ASCII.percent) else { return text }
        var octets: [UInt8] = []
        var rest = Substring(text).utf8[...]
        while let byte = rest.first {
            let digits = rest.dropFirst().prefix(2)
            if byte == ASCII.percent, digits.count == 2, digits.allSatisfy(ASCII.isHexDigit),
               let octet = UInt8(String(decoding: digits, as: UTF8.self), radix: 16) {
                octets.append(octet)
                rest = rest.dropFirst(3)
            } else {
                octets.append(byte)
                rest = rest.dropFirst()
            }
        }
        return String(decoding: octets, as: UTF8.self)
    }

    /// The `%XX` escapes of a character's UTF-8 octets: `é` is `%C3%A9`.
    static func encode(_ scalar: Unicode.Scalar) -> String {
        String(scalar).utf8.map { "%" + ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }
}

extension Unicode.Scalar {
    /// The character as a message quotes it: itself in quotes, or `"U+0009"`
    /// for a control character, which would not show.
    var quotedForMessage: String {
        value < 0x20 || value == 0x7F ? "\"U+\(hexDigits)\"" : "\"\(self)\""
    }
}
