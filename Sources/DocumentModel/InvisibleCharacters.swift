extension Unicode.Scalar {
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
