import DocumentModel

/// The reader: a cursor over the bytes, a recursive descent whose every
/// nesting level is counted against `ReadLimits`, and the comments met.
struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    /// For errors' lines and columns (its comments are not known yet).
    let source: SourceText
    var offset: Int
    var comments: [HCLComment] = []
    private var budget: NodeBudget
    /// What the caller asked for beyond the limits, behind one reference.
    /// The parser stays as large as it was: a debug build keeps copies of it
    /// in the frames of the recursive descent, and 2,000 levels of them
    /// must fit the worker stack under ThreadSanitizer too (a 56-byte larger
    /// parser overflowed it in `HCLDepthCeilingTests`).
    let settings: Settings
    /// Open nesting levels (see `HCLReader`), at most `HCLReader.depthCeiling`.
    private var depth: Int32 = 0
    /// Open templates, each inside an interpolation of the one before.
    private var templateDepth: Int32 = 0
    /// The last token peeked, with where and how: peeking again is free.
    var peeked: (offset: Int, newlines: Bool, token: Token)?
    /// The blocks (type, labels), the attribute and the object keys being read: an error's `context`.
    var context: [String] = []
    /// Whether messages quote the text they found (`HCLReader.parse`).
    var quotesSource = true
    /// Whether the body being read is in a `settings.repeatable` block.
    var mayRepeatArguments = false

    /// The depth `ReadLimits` allows, which may be more than
    /// `HCLReader.depthCeiling`, and the blocks, by type and first label, in
    /// which an argument may be set again (`HCLReader.parse`).
    final class Settings {
        let configuredDepth: Int
        let repeatable: (type: String, label: String)?

        init(configuredDepth: Int, repeatable: (type: String, label: String)?) {
            self.configuredDepth = configuredDepth
            self.repeatable = repeatable
        }
    }

    init(
        _ bytes: UnsafeBufferPointer<UInt8>, source: SourceText, limits: ReadLimits,
        repeatable: (type: String, label: String)? = nil
    ) {
        self.bytes = bytes
        self.source = source
        settings = Settings(configuredDepth: limits.maximumDepth, repeatable: repeatable)
        var limits = limits
        limits.maximumDepth = min(limits.maximumDepth, HCLReader.depthCeiling)
        budget = NodeBudget(limits)
        offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The file's body. A byte that is not UTF-8 outside a comment is the
    /// error, at it, when the parse reached it (before any later error).
    mutating func parseFile() throws(HCLSyntaxError) -> HCLBody {
        let items: [HCLBodyItem]
        do {
            items = try parseBodyItems(openedBy: nil)
        } catch {
            if let bad = firstInvalidUTF8OutsideComments(before: error.offset + 1) { throw invalidUTF8(at: bad) }
            throw error
        }
        if let bad = firstInvalidUTF8OutsideComments(before: bytes.count) { throw invalidUTF8(at: bad) }
        return HCLBody(items: items, range: ByteRange(start: 0, end: bytes.count))
    }

    private func invalidUTF8(at offset: Int) -> HCLSyntaxError {
        failure(InvalidUTF8.message(bytes[offset]), at: offset)
    }

    // MARK: Limits

    /// Opens a nesting level at `offset`. Past the reader's own ceiling,
    /// when `limits.max-depth` allows more, the error names the ceiling: the
    /// configured limit was not what stopped the file.
    mutating func enter(at offset: Int) throws(HCLSyntaxError) {
        if depth >= HCLReader.depthCeiling && settings.configuredDepth > HCLReader.depthCeiling {
            throw depthFailure(
                "nesting deeper than \(HCLReader.depthCeiling) levels, the HCL reader's own ceiling, which "
                    + "\(ResourceLimit.depth.settingName) (\(settings.configuredDepth)) does not raise", at: offset)
        }
        do {
            try budget.checkDepth(openCollections: Int(depth), at: .start)
        } catch {
            throw placed(error, at: offset)
        }
        depth += 1
    }

    mutating func leave() { depth -= 1 }

    /// Opens a template: a nesting level, and a template level.
    mutating func enterTemplate(at offset: Int) throws(HCLSyntaxError) {
        guard templateDepth < HCLReader.maximumTemplateNesting else {
            throw depthFailure(
                "templates nested more than \(HCLReader.maximumTemplateNesting) deep (a string inside an "
                    + "interpolation of a string, and so on); the HCL reader stops there", at: offset)
        }
        try enter(at: offset)
        templateDepth += 1
    }

    /// A nesting bound of the reader's own, crossed at `offset`: a WF011.
    private func depthFailure(_ message: String, at offset: Int) -> HCLSyntaxError {
        HCLSyntaxError(
            offset: offset,
            syntaxError: SyntaxError(message: message, position: source.position(ofByte: offset), exceededLimit: .depth),
            context: context)
    }

    mutating func leaveTemplate() {
        leave()
        templateDepth -= 1
    }

    /// Counts one node of the tree, starting at `offset`.
    mutating func countNode(at offset: Int) throws(HCLSyntaxError) {
        do {
            try budget.countNode(at: .start)
        } catch {
            throw placed(error, at: offset)
        }
    }

    /// A node of the tree, counted.
    mutating func node(_ kind: HCLExpression.Kind, _ range: ByteRange) throws(HCLSyntaxError) -> HCLExpression {
        try countNode(at: range.start)
        return HCLExpression(kind: kind, range: range)
    }

    private func placed(_ error: SyntaxError, at offset: Int) -> HCLSyntaxError {
        HCLSyntaxError(
            offset: offset,
            syntaxError: SyntaxError(
                message: error.message, position: source.position(ofByte: offset), exceededLimit: error.exceededLimit),
            context: context)
    }

    // MARK: Errors

    func failure(_ message: String, at offset: Int) -> HCLSyntaxError {
        HCLSyntaxError(
            offset: offset, syntaxError: SyntaxError(message: message, position: source.position(ofByte: offset)),
            context: context)
    }

    /// `expected <what>, found <token>`, at the token.
    func expected(_ what: String, found token: Token) -> HCLSyntaxError {
        failure("expected \(what), found \(describe(token))", at: token.start)
    }

    /// `line:column` of an offset, for messages that name where something opened.
    func place(_ offset: Int) -> String { source.position(ofByte: offset).description }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    func text(_ token: Token) -> String { text(token.start..<token.end) }

    /// A token as a message shows it: quoted, or by its kind where the
    /// source is not quoted.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .endOfFile: return "the end of the file"
        case .newline: return "a newline"
        case .quote: return "'\"'"
        case .heredoc: return "a heredoc"
        case .other: return describeCharacter(at: token.start)
        case .identifier where !quotesSource: return "a name"
        case .number where !quotesSource: return "a number"
        case .symbol where !quotesSource: return "a symbol"
        case .identifier, .number, .symbol:
            let shown = text(token)
            return "'\(shown.count > 40 ? shown.prefix(40) + "..." : shown)'"
        }
    }

    /// ` 'text'`: a name from the source (an attribute's, a block type, a
    /// heredoc's marker) as a message quotes it after the word that says what
    /// it is; nothing where the source is not quoted (a pasted secret is read
    /// as an attribute's name).
    func quoted(_ text: String) -> String {
        quotesSource ? " '\(text)'" : ""
    }

    /// `'x'`, or `U+0009` for a control or invisible character; `a
    /// character` where the source is not quoted.
    func describeCharacter(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        guard quotesSource else { return "a character" }
        let scalar = scalar(at: offset).scalar
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isWhitespace {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "'\(Character(scalar))'"
    }
}
