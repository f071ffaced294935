/// An OAuth 2.0 scope string (RFC 6749 section 3.3): scope tokens of the
/// characters `!`, `#`-`[` and `]`-`~`, separated by single spaces, with no
/// leading or trailing space.
public enum ScopeText {
    /// The tokens of a well-formed scope, or why it is malformed.
    public static func tokens(_ text: String) -> Result<[Substring], IPSyntaxError> {
        if let tokens = plainTokens(text) { return .success(tokens) }
        guard !text.isEmpty else { return .failure(IPSyntaxError("is empty")) }
        if text.hasPrefix(" ") { return .failure(IPSyntaxError("begins with a space")) }
        if text.hasSuffix(" ") { return .failure(IPSyntaxError("ends with a space")) }
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        if tokens.contains(where: \.isEmpty) { return .failure(IPSyntaxError("has two spaces in a row")) }
        for token in tokens {
            if let bad = token.unicodeScalars.first(where: { !isTokenCharacter($0) }) {
                return .failure(IPSyntaxError("has the character \(bad.quotedForMessage), which a scope token may not contain"))
            }
        }
        return .success(tokens)
    }

    /// The tokens of a well-formed scope, read over its bytes; nil for any
    /// other text, which `tokens` reads by characters to say what is wrong.
    /// The two readings agree: such a scope is ASCII, and no ASCII character
    /// but `"\r\n"` (not a token's) is more than one scalar. Splitting by
    /// characters was about 7.8 K of the 11.6 K instructions each scope cost
    /// (callgrind, 500 clean files).
    private static func plainTokens(_ text: String) -> [Substring]? {
        let space = UInt8(ascii: " ")
        let ends = text.withUTF8Bytes { bytes -> [Int]? in
            guard let first = bytes.first, first != space, bytes.last != space else { return nil }
            var ends: [Int] = []
            for (offset, byte) in bytes.enumerated() where byte == space || !isTokenByte(byte) {
                guard byte == space, bytes[offset - 1] != space else { return nil }
                ends.append(offset)
            }
            ends.append(bytes.count)
            return ends
        }
        guard let ends else { return nil }
        let utf8 = text.utf8
        var start = 0
        return ends.map { end in
            defer { start = end + 1 }
            return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
    }

    static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && isTokenByte(UInt8(scalar.value))
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "!") || (byte >= UInt8(ascii: "#") && byte <= UInt8(ascii: "["))
            || (byte >= UInt8(ascii: "]") && byte <= UInt8(ascii: "~"))
    }
}
