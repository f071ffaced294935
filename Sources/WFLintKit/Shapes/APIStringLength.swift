import DocumentModel

/// A string's length as the two validators of a request count it.
///
/// botocore's `ParamValidator` checks only a string's `min`, with Python's
/// `len()`: Unicode scalars. The service's validators are Java and check
/// `min` and `max` with `String.length()`: UTF-16 code units, so a character
/// outside the Basic Multilingual Plane (an emoji) counts twice there. A value
/// passes only if it passes both.
struct APIStringLength {
    /// Python's `len()`.
    let scalars: Int
    /// Java's `String.length()`.
    let utf16Units: Int

    init(_ text: String) {
        let counts = text.utf8.withContiguousStorageIfAvailable(Self.counts)
            ?? Array(text.utf8).withUnsafeBufferPointer(Self.counts)
        scalars = counts.scalars
        utf16Units = counts.utf16Units
    }

    /// Both counts in one pass over valid UTF-8: every byte but a
    /// continuation byte starts a scalar, and a scalar of four bytes is two
    /// UTF-16 units. Walking the string's scalars took 27 instructions a
    /// byte, most of the lint of a 50 MB value.
    private static func counts(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: Int, utf16Units: Int) {
        var continuations = 0
        var fourByteLeads = 0
        for byte in bytes {
            continuations &+= byte & 0xC0 == 0x80 ? 1 : 0
            fourByteLeads &+= byte >= 0xF0 ? 1 : 0
        }
        let scalars = bytes.count - continuations
        // A lone surrogate's stand-in (`LoneSurrogate`) is four bytes and one unit, as the surrogate is.
        let standIns = fourByteLeads == 0 ? 0 : bytes.indices.count { LoneSurrogate.startsStandIn(bytes, at: $0) }
        return (scalars, scalars + fourByteLeads - standIns)
    }

    /// Whether both validators accept the length under `shape`'s bounds.
    /// UTF-16 units are never fewer than scalars, so botocore's `min` is the
    /// stricter lower bound and the service's `max` the only upper one.
    func isAllowed(by shape: Shape) -> Bool {
        (shape.min.map { scalars >= $0 } ?? true) && (shape.max.map { utf16Units <= $0 } ?? true)
    }

    /// What a message says it got: the character count, and the UTF-16 count
    /// when that differs.
    var described: String {
        scalars == utf16Units ? "\(scalars)" : "\(scalars) characters (\(utf16Units) UTF-16 code units)"
    }
}
