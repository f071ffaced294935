import DocumentModel

/// A block scalar's header (`|`, `>-`, `|2+`): libyaml reads a comment that
/// starts right after it, with no space between (`|-#c`), which ruamel.yaml
/// and PyYAML both refuse ("expected chomping or indentation indicators, but
/// found '#'"). A tab right after it is refused by `TabPlacement`.
enum BlockScalarHeader {
    /// The error for a `#` right after the header of the block scalar whose
    /// event spans `event`; nil for any other header.
    static func commentWithoutSpace(in event: Range<Int>, lines: LineIndex) -> SyntaxError? {
        let bytes = lines.bytes
        let indicator = ScalarText.afterProperties(of: event, in: bytes)
        guard indicator < event.upperBound, bytes[indicator] == UInt8(ascii: "|") || bytes[indicator] == UInt8(ascii: ">")
        else { return nil }
        var offset = indicator + 1
        // At most a chomping and an indentation indicator, in either order.
        for _ in 0..<2 where offset < event.upperBound && isIndicator(bytes[offset]) { offset += 1 }
        guard offset < event.upperBound, bytes[offset] == UInt8(ascii: "#") else { return nil }
        return SyntaxError(
            message: "the AWS CLI's YAML loader and PyYAML cannot read a comment right after a block scalar's "
                + "header (expected chomping or indentation indicators, but found '#'); put a space before the '#'",
            position: lines.position(byteOffset: offset))
    }

    private static func isIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte)
    }
}
