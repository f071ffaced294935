import DocumentModel

/// The expression language. `newlines` is passed down: where it is true (an
/// attribute's value, an object's items) a line end ends the expression, as
/// in Terraform; inside brackets, parentheses and template sequences it is
/// whitespace.
extension Parser {
    /// A whole expression: operations, then an optional `? :` conditional.
    mutating func parseExpression(_ newlines: Bool) throws(HCLSyntaxError) -> HCLExpression {
        let condition = try parseOperations(newlines)
        guard let question = try takeIf(.question, newlines) else { return condition }
        try enter(at: question.start)
        let whenTrue = try parseExpression(newlines)
        _ = try expect(.colon, newlines, "':' and the result when false of the conditional", openedAt: question.start)
        let whenFalse = try parseExpression(newlines)
        leave()
        return try node(
            .conditional(condition: condition, whenTrue: whenTrue, whenFalse: whenFalse),
            ByteRange(start: condition.range.start, end: whenFalse.range.end))
    }

    /// Operands and binary operators, by precedence, without recursion: a
    /// stack of open operator chains, each binding tighter than the one below.
    private mutating func parseOperations(_ newlines: Bool) throws(HCLSyntaxError) -> HCLExpression {
        struct Chain {
            let precedence: Int
            let first: HCLExpression
            var steps: [HCLBinaryStep] = []
            /// The operator waiting for its right operand.
            var pending: (op: HCLBinaryOperator, range: ByteRange)
        }
        func close(_ chain: Chain, with operand: HCLExpression) throws(HCLSyntaxError) -> HCLExpression {
            var steps = chain.steps
            steps.append(HCLBinaryStep(op: chain.pending.op, operatorRange: chain.pending.range, operand: operand))
            return try node(.binary(chain.first, steps), ByteRange(start: chain.first.range.start, end: operand.range.end))
        }
        var chains: [Chain] = []
        var operand = try parseOperand(newlines)
        while true {
            let token = try peek(newlines)
            guard let op = token.binaryOperator else { break }
            take(token)
            while let top = chains.last, top.precedence > op.precedence {
                chains.removeLast()
                operand = try close(top, with: operand)
            }
            let pending = (op, token.range)
            if let top = chains.indices.last, chains[top].precedence == op.precedence {
                let step = HCLBinaryStep(op: chains[top].pending.op, operatorRange: chains[top].pending.range, operand: operand)
                chains[top].steps.append(step)
                chains[top].pending = pending
            } else {
                chains.append(Chain(precedence: op.precedence, first: operand, pending: pending))
            }
            operand = try parseOperand(newlines)
        }
        while let top = chains.popLast() { operand = try close(top, with: operand) }
        return operand
    }

    /// Unary operators, a term, and its traversal steps (`-a.b` negates `a.b`).
    private mutating func parseOperand(_ newlines: Bool) throws(HCLSyntaxError) -> HCLExpression {
        var unary: [(op: HCLUnaryOperator, start: Int)] = []
        while true {
            let token = try peek(newlines)
            guard token.is(.minus) || token.is(.bang) else { break }
            take(token)
            try enter(at: token.start)
            unary.append((token.is(.minus) ? .negate : .not, token.start))
        }
        var operand = try parseTraversal(of: try parseTerm(newlines), newlines)
        for (op, start) in unary.reversed() {
            operand = try node(.unary(op, operand), ByteRange(start: start, end: operand.range.end))
            leave()
        }
        return operand
    }

