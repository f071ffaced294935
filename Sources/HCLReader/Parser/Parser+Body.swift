import DocumentModel

/// The structural language: bodies, attributes and blocks, where line ends
/// separate items.
extension Parser {
    /// The items of the file (`openBrace` nil) or of the block whose `{` is
    /// at `openBrace`, up to and including its `}`.
    mutating func parseBodyItems(openedBy openBrace: (offset: Int, type: String)?) throws(HCLSyntaxError) -> [HCLBodyItem] {
        var items: [HCLBodyItem] = []
        // Each attribute's name, at its first definition.
        var defined: [String: Int] = [:]
        while true {
            let token = try peek(true)
            switch token.kind {
            case .newline:
                take(token)
            case .endOfFile:
                guard let openBrace else { return items }
                throw expected(
                    "'}' to close the block '\(openBrace.type)' opened at \(place(openBrace.offset))", found: token)
            case .symbol(.closeBrace) where openBrace != nil:
                take(token)
                return items
            case .identifier:
                items.append(try parseBodyItem(token, inOneLineBlock: false, defined: &defined))
            case .quote:
                throw failure(
                    "expected an attribute or block name, found a quoted string: attribute names are not quoted",
                    at: token.start)
            default:
                throw expected("an attribute or block name", found: token)
            }
        }
    }

    /// An attribute or block starting with the identifier `nameToken`. An
    /// attribute whose name is in `defined` (the body's attributes so far)
    /// is an error at its name once its value is read, as hclsyntax's
    /// parser reports it ("Attribute redefined"): Terraform refuses the file
    /// (but in a block the caller checks itself, `repeatable`).
    private mutating func parseBodyItem(
        _ nameToken: Token, inOneLineBlock: Bool, defined: inout [String: Int]
    ) throws(HCLSyntaxError) -> HCLBodyItem {
        take(nameToken)
        try countNode(at: nameToken.start)
        let name = HCLName(text: text(nameToken), range: nameToken.range)
        let next = try peek(true)
        switch next.kind {
        case .symbol(.equals):
            take(next)
            // What follows the value on its line is in the error's context too: it may be more of it.
            context.append(name.text)
            let value = try parseExpression(true)
            if !inOneLineBlock { try expectEndOfLine(after: "the value of '\(name.text)'") }
            if !mayRepeatArguments, let first = defined.updateValue(name.range.start, forKey: name.text) {
                throw failure(
                    "the argument\(quoted(name.text)) was already set at \(place(first)); each argument may be set only once",
                    at: name.range.start)
            }
            context.removeLast()
            return .attribute(HCLAttribute(name: name, value: value, range: ByteRange(start: name.range.start, end: value.range.end)))
        case .quote, .identifier, .symbol(.openBrace):
            if inOneLineBlock {
                throw failure(
                    "a one-line block holds a single attribute: put the block '\(name.text)' on a line of its own "
                        + "in a block written over several lines", at: name.range.start)
            }
            return .block(try parseBlock(type: name))
        default:
            throw expected("'=' after the attribute name\(quoted(name.text)), or labels and '{' after the block type", found: next)
        }
    }

    /// An item ends at a line end or at the end of the file.
    private mutating func expectEndOfLine(after what: String) throws(HCLSyntaxError) {
        let token = try peek(true)
        switch token.kind {
        case .newline: take(token)
        case .endOfFile: break
        case .symbol(.comma):
            throw failure("expected a newline after \(what), found ',': attributes are separated by newlines", at: token.start)
        default:
            throw expected("a newline after \(what)", found: token)
        }
    }

    /// A block's labels and body, after its type.
    private mutating func parseBlock(type: HCLName) throws(HCLSyntaxError) -> HCLBlock {
        var labels: [HCLLabel] = []
        let outerContext = context
        context.append(type.text)
        var token = try peek(true)
        while !token.is(.openBrace) {
            switch token.kind {
            case .quote:
                labels.append(try parseQuotedLabel(at: token))
                context.append(labels[labels.count - 1].value)
            case .identifier:
                take(token)
                try countNode(at: token.start)
                labels.append(HCLLabel(value: text(token), isQuoted: false, range: token.range))
                context.append(text(token))
            case .newline:
                // `name "value"` on its own line is more often an attribute
                // missing its '=' than a block missing its body.
                let attribute = labels.count == 1 && labels[0].isQuoted
                    ? " (an attribute is written '\(quotesSource ? type.text : "NAME") = \"...\"')" : ""
                throw failure(
                    "expected '{' on the line of the block header\(quoted(type.text)), found a newline\(attribute)",
                    at: token.start)
            default:
                throw expected("a label or '{' after the block type\(quoted(type.text))", found: token)
            }
            token = try peek(true)
        }
        take(token)
        try enter(at: token.start)
        let outerMayRepeat = mayRepeatArguments
        if let repeatable = settings.repeatable, type.text == repeatable.type, labels.first?.value == repeatable.label {
            mayRepeatArguments = true
        }
        let body = try parseBlockBody(openBrace: token.start, type: type.text)
        mayRepeatArguments = outerMayRepeat
        leave()
        context = outerContext
        try expectEndOfLine(after: "the '}' of the block '\(type.text)'")
        return HCLBlock(type: type, labels: labels, body: body, range: ByteRange(start: type.range.start, end: body.range.end))
    }

    /// Everything after a block's `{`: lines of items, or one attribute and
    /// `}` on the same line.
    private mutating func parseBlockBody(openBrace: Int, type: String) throws(HCLSyntaxError) -> HCLBody {
        let first = try peek(true)
        switch first.kind {
        case .newline, .endOfFile, .symbol(.closeBrace):
            let items = try parseBodyItems(openedBy: (openBrace, type))
            return HCLBody(items: items, range: ByteRange(start: openBrace, end: offset))
        case .identifier:
            var defined: [String: Int] = [:]
            let item = try parseBodyItem(first, inOneLineBlock: true, defined: &defined)
            let close = try peek(true)
            switch close.kind {
            case .symbol(.closeBrace):
                take(close)
                return HCLBody(items: [item], range: ByteRange(start: openBrace, end: close.end))
            case .symbol(.comma), .newline:
                let found = close.kind == .newline ? "a newline" : "','"
                throw failure(
                    "expected '}' after the attribute of the one-line block '\(type)', found \(found): "
                        + "a block on one line holds a single attribute; write more on lines of their own",
                    at: close.start)
            default:
                throw expected("'}' after the attribute of the one-line block '\(type)'", found: close)
            }
        default:
            throw expected("a newline, an attribute or '}' after the '{' of the block '\(type)'", found: first)
        }
    }

    /// A quoted block label: escapes, but no template sequences.
    private mutating func parseQuotedLabel(at quote: Token) throws(HCLSyntaxError) -> HCLLabel {
        let label = try parseQuotedTemplate(at: quote.start)
        guard case .template(let template) = label.kind, let value = template.literalValue else {
            let sequence = (label.templateParts ?? []).first { if case .literal = $0.kind { false } else { true } }
            throw failure(
                "a block label is a plain string: it cannot hold '${' or '%{' (write '$${' or '%%{' for the text)",
                at: sequence?.range.start ?? label.range.start)
        }
        return HCLLabel(value: value, isQuoted: true, range: label.range)
    }
}

extension HCLExpression {
    var templateParts: [HCLTemplatePart]? {
        if case .template(let template) = kind { template.parts } else { nil }
    }
}
