extension HCLExpression {
    /// The calls of a function of `names` in this expression, itself included,
    /// wherever they are written (an argument, a template's interpolation or
    /// directive, a `for` expression, an index), outermost first. Without
    /// recursion: the reader bounds the depth, but a walk on a worker's
    /// stack needs no budget of its own.
    public func calls(named names: Set<String>) -> [HCLFunctionCall] {
        var found: [HCLFunctionCall] = []
        var pending: [Pending] = [.expression(self)]
        while let next = pending.popLast() {
            switch next {
            case .expression(let expression):
                if case .call(let call) = expression.kind, names.contains(call.name.text) { found.append(call) }
                pending += expression.children
            case .parts(let parts):
                pending += Self.children(of: parts)
            }
        }
        return found
    }

    private enum Pending {
        case expression(HCLExpression)
        case parts([HCLTemplatePart])
    }

    /// The expressions and template parts written directly in this one.
    private var children: [Pending] {
        if case .template(let template) = kind { return [.parts(template.parts)] }
        return subexpressions.reversed().map(Pending.expression)
    }

    /// The expressions written directly in this one, in source order: a
    /// call's arguments, a collection's items (an object's keys too), a
    /// `for` expression's parts, a traversal's root and indexes, an
    /// operator's operands, a conditional's three. None for a literal, a
    /// name, or a template, whose parts hold its expressions (`HCLTemplatePart`).
    public var subexpressions: [HCLExpression] {
        switch kind {
        case .number, .bool, .null, .variable, .template:
            return []
        case .call(let call):
            return call.arguments
        case .tuple(let items):
            return items
        case .object(let items):
            return items.flatMap { [$0.key, $0.value] }
        case .forExpression(let loop):
            return [loop.collection, loop.key, loop.value, loop.condition].compactMap { $0 }
        case .traversal(let root, let steps):
            return [root] + steps.compactMap { step -> HCLExpression? in
                if case .index(let index) = step.kind { index } else { nil }
            }
        case .parentheses(let inner), .unary(_, let inner):
            return [inner]
        case .binary(let first, let rest):
            return [first] + rest.map(\.operand)
        case .conditional(let condition, let whenTrue, let whenFalse):
            return [condition, whenTrue, whenFalse]
        }
    }

    private static func children(of parts: [HCLTemplatePart]) -> [Pending] {
        parts.reversed().flatMap { part -> [Pending] in
            switch part.kind {
            case .literal:
                return []
            case .interpolation(let inner, _):
                return [.expression(inner)]
            case .conditional(let branch):
                return [.parts(branch.otherwise ?? []), .parts(branch.then), .expression(branch.condition)]
            case .loop(let loop):
                return [.parts(loop.body), .expression(loop.collection)]
            }
        }
    }
}
