import DocumentModel

/// One replacement of a document's text, as an editor applies it: the bytes
/// it replaces, the same span in lines and columns (columns count Unicode
/// scalars, as findings do; the server converts them to the client's
/// encoding), and the new text.
public struct EditorEdit: Sendable, Hashable, CustomStringConvertible {
    public let bytes: ByteRange
    public let range: SourceRange
    public let newText: String

    /// `edit`, placed in `text`.
    init(_ edit: TextEdit, in text: SourceText) {
        bytes = edit.range
        range = text.range(of: edit.range)
        newText = edit.replacement
    }

    public var description: String { "\(range) -> \"\(newText)\"" }
}

extension Array where Element == EditorEdit {
    /// `bytes` with every edit (which do not overlap) applied.
    public func applied(to bytes: [UInt8]) -> [UInt8] {
        FixSelection.apply(edits: map { TextEdit(range: $0.bytes, replacement: $0.newText) }, to: bytes)
    }
}
