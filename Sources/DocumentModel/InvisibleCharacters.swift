extension Unicode.Scalar {
    /// The code point in upper-case hexadecimal, at least four digits, as
    /// messages write it after `U+` or `\\u`.
    public var hexDigits: String { Self.hexDigits(of: value) }

    /// `value` in upper-case hexadecimal, at least four digits (a UTF-16
    /// unit of a character past the BMP, as a JSON escape writes it).
    public static func hexDigits(of value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A C0 or C1 control character, or the line or paragraph separator
    /// (U+2028, U+2029): invisible, able to drive a terminal, or breaking the
    /// line in some viewers. Messages write them as escapes; excerpts replace them.
    public var isControlOrLineSeparator: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || self == "\u{2028}" || self == "\u{2029}"
    }

    /// A format character (a zero-width space, a byte-order mark, a
    /// right-to-left override) or a space other than U+0020 (a no-break
    /// space, an ideographic space): invisible, or a space to the eye, in a
    /// quoted value, where it is the difference the user must find. A
    /// bidirectional override would also reorder the rest of the message in
    /// a browser (a GitHub annotation). Messages write them as escapes.
    ///
    /// The joiners (U+200C, U+200D) and the emoji tag characters (U+E0020 to
    /// U+E007F) are left as they are: Persian, the Indic scripts and emoji
    /// sequences (👩‍💻, a flag of Scotland) are written with them.
    public var isInvisibleInText: Bool {
        guard value >= 0xA0, value != 0x200C, value != 0x200D, !(0xE0020...0xE007F).contains(value) else { return false }
        switch properties.generalCategory {
        case .format, .spaceSeparator: return true
        default: return false
        }
    }
}
