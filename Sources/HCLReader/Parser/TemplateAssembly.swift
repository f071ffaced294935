import DocumentModel

/// One piece of a template as read, before stripping and nesting.
enum TemplateToken {
    /// Decoded text; in a heredoc, at most one line (its line end included).
    case literal(String, ByteRange)
    case interpolation(HCLExpression, HCLDirectiveTag)
    case directive(TemplateDirective, HCLDirectiveTag)

    var tag: HCLDirectiveTag? {
        switch self {
        case .literal: nil
        case .interpolation(_, let tag), .directive(_, let tag): tag
        }
    }
}

enum TemplateDirective {
    case openIf(HCLExpression)
    case otherwise
    case endIf
    case openFor(key: HCLName?, value: HCLName, collection: HCLExpression)
    case endFor
}

/// The steps HCL applies to a template's pieces, in its order: strip
/// markers, then a `<<-` heredoc's indentation, then neighbouring literals
/// joined, then directives nested.
extension Parser {
    mutating func assembleTemplate(
        _ tokens: [TemplateToken], indented: Bool, end: Int
    ) throws(HCLSyntaxError) -> [HCLTemplatePart] {
        var tokens = Self.stripped(tokens)
        if indented { Self.removeIndentation(&tokens) }
        return try nest(Self.joined(tokens), end: end)
    }

    /// `${~`/`%{~` trims the whitespace at the end of the literal just
    /// before; `~}` the whitespace at the start of the literal just after.
    private static func stripped(_ tokens: [TemplateToken]) -> [TemplateToken] {
        var tokens = tokens
        for index in tokens.indices {
            guard let strip = tokens[index].tag?.strip else { continue }
            if strip.leading, index > 0, case .literal(let text, let range) = tokens[index - 1] {
                tokens[index - 1] = .literal(String(text.unicodeScalars.reversed().drop(while: \.properties.isWhitespace).reversed().map(Character.init)), range)
            }
            if strip.trailing, index + 1 < tokens.count, case .literal(let text, let range) = tokens[index + 1] {
                tokens[index + 1] = .literal(String(String.UnicodeScalarView(text.unicodeScalars.drop(while: \.properties.isWhitespace))), range)
            }
        }
        return tokens
    }

