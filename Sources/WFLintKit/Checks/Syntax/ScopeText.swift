/// An OAuth 2.0 scope string (RFC 6749 section 3.3): scope tokens of the
/// characters `!`, `#`-`[` and `]`-`~`, separated by single spaces, with no
/// leading or trailing space.
public enum ScopeText {
    /// The tokens of a well-formed scope, or why it is malformed.
    public static func tokens(_ text: String) -> Result<[Substring], IPSyntaxError> {
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

    static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "!" || (scalar >= "#" && scalar <= "[") || (scalar >= "]" && scalar <= "~")
    }
}
