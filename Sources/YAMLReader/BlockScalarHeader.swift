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

    /// libyaml's refusal of a tab after the spaces that start a block
    /// scalar's first line (`|-` then `  <TAB>abc`), when it reads the
    /// scalar's indentation from that line: both loaders read the tab as the
    /// text's first character (`"\tabc"`). wflint cannot, so it says why and
    /// what reads the same: an indentation indicator (`|2-`, relative to the
    /// parent node's indentation, so not counted here), with which libyaml
    /// reads it too. A tab with no space before it is refused by
    /// both loaders as well, in libyaml's words.
    static func tabAfterIndentation(problem: String, context: String?, at offset: Int, lines: LineIndex) -> SyntaxError? {
        guard problem == "found a tab character where an indentation space is expected",
            context == "while scanning a block scalar", offset < lines.bytes.count, lines.bytes[offset] == 0x09
        else { return nil }
        let lineStart = lines.lineStart(ofByte: offset)
        let indentation = lines.bytes[lineStart..<offset]
        guard !indentation.isEmpty, indentation.allSatisfy({ $0 == UInt8(ascii: " ") }) else { return nil }
        return SyntaxError(
            message: "the AWS CLI's YAML loader reads this tab as the block scalar's first character, but libyaml, and "
                + "so wflint, cannot read a tab after the spaces that set its indentation; give the header an "
                + "indentation indicator (the text's indentation past its parent's, as in |2-), or write the value "
                + "double-quoted with \\t",
            position: lines.position(byteOffset: offset))
    }

    private static func isIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte)
    }
}