    private mutating func parseTerm(_ newlines: Bool) throws(HCLSyntaxError) -> HCLExpression {
        let token = try peek(newlines)
        switch token.kind {
        case .symbol(.openParenthesis):
            take(token)
            try enter(at: token.start)
            let inner = try parseExpression(false)
            let close = try expect(.closeParenthesis, false, "')' to close the '('", openedAt: token.start)
            leave()
            return try node(.parentheses(inner), ByteRange(start: token.start, end: close.end))
        case .number:
            take(token)
            guard let number = numberLiteral(token) else {
                throw failure("invalid number \(describe(token))", at: token.start)
            }
            return try node(.number(number), token.range)
        case .identifier:
            take(token)
            let next = try peek(newlines)
            if next.is(.openParenthesis) || next.is(.doubleColon) { return try parseCall(named: token, newlines) }
            let range = token.range
            switch text(token) {
            case "true": return try node(.bool(true), range)
            case "false": return try node(.bool(false), range)
            case "null": return try node(.null, range)
            case let name: return try node(.variable(name), range)
            }
        case .quote:
            return try parseQuotedTemplate(at: token.start)
        case .heredoc:
            return try parseHeredoc(token)
        case .symbol(.openBracket):
            return try parseTuple(at: token)
        case .symbol(.openBrace):
            return try parseObject(at: token)
        case .newline:
            throw failure(
                "expected an expression, found a newline: an expression that continues on the next line must be "
                    + "inside parentheses or brackets", at: token.start)
        default:
            throw expected("an expression", found: token)
        }
    }

    /// `name(...)` or `provider::ns::name(...)`, from the name.
    private mutating func parseCall(named first: Token, _ newlines: Bool) throws(HCLSyntaxError) -> HCLExpression {
        var name = text(first)
        var nameEnd = first.end
        while try takeIf(.doubleColon, newlines) != nil {
            let part = try peek(newlines)
            guard part.kind == .identifier else { throw expected("a function name after '::'", found: part) }
            take(part)
            name += "::" + text(part)
            nameEnd = part.end
        }
        let open = try expect(.openParenthesis, newlines, "'(' after the function name '\(name)'")
        try enter(at: open.start)
        var arguments: [HCLExpression] = []
        var expands = false
        var close: Token
        while true {
            let next = try peek(false)
            if next.is(.closeParenthesis) {
                close = next
                break
            }
            if next.kind == .endOfFile {
                throw expected("an argument or ')' to close '\(name)(' at \(place(open.start))", found: next)
            }
            arguments.append(try parseExpression(false))
            let separator = try peek(false)
            if separator.is(.closeParenthesis) {
                close = separator
                break
            }
            if separator.is(.ellipsis) {
                take(separator)
                expands = true
                close = try peek(false)
                guard close.is(.closeParenthesis) else {
                    throw expected("')' after '...' (only the last argument can be expanded)", found: close)
                }
                break
            }
            guard separator.is(.comma) else {
                throw expected("',' or ')' after an argument of '\(name)(' at \(place(open.start))", found: separator)
            }
            take(separator)
        }
        take(close)
        leave()
        let call = HCLFunctionCall(
            name: HCLName(text: name, range: ByteRange(start: first.start, end: nameEnd)), arguments: arguments, expandsFinalArgument: expands)
        return try node(.call(call), ByteRange(start: first.start, end: close.end))
    }

    /// `[a, b]`, or a for expression in brackets.
    private mutating func parseTuple(at open: Token) throws(HCLSyntaxError) -> HCLExpression {
        take(open)
        try enter(at: open.start)
        defer { leave() }
        if let keyword = try peekKeyword("for", false) { return try parseFor(open: open, keyword: keyword) }
        var elements: [HCLExpression] = []
        var close = try peek(false)
        while !close.is(.closeBracket) {
            if close.kind == .endOfFile {
                throw expected("an expression or ']' to close the tuple at \(place(open.start))", found: close)
            }
            elements.append(try parseExpression(false))
            let separator = try peek(false)
            if separator.is(.closeBracket) {
                close = separator
                break
            }
            guard separator.is(.comma) else {
                throw expected("',' or ']' after an element of the tuple at \(place(open.start))", found: separator)
            }
            take(separator)
            close = try peek(false)
        }
        take(close)
        return try node(.tuple(elements), ByteRange(start: open.start, end: close.end))
    }

