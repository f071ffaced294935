import CYAML
import DocumentModel

/// A byte-order mark (U+FEFF) at the start of a line after the file's first
/// character, which libyaml skips and the AWS CLI's loader reads as text.
///
/// libyaml skips a U+FEFF wherever it stands at column 0 between two tokens
/// ("Allow the BOM mark to start a line"). ruamel.yaml and PyYAML skip one
/// only as the stream's first character; anywhere else it is a character,
/// which starts a plain scalar: the AWS CLI refuses the document ("could not
/// find expected ':'") or reads a key of its own (`\u{FEFF}WorkforceName`,
/// which botocore refuses). Such a mark comes with a file saved with one and
/// pasted or concatenated after another (`cat a.yaml b.yaml`). Inside a
/// scalar (a quoted one's next line) both read it as text, and so does wflint.
enum LineStartByteOrderMarks {
    static let message =
        "byte-order mark U+FEFF at the start of a line: the AWS CLI's YAML loader reads it as text here "
        + "(it skips one only as the file's first character); remove it"

    /// The first mark in `range` of `text` that libyaml skips (at column 0,
    /// outside any scalar); nil when there is none, or when libyaml's token
    /// scanner stops (at an error) before it, where the error comes first.
    /// `marks`: the file's marks at line starts, which the pass that found
    /// its lines noted (`LineTable`); none in nearly every file, which this
    /// then does not read again.
    static func firstSkipped(in text: UnsafeBufferPointer<UInt8>, segment: Segment, marks: [Int]) -> Int? {
        let candidates = marks.filter(segment.bytes.contains)
        guard !candidates.isEmpty else { return nil }
        var cursor = CharacterCursor(segment: segment, text: text)
        var next = 0
        var skipped: Int?
        try? LibYAMLParser.withParser(over: UnsafeBufferPointer(rebasing: text[segment.bytes])) { parser in
            var token = yaml_token_t()
            while skipped == nil, next < candidates.count, yaml_parser_scan(parser, &token) == 1 {
                defer { yaml_token_delete(&token) }
                if token.type == YAML_NO_TOKEN { return }
                let start = cursor.byte(ofCharacter: segment.characterOrigin + token.start_mark.index, in: text)
                // A mark before this token's start lies between tokens: libyaml skipped it.
                if candidates[next] < start {
                    skipped = candidates[next]
                    return
                }
                if token.type == YAML_STREAM_END_TOKEN { return }
                guard token.type == YAML_SCALAR_TOKEN else { continue }
                let end = cursor.byte(ofCharacter: segment.characterOrigin + token.end_mark.index, in: text)
                while next < candidates.count, candidates[next] < end { next += 1 }
            }
            // The scan stopped at an error past a mark (`<U+FEFF>%x`, a tab
            // after it): libyaml skipped the mark before the token it was
            // scanning (where its context starts: a quoted scalar left open
            // holds the marks after its quote).
            guard skipped == nil, next < candidates.count, parser.pointee.error != YAML_NO_ERROR else { return }
            let scanner = parser.pointee
            let stop = scanner.context == nil ? scanner.problem_mark.index : min(scanner.context_mark.index, scanner.problem_mark.index)
            if candidates[next] < cursor.byte(ofCharacter: segment.characterOrigin + stop, in: text) { skipped = candidates[next] }
        }
        return skipped
    }
}