    /// `<<-`: the fewest leading whitespace characters of any line (a line
    /// of whitespace only does not count; a line starting with a sequence
    /// counts as none) are removed from the start of every line.
    private static func removeIndentation(_ tokens: inout [TemplateToken]) {
        var fewest = Int.max
        var lineStarts: [Int] = []
        var atLineStart = true
        for (index, token) in tokens.enumerated() {
            let text: String?
            if case .literal(let literal, _) = token { text = literal } else { text = nil }
            if atLineStart {
                atLineStart = false
                if let text {
                    let leading = text.unicodeScalars.prefix(while: \.properties.isWhitespace).count
                    let blank = leading == text.unicodeScalars.count && text.hasSuffix("\n")
                    if !blank {
                        fewest = min(fewest, leading)
                        lineStarts.append(index)
                    }
                } else {
                    fewest = 0
                }
            }
            if let text, text.unicodeScalars.last == "\n" { atLineStart = true }
        }
        guard fewest > 0, fewest < Int.max else { return }
        for index in lineStarts {
            guard case .literal(let text, let range) = tokens[index] else { continue }
            tokens[index] = .literal(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(fewest))), range)
        }
    }

    private static func joined(_ tokens: [TemplateToken]) -> [TemplateToken] {
        var joined: [TemplateToken] = []
        for token in tokens {
            if case .literal(let text, let range) = token, case .literal(let previous, let previousRange)? = joined.last {
                joined[joined.count - 1] = .literal(previous + text, ByteRange(start: previousRange.start, end: range.end))
            } else {
                joined.append(token)
            }
        }
        return joined
    }

    /// Directives into their nested parts, with an explicit stack.
    private mutating func nest(_ tokens: [TemplateToken], end: Int) throws(HCLSyntaxError) -> [HCLTemplatePart] {
        struct Open {
            let directive: TemplateDirective
            let tag: HCLDirectiveTag
            var parts: [HCLTemplatePart] = []
            var then: [HCLTemplatePart]?
            var elseTag: HCLDirectiveTag?
        }
        var open: [Open] = []
        var root: [HCLTemplatePart] = []
        func add(_ part: HCLTemplatePart, _ open: inout [Open], _ root: inout [HCLTemplatePart]) {
            if open.isEmpty { root.append(part) } else { open[open.count - 1].parts.append(part) }
        }
        for token in tokens {
            switch token {
            case .literal(let text, let range):
                try countNode(at: range.start)
                add(HCLTemplatePart(kind: .literal(text), range: range), &open, &root)
            case .interpolation(let expression, let tag):
                try countNode(at: tag.range.start)
                add(HCLTemplatePart(kind: .interpolation(expression, strip: tag.strip), range: tag.range), &open, &root)
            case .directive(let directive, let tag):
                switch directive {
                case .openIf, .openFor:
                    try enter(at: tag.range.start)
                    open.append(Open(directive: directive, tag: tag))
                case .otherwise:
                    guard let top = open.last, case .openIf = top.directive, top.elseTag == nil else {
                        throw misplaced("'%{ else }'", tag, open.last.map { ($0.directive, $0.tag, $0.elseTag != nil) })
                    }
                    open[open.count - 1].then = top.parts
                    open[open.count - 1].parts = []
                    open[open.count - 1].elseTag = tag
                case .endIf, .endFor:
                    let isIf: Bool
                    if case .endIf = directive { isIf = true } else { isIf = false }
                    guard let top = open.last, isIf == { if case .openIf = top.directive { true } else { false } }() else {
                        throw misplaced(isIf ? "'%{ endif }'" : "'%{ endfor }'", tag, open.last.map { ($0.directive, $0.tag, false) })
                    }
                    open.removeLast()
                    leave()
                    try countNode(at: top.tag.range.start)
                    add(closed(top.directive, top.tag, then: top.then ?? top.parts, otherwise: top.then == nil ? nil : top.parts, elseTag: top.elseTag, endTag: tag), &open, &root)
                }
            }
        }
        if let top = open.last {
            let (name, closer) = { if case .openIf = top.directive { ("if", "endif") } else { ("for", "endfor") } }()
            throw failure(
                "the '%{ \(name) }' at \(place(top.tag.range.start)) has no '%{ \(closer) }' before the end of the template",
                at: end)
        }
        return root
    }

    private func closed(
        _ directive: TemplateDirective, _ tag: HCLDirectiveTag, then: [HCLTemplatePart], otherwise: [HCLTemplatePart]?,
        elseTag: HCLDirectiveTag?, endTag: HCLDirectiveTag
    ) -> HCLTemplatePart {
        let range = ByteRange(start: tag.range.start, end: endTag.range.end)
        switch directive {
        case .openIf(let condition):
            let node = HCLTemplateIf(
                condition: condition, then: then, otherwise: otherwise, ifTag: tag, elseTag: elseTag, endTag: endTag)
            return HCLTemplatePart(kind: .conditional(node), range: range)
        case .openFor(let key, let value, let collection):
            let node = HCLTemplateFor(
                keyVariable: key, valueVariable: value, collection: collection, body: then, forTag: tag, endTag: endTag)
            return HCLTemplatePart(kind: .loop(node), range: range)
        default:
            preconditionFailure("only if and for directives open")
        }
    }

    /// An `else`, `endif` or `endfor` where the open directive (if any) does not take it.
    private func misplaced(
        _ what: String, _ tag: HCLDirectiveTag, _ open: (directive: TemplateDirective, tag: HCLDirectiveTag, hasElse: Bool)?
    ) -> HCLSyntaxError {
        guard let open else { return failure("\(what) without an open '%{ if }' or '%{ for }'", at: tag.range.start) }
        let place = place(open.tag.range.start)
        switch open.directive {
        case .openIf where open.hasElse:
            return failure("\(what) after the '%{ else }' of the '%{ if }' at \(place), which ends with '%{ endif }'", at: tag.range.start)
        case .openIf:
            return failure("\(what) where the '%{ if }' at \(place) needs its '%{ endif }'", at: tag.range.start)
        default:
            return failure("\(what) where the '%{ for }' at \(place) needs its '%{ endfor }'", at: tag.range.start)
        }
    }
}
