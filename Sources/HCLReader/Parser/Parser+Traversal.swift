import DocumentModel

/// Attribute access, indexes and splats after a term: one flat list of steps.
extension Parser {
    mutating func parseTraversal(of base: HCLExpression, _ newlines: Bool) throws(HCLSyntaxError) -> HCLExpression {
        var steps: [HCLTraversalStep] = []
        // After `.*`, until a `[`: HCL has no splat inside an attribute splat.
        var inAttributeSplat = false
        while true {
            let token = try peek(newlines)
            let step: HCLTraversalStep
            if token.is(.dot) {
                take(token)
                step = try parseDotStep(dot: token, newlines, inAttributeSplat: inAttributeSplat)
                if case .attributeSplat = step.kind { inAttributeSplat = true }
            } else if token.is(.openBracket) {
                take(token)
                step = try parseBracketStep(open: token)
                inAttributeSplat = false
            } else {
                break
            }
            try countNode(at: step.range.start)
            steps.append(step)
        }
        guard let last = steps.last else { return base }
        return try node(.traversal(base, steps), ByteRange(start: base.range.start, end: last.range.end))
    }

    /// `.name`, the legacy index `.0`, or the attribute splat `.*`.
    private mutating func parseDotStep(
        dot: Token, _ newlines: Bool, inAttributeSplat: Bool
    ) throws(HCLSyntaxError) -> HCLTraversalStep {
        let token = try peek(newlines)
        take(token)
        let range = ByteRange(start: dot.start, end: token.end)
        switch token.kind {
        case .identifier:
            return HCLTraversalStep(kind: .attribute(text(token)), range: range)
        case .number:
            let digits = text(token)
            if let dotIndex = digits.firstIndex(of: ".") {
                throw failure(
                    "the legacy index '.\(digits)' chains two indexes, which HCL does not allow: "
                        + "write [\(digits[..<dotIndex])][\(digits[digits.index(after: dotIndex)...])]",
                    at: token.start)
            }
            guard let number = numberLiteral(token) else { throw failure("invalid number \(describe(token))", at: token.start) }
            return HCLTraversalStep(kind: .index(try node(.number(number), token.range)), range: range, isLegacyIndex: true)
        case .symbol(.star):
            if inAttributeSplat {
                throw failure("a splat '.*' cannot follow another '.*' (use [*] to splat inside a splat)", at: dot.start)
            }
            return HCLTraversalStep(kind: .attributeSplat, range: range)
        default:
            throw expected("an attribute name, an index or '*' after '.'", found: token)
        }
    }

    /// `[index]` or the full splat `[*]`.
    private mutating func parseBracketStep(open: Token) throws(HCLSyntaxError) -> HCLTraversalStep {
        if try takeIf(.star, false) != nil {
            let close = try peek(false)
            guard close.is(.closeBracket) else {
                // `[*x]` is not a splat; `[* 2]` is no expression either.
                throw expected("']' after '[*' (a full splat is written [*])", found: close)
            }
            take(close)
            return HCLTraversalStep(kind: .fullSplat, range: ByteRange(start: open.start, end: close.end))
        }
        try enter(at: open.start)
        let index = try parseExpression(false)
        let close = try expect(.closeBracket, false, "']' to close the index", openedAt: open.start)
        leave()
        return HCLTraversalStep(kind: .index(index), range: ByteRange(start: open.start, end: close.end))
    }
}
