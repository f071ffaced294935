import DocumentModel

/// Where a document may hold a tab, as the AWS CLI's loader (ruamel.yaml)
/// reads YAML: inside a quoted or block scalar, anywhere in a flow
/// collection, and in a comment. Anywhere else in block context (after a
/// value, before a comment, after `key:` or `-`, inside a plain scalar, on an
/// otherwise blank line) ruamel.yaml and PyYAML both stop with "found
/// character '\t' that cannot start any token"; libyaml reads it as white
/// space, so wflint checks it here (issue 10: verdicts as the AWS CLI's).
struct TabPlacement {
    /// Quoted and block scalars, and flow collections, of the current document.
    private var tolerant: [SourceRange] = []
    private var documentStart = 0

    mutating func startDocument(atByte offset: Int) {
        tolerant.removeAll(keepingCapacity: true)
        documentStart = offset
    }

    mutating func allowTabs(in range: SourceRange) {
        tolerant.append(range)
    }

    /// The first tab of the document (up to `end`) that the AWS CLI refuses.
    func firstRefusedTab(endingAtByte end: Int, lines: LineIndex) -> SyntaxError? {
        let bytes = lines.bytes
        var offset = documentStart
        while offset < min(end, bytes.count) {
            guard let tab = bytes[offset..<min(end, bytes.count)].firstIndex(of: UInt8(ascii: "\t")) else { return nil }
            let position = lines.position(byteOffset: tab)
            if !isTolerated(position) && !followsComment(tab, lines: lines) {
                return SyntaxError(
                    message: "a tab here cannot be read by the AWS CLI's YAML loader, nor by PyYAML "
                        + "(found character '\\t' that cannot start any token); use spaces",
                    position: position)
            }
            offset = tab + 1
        }
        return nil
    }

    private func isTolerated(_ position: SourcePosition) -> Bool {
        tolerant.contains { $0.start <= position && position < $0.end }
    }

    /// Whether a `#` that starts a comment (at the line's start or after a
    /// blank, outside every quoted or block scalar) comes before `tab` on its line.
    private func followsComment(_ tab: Int, lines: LineIndex) -> Bool {
        let bytes = lines.bytes
        let lineStart = lines.lineStart(ofByte: tab)
        var offset = lineStart
        while offset < tab {
            if bytes[offset] == UInt8(ascii: "#"),
                offset == lineStart || bytes[offset - 1] == UInt8(ascii: " ") || bytes[offset - 1] == UInt8(ascii: "\t"),
                !isTolerated(lines.position(byteOffset: offset))
            {
                return true
            }
            offset += 1
        }
        return false
    }
}
