import DocumentModel

/// Where a scalar's text is in its event, for the readers that put a
/// scalar's text right from its source (`SurrogateEscapes`,
/// `UnicodeLineBreaks`), and where a node's text starts after its properties
/// (`TabPlacement`, `BlockScalarHeader`).
enum ScalarText {
    /// Where a scalar's text starts in its event: after its anchor, its
    /// tag and the blanks, line breaks and comments around them; for a block
    /// scalar, on the line after its header (where a `#` is text).
    static func start(of event: Range<Int>, in source: UnsafeBufferPointer<UInt8>) -> Int {
        let content = afterProperties(of: event, in: source)
        guard content < event.upperBound, source[content] == UInt8(ascii: "|") || source[content] == UInt8(ascii: ">")
        else { return content }
        let lineEnd = endOfLine(from: content, before: event.upperBound, in: source)
        return lineEnd < event.upperBound ? lineEnd + 1 : lineEnd
    }

    /// Where a node's own text starts in its event (a quote, a block
    /// scalar's `|` or `>`, a flow collection's bracket): after its anchor,
    /// its tag and the blanks, line breaks and comments around them.
    /// `property` is given the offset of each property's `&` or `!`, in order.
    static func afterProperties(
        of event: Range<Int>, in source: UnsafeBufferPointer<UInt8>, _ property: (Int) -> Void = { _ in }
    ) -> Int {
        var offset = event.lowerBound
        while offset < event.upperBound {
            switch source[offset] {
            case UInt8(ascii: "&"), UInt8(ascii: "!"):
                property(offset)
                while offset < event.upperBound, !isBlankOrBreak(source[offset]) { offset += 1 }
            case UInt8(ascii: "#"):
                offset = endOfLine(from: offset, before: event.upperBound, in: source)
            case let byte where isBlankOrBreak(byte):
                offset += 1
            default:
                return offset
            }
        }
        return offset
    }

    /// The line break (or `end`) the line holding `offset` ends at.
    private static func endOfLine(from offset: Int, before end: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = offset
        while offset < end, source[offset] != 0x0A, source[offset] != 0x0D { offset += 1 }
        return offset
    }

    private static func isBlankOrBreak(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

/// A scalar's text as the AWS CLI reads it, put right after a patch
/// (`FlowColons`, `UnicodeLineBreaks`), and what PyYAML makes of it where
/// that differs.
struct RestoredScalar {
    let text: String
    let pyyaml: PyYAMLReading?
}
