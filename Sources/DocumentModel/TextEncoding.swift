/// wflint reads UTF-8 only (positions count UTF-8-decoded characters). A file
/// saved as UTF-16 or UTF-32, as some Windows editors do, would otherwise fail
/// on its first byte with a puzzling "invalid UTF-8 byte 0xFF".
public enum TextEncoding {
    private static let byteOrderMarks: [(name: String, bytes: [UInt8])] = [
        // UTF-32LE first: its mark begins with UTF-16LE's.
        ("UTF-32LE", [0xFF, 0xFE, 0x00, 0x00]), ("UTF-32BE", [0x00, 0x00, 0xFE, 0xFF]),
        ("UTF-16LE", [0xFF, 0xFE]), ("UTF-16BE", [0xFE, 0xFF]),
    ]

    /// The error for a file that starts with a UTF-16 or UTF-32 byte-order
    /// mark, at 1:1; nil for anything else.
    public static func unsupportedByteOrderMark(in bytes: UnsafeBufferPointer<UInt8>) -> SyntaxError? {
        guard let mark = byteOrderMarks.first(where: { bytes.starts(with: $0.bytes) }) else { return nil }
        let hex = mark.bytes.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        return SyntaxError(
            message: "the file is \(mark.name) text (it starts with the byte-order mark \(hex.joined(separator: " "))); "
                + "wflint reads UTF-8 only: convert it, e.g. with iconv -f \(mark.name) -t UTF-8",
            position: .start)
    }
}
