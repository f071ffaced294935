/// A lone UTF-16 surrogate, as a value holds it.
///
/// JSON (`"abc\ud800"`) and YAML's double-quoted escapes can spell a
/// surrogate without its pair. Python's loaders read it as a code unit of its
/// own, botocore sends it on as the same escape, and the service's Java
/// strings hold it. A Swift string holds Unicode scalars only, so each of the
/// 2,048 surrogates stands as one code point of plane 16's private use area,
/// U+10D800 to U+10DFFF, which no YAML or JSON text holds by accident: two
/// different lone surrogates stay two different keys, ids and tag keys, and a
/// fix can tell that the value holds one.
///
/// A stand-in counts as one UTF-16 unit (`APIStringLength`), as the
/// surrogate does; no pattern of the model tells the two apart (`.*` takes
/// both, `\p{L}` neither). Messages write it as the escape (`\uD800`).
public enum LoneSurrogate {
    static let base: UInt32 = 0x10_0000

    /// The stand-in for `codeUnit`, one of U+D800 to U+DFFF.
    public static func standIn(for codeUnit: UInt32) -> Unicode.Scalar {
        precondition((0xD800...0xDFFF).contains(codeUnit), "not a surrogate")
        return Unicode.Scalar(base + codeUnit)!
    }

    /// The surrogate `scalar` stands for, if it is a stand-in.
    public static func codeUnit(of scalar: Unicode.Scalar) -> UInt32? {
        (base + 0xD800...base + 0xDFFF).contains(scalar.value) ? scalar.value - base : nil
    }

    /// Whether the UTF-8 bytes at `index` start a stand-in: `F4 8D A0..BF`.
    public static func startsStandIn(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 3 < bytes.count && bytes[index] == 0xF4 && bytes[index + 1] == 0x8D && bytes[index + 2] >= 0xA0
    }
}
