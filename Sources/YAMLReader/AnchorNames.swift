import DocumentModel

/// Anchor and alias names that the AWS CLI's loader reads longer than libyaml.
///
/// libyaml's names are letters, digits, `-` and `_`, and it ends one without
/// an error at `:`, `?`, `%`, `@` or `` ` ``. ruamel.yaml (YAML 1.2) takes
/// any printable character but a blank and `,[]{}` into a name, those five
/// included. So where one follows a name directly, the two read different
/// documents, and libyaml's reading is silently wrong: `*x: 2` is a pair
/// keyed by the alias to libyaml (and PyYAML), and the undefined alias `x:`
/// to the AWS CLI, which refuses the document; `&x:y team-a` is the anchor
/// `x:y` on `team-a` to the AWS CLI, and to libyaml the anchor `x` on the
/// text `:y team-a`. wflint cannot read such a name as the AWS CLI does, so it
/// refuses it, at the character where the readings part. (A character libyaml
/// stops at with an error, `&x.y`, is refused by libyaml itself.)
enum AnchorNames {
    /// How each of these errors begins. The name it quotes is text of the
    /// source, maybe of a secret (`SyntaxError.quotesSource`).
    static let messageStart = "the AWS CLI's YAML loader reads this "

    /// The error for the alias event spanning `event` (from its `*` to the
    /// end of the name libyaml read).
    static func aliasError(name: String, event: Range<Int>, lines: LineIndex) -> SyntaxError? {
        guard let longer = awsCLIName(startingAt: event.lowerBound + 1, lines: lines), longer != name else { return nil }
        let parting = partingCharacter(at: event.upperBound, lines: lines)
        return SyntaxError(
            message: messageStart + "alias as '*\(longer)' (in YAML 1.2 a name may hold "
                + "\(parting)), which names no anchor wflint can read; put a space before the \(parting)",
            position: lines.position(byteOffset: event.upperBound), quotesSource: true)
    }

    /// The error for the anchor `name` among the properties that start the
    /// node event spanning `event` (its anchor and tag, in either order).
    static func anchorError(name: String, inEvent event: Range<Int>, lines: LineIndex) -> SyntaxError? {
        guard let ampersand = anchorOffset(in: event, bytes: lines.bytes) else { return nil }
        let end = ampersand + 1 + name.utf8.count
        guard let longer = awsCLIName(startingAt: ampersand + 1, lines: lines), longer != name else { return nil }
        return SyntaxError(
            message: messageStart + "anchor as '&\(longer)' (in YAML 1.2 a name may hold "
                + "\(partingCharacter(at: end, lines: lines))), where libyaml, and so wflint, ends it at '&\(name)'; "
                + "use only letters, digits, hyphens and underscores in the name",
            position: lines.position(byteOffset: end), quotesSource: true)
    }

    /// libyaml's own refusal of a name, said as the loaders' difference:
    /// it stops with an error at a character the AWS CLI's loader takes into
    /// the name (`&cognito.main`, `&café`, `*x%y`), and said only that it
    /// found no alphanumeric character while it scanned the name, or no
    /// token right after it. `offset` is where libyaml stopped; the name is
    /// what is written right before it after `&` or `*`. Only for those two
    /// problems: after other ones (`x *ref: y`, a plain scalar) no name is
    /// being read.
    static func refusedNameError(problem: String, context: String?, at offset: Int, lines: LineIndex) -> SyntaxError? {
        let inName = problem == "did not find expected alphabetic or numeric character"
            && (context == "while scanning an anchor" || context == "while scanning an alias")
        guard inName || problem == "found character that cannot start any token" else { return nil }
        let problem = offset
        let bytes = lines.bytes
        var start = problem
        while start > 0, isLibYAMLNameByte(bytes[start - 1]) { start -= 1 }
        guard start > 0, bytes[start - 1] == UInt8(ascii: "&") || bytes[start - 1] == UInt8(ascii: "*"),
            start == 1 || isBeforeProperty(bytes[start - 2]),
            let longer = awsCLIName(startingAt: start, lines: lines), longer.utf8.count > problem - start
        else { return nil }
        let isAnchor = bytes[start - 1] == UInt8(ascii: "&")
        let what = isAnchor ? "anchor" : "alias"
        let sigil = isAnchor ? "&" : "*"
        let advice = isAnchor ? "in the name" : "in the name, and in its anchor's"
        return SyntaxError(
            message: messageStart + "\(what) as '\(sigil)\(longer)' (in YAML 1.2 a name may hold "
                + "\(partingCharacter(at: problem, lines: lines))), which libyaml, and so wflint, cannot read; "
                + "use only letters, digits, hyphens and underscores \(advice)",
            position: lines.position(byteOffset: problem), quotesSource: true)
    }

    /// A byte of a name libyaml reads: a letter, a digit, `-` or `_`.
    private static func isLibYAMLNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// Whether a node's properties may start after `byte`: a blank, a line
    /// break, or a flow indicator (`[&a.b x]`).
    private static func isBeforeProperty(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0A, 0x0D, UInt8(ascii: "["), UInt8(ascii: "{"),
            UInt8(ascii: ","):
            true
        default: false
        }
    }

    /// The character after libyaml's name, quoted: one of `:?%@` and a backquote.
    /// The character at `offset`, quoted; an invisible one (U+2028 pasted
    /// with text) as its code point. Decoded whole: its first byte alone
    /// showed U+2028 as 'â'.
    private static func partingCharacter(at offset: Int, lines: LineIndex) -> String {
        let bytes = lines.bytes
        var end = offset + 1
        while end < bytes.count, end < offset + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
            .unicodeScalars.first
        else { return "'?'" }
        return scalar.isControlOrLineSeparator || scalar.isInvisibleInText ? "U+\(scalar.hexDigits)" : "'\(scalar)'"
    }

    /// The name ruamel.yaml reads from `start` (just after the `&` or `*`).
    private static func awsCLIName(startingAt start: Int, lines: LineIndex) -> String? {
        let bytes = lines.bytes
        var end = start
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        guard end > start else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// A byte of a name ruamel.yaml reads: printable ASCII but `,[]{}`, or
    /// any byte of a non-ASCII character (where the two differ, libyaml
    /// itself refuses the name, so the last character's exact class does not
    /// matter here).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): false
        case 0x21...0x7E, 0x80...: true
        default: false
        }
    }

    /// Where the `&` of the node's anchor is, among the properties its
    /// event starts with (a tag perhaps first).
    private static func anchorOffset(in event: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var ampersand: Int?
        _ = ScalarText.afterProperties(of: event, in: bytes) { if bytes[$0] == UInt8(ascii: "&") { ampersand = $0 } }
        return ampersand
    }
}