    /// `{ key = value, ... }` (items end at a comma or a line end), or a for
    /// expression in braces.
    private mutating func parseObject(at open: Token) throws(HCLSyntaxError) -> HCLExpression {
        take(open)
        try enter(at: open.start)
        defer { leave() }
        // `for` is looked for across line ends, as HCL does.
        if let keyword = try peekKeyword("for", false) { return try parseFor(open: open, keyword: keyword) }
        var items: [HCLObjectItem] = []
        while true {
            let token = try peek(true)
            if token.kind == .newline {
                take(token)
                continue
            }
            if token.is(.closeBrace) {
                take(token)
                return try node(.object(items), ByteRange(start: open.start, end: token.end))
            }
            if token.kind == .endOfFile {
                throw expected("'}' to close the object at \(place(open.start))", found: token)
            }
            let key = try parseExpression(true)
            let separator = try peek(true)
            guard separator.is(.equals) || separator.is(.colon) else {
                throw expected("'=' or ':' after the object key", found: separator)
            }
            take(separator)
            // An item's value, and what follows it, is in an error's context
            // under its key (a computed key has none to name).
            context.append(key.literalKey ?? "")
            let value = try parseExpression(true)
            items.append(HCLObjectItem(key: key, value: value, range: ByteRange(start: key.range.start, end: value.range.end)))
            let end = try peek(true)
            if end.is(.comma) || end.kind == .newline {
                take(end)
            } else if !end.is(.closeBrace) {
                throw expected("',', a newline or '}' after an item of the object at \(place(open.start))", found: end)
            }
            context.removeLast()
        }
    }

    /// `for k, v in collection : [key =>] value [...] [if condition]`, up to
    /// the closing bracket or brace.
    private mutating func parseFor(open: Token, keyword: Token) throws(HCLSyntaxError) -> HCLExpression {
        take(keyword)
        let buildsObject = open.is(.openBrace)
        let closer: Token.Symbol = buildsObject ? .closeBrace : .closeBracket
        let (keyVariable, valueVariable, collection) = try parseForHead("for expression")
        _ = try expect(.colon, false, "':' after the collection of the for expression")
        var value = try parseExpression(false)
        var key: HCLExpression?
        if try takeIf(.fatArrow, false) != nil {
            key = value
            value = try parseExpression(false)
        }
        let ellipsis = try takeIf(.ellipsis, false)
        var condition: HCLExpression?
        if let ifKeyword = try peekKeyword("if", false) {
            take(ifKeyword)
            condition = try parseExpression(false)
        }
        let close = try expect(closer, false, "'\(closer.rawValue)' to end the for expression", openedAt: open.start)
        if !buildsObject, let key {
            throw failure(
                "a for expression in brackets builds a tuple, which has no keys: '=>' belongs in one in braces",
                at: key.range.start)
        }
        if !buildsObject, let ellipsis {
            throw failure("'...' groups values only in a for expression that builds an object, in braces", at: ellipsis.start)
        }
        if buildsObject, key == nil {
            throw failure(
                "a for expression in braces builds an object: expected 'key => value' after ':'", at: value.range.start)
        }
        let expression = HCLForExpression(
            buildsObject: buildsObject, keyVariable: keyVariable, valueVariable: valueVariable, collection: collection,
            key: key, value: value, groupsValues: ellipsis != nil, condition: condition)
        return try node(.forExpression(expression), ByteRange(start: open.start, end: close.end))
    }

    /// `k, v in collection` or `v in collection`, after `for` in a for
    /// expression or a for directive (`construct` names it in messages).
    mutating func parseForHead(
        _ construct: String
    ) throws(HCLSyntaxError) -> (key: HCLName?, value: HCLName, collection: HCLExpression) {
        var value = try parseName("a variable name after 'for'")
        var key: HCLName?
        if try takeIf(.comma, false) != nil {
            key = value
            value = try parseName("a value variable name after ','")
        }
        guard let inKeyword = try peekKeyword("in", false) else {
            throw expected("'in' after the variables of the \(construct)", found: try peek(false))
        }
        take(inKeyword)
        return (key, value, try parseExpression(false))
    }

    /// An identifier, or `expected <what>`.
    mutating func parseName(_ what: String) throws(HCLSyntaxError) -> HCLName {
        let token = try peek(false)
        guard token.kind == .identifier else { throw expected(what, found: token) }
        take(token)
        try countNode(at: token.start)
        return HCLName(text: text(token), range: token.range)
    }
}
