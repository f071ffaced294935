/// A byte that is not UTF-8, said the same way by every reader (JSON, HCL,
/// YAML, and the configuration, rule packs and baselines): at the first byte
/// of the bad sequence, the one a hex dump shows as the culprit, whatever
/// byte the reader happened to stop at.
public enum InvalidUTF8 {
    /// `invalid UTF-8 byte 0xE9`.
    public static func message(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "invalid UTF-8 byte 0x\(hex.count < 2 ? "0" + hex : hex)"
    }

    /// The offset of the first byte of the first sequence in `bytes[start..<end]`
    /// that is not UTF-8 as RFC 3629 has it (no overlong form, surrogate or
    /// value past U+10FFFF, nothing cut short by `end`); nil when all of it is.
    /// `start` must be where a character starts.
    public static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        var index = start
        while index < end {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = UnsafeBufferPointer(rebasing: bytes[index..<end]).makeIterator()
            guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return index }
            index += encoded.count
        }
        return nil
    }

    /// The error for the first byte of `bytes` that is not UTF-8, at its line
    /// and column; nil when every byte is. For a file read whole as text (a
    /// configuration, a rule pack), where decoding would quietly make
    /// U+FFFD of it.
    public static func error(in bytes: UnsafeBufferPointer<UInt8>) -> SyntaxError? {
        guard let offset = firstOffset(in: bytes) else { return nil }
        let position = LineTable(bytes, countingCharacters: false).position(ofByte: offset, in: bytes)
        return SyntaxError(message: message(bytes[offset]), position: position)
    }
}
