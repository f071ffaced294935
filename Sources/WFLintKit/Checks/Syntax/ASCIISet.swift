/// A set of ASCII characters as a 128-bit mask: a membership test is a shift,
/// not a scan of a string. The URL parsers ask it for every byte of every URL.
struct ASCIISet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The set of `characters`, which must all be ASCII.
    init(_ characters: String) {
        for byte in characters.utf8 {
            precondition(byte < 0x80, "ASCIISet takes ASCII characters only")
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    /// The characters of either set.
    func union(_ other: ASCIISet) -> ASCIISet {
        var union = self
        union.low |= other.low
        union.high |= other.high
        return union
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && contains(UInt8(scalar.value))
    }
}
