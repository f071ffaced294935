/// A pattern PCRE2 refused to compile: PCRE2's message and where in the
/// pattern it stopped, counted in characters so a caller can turn it into a
/// `file:line:col` of the offending character.
public struct PatternError: Error, Sendable, Equatable, CustomStringConvertible {
    /// PCRE2's message, e.g. `missing closing parenthesis`.
    public let message: String
    /// 0-based offset in the pattern, in Unicode scalars (PCRE2 reports bytes).
    public let characterOffset: Int

    public init(message: String, characterOffset: Int) {
        self.message = message
        self.characterOffset = characterOffset
    }

    init(code: Int32, byteOffset: Int, in pattern: String) {
        // Counting the bytes that start a scalar (not 0b10xx_xxxx continuations)
        // turns PCRE2's byte offset into a character offset.
        let characters = pattern.utf8.prefix(byteOffset).reduce(0) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
        self.init(message: pcre2ErrorMessage(code), characterOffset: characters)
    }

    public var description: String { "\(message) at offset \(characterOffset)" }
}
