/// A built-in pack's text without its rules' `examples:` blocks, for a lint
/// run, which needs none of them: they are half of the packs' text, and
/// parsing that text is most of a one-file run's start-up.
///
/// The blocks become empty lines rather than vanishing, so every position in
/// the pack (a rule's id, its `first defined at` in an error) stays the same.
/// This is a line-based cut, and safe only for the built-in packs, whose
/// layout a test holds to it (each `examples:` key alone on its line, its
/// content indented below it); users' packs are always read whole. It works
/// on UTF-8 bytes: a cut over `Character`s cost more than the parse it saves.
enum LintOnlyPackText {
    static func removingExamples(from text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var blockIndent: Int?
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            let line = bytes[start..<end]
            let indent = line.prefix { $0 == space }.count
            let isBlank = indent == line.count
            if let open = blockIndent, isBlank || indent > open {
                // Inside the examples block: keep only the line break.
            } else if line.dropFirst(indent).elementsEqual(examplesKey) {
                blockIndent = indent
            } else {
                blockIndent = nil
                output += line
            }
            if end < bytes.count { output.append(newline) }
            start = end + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let examplesKey = Array("examples:".utf8)
}
