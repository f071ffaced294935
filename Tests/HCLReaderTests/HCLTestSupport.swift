import DocumentModel
import HCLReader
import Testing

/// The file of an HCL text that must parse.
func hclFile(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> HCLFile {
    do {
        return try HCLReader.parse(Array(text.utf8))
    } catch {
        Issue.record("unexpected syntax error \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The value of the only attribute of `name = <expression>`.
func hclExpression(_ expression: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> HCLExpression {
    let file = try hclFile("x = \(expression)\n", sourceLocation: sourceLocation)
    return try #require(file.body.attributes.first?.value, sourceLocation: sourceLocation)
}

/// The error of a text that must not parse, as `line:col: message`.
func hclError(_ bytes: [UInt8], limits: ReadLimits = .default) -> String? {
    do {
        _ = try HCLReader.parse(bytes, limits: limits)
        return nil
    } catch {
        #expect(error.position == SourceText(bytes: bytes).position(ofByte: error.offset))
        return "\(error.position): \(error.message)"
    }
}

func hclError(_ text: String, limits: ReadLimits = .default) -> String? { hclError(Array(text.utf8), limits: limits) }

/// The source text of a byte range.
func source(_ text: String, _ range: ByteRange) -> String {
    String(decoding: Array(text.utf8)[range.offsets], as: UTF8.self)
}

/// An expression tree in a compact notation, for exact comparisons:
/// `(a + b)`, `f(x, y...)`, `a.b[0].*`, `"lit${interp}"`.
func render(_ expression: HCLExpression) -> String {
    switch expression.kind {
    case .number(let number): return number.text
    case .bool(let value): return "\(value)"
    case .null: return "null"
    case .variable(let name): return name
    case .template(let template): return render(template)
    case .call(let call):
        let arguments = call.arguments.map(render).joined(separator: ", ")
        return "\(call.name.text)(\(arguments)\(call.expandsFinalArgument ? "..." : ""))"
    case .tuple(let elements): return "[" + elements.map(render).joined(separator: ", ") + "]"
    case .object(let items): return "{" + items.map { "\(render($0.key)) = \(render($0.value))" }.joined(separator: ", ") + "}"
    case .forExpression(let loop):
        let variables = (loop.keyVariable.map { $0.text + ", " } ?? "") + loop.valueVariable.text
        let result = (loop.key.map { render($0) + " => " } ?? "") + render(loop.value) + (loop.groupsValues ? "..." : "")
        let condition = loop.condition.map { " if " + render($0) } ?? ""
        let body = "for \(variables) in \(render(loop.collection)) : \(result)\(condition)"
        return loop.buildsObject ? "{\(body)}" : "[\(body)]"
    case .traversal(let base, let steps):
        return render(base) + steps.map { step in
            switch step.kind {
            case .attribute(let name): ".\(name)"
            case .index(let index): "[\(render(index))]"
            case .attributeSplat: ".*"
            case .fullSplat: "[*]"
            }
        }.joined()
    case .parentheses(let inner): return "(\(render(inner)))"
    case .unary(let op, let operand): return "\(op.rawValue)\(render(operand))"
    case .binary(let first, let steps):
        return "<" + render(first) + steps.map { " \($0.op.rawValue) \(render($0.operand))" }.joined() + ">"
    case .conditional(let condition, let whenTrue, let whenFalse):
        return "<\(render(condition)) ? \(render(whenTrue)) : \(render(whenFalse))>"
    }
}

func render(_ template: HCLTemplate) -> String {
    let open: String
    switch template.style {
    case .quoted: open = "\""
    case .heredoc(let marker, let indented): open = "<<\(indented ? "-" : "")\(marker)|"
    }
    return open + render(template.parts) + (template.style == .quoted ? "\"" : "|")
}

func render(_ parts: [HCLTemplatePart]) -> String {
    parts.map { part in
        switch part.kind {
        case .literal(let text): return text.debugDescription.dropFirst().dropLast().description
        case .interpolation(let expression, let strip):
            return "${\(strip.leading ? "~" : "")\(render(expression))\(strip.trailing ? "~" : "")}"
        case .conditional(let node):
            let otherwise = node.otherwise.map { "%{else}" + render($0) } ?? ""
            return "%{if \(render(node.condition))}\(render(node.then))\(otherwise)%{endif}"
        case .loop(let node):
            let variables = (node.keyVariable.map { $0.text + ", " } ?? "") + node.valueVariable.text
            return "%{for \(variables) in \(render(node.collection))}\(render(node.body))%{endfor}"
        }
    }.joined()
}

/// The source text of every expression node, in pre-order: proves each
/// node's byte range.
func spans(_ expression: HCLExpression, in text: String) -> [String] {
    var result = [source(text, expression.range)]
    func children(_ expression: HCLExpression) -> [HCLExpression] {
        switch expression.kind {
        case .number, .bool, .null, .variable: []
        case .template(let template): template.parts.flatMap(partExpressions)
        case .call(let call): call.arguments
        case .tuple(let elements): elements
        case .object(let items): items.flatMap { [$0.key, $0.value] }
        case .forExpression(let loop): [loop.collection] + [loop.key, loop.value, loop.condition].compactMap { $0 }
        case .traversal(let base, let steps): [base] + steps.compactMap { if case .index(let index) = $0.kind { index } else { nil } }
        case .parentheses(let inner): [inner]
        case .unary(_, let operand): [operand]
        case .binary(let first, let steps): [first] + steps.map(\.operand)
        case .conditional(let condition, let whenTrue, let whenFalse): [condition, whenTrue, whenFalse]
        }
    }
    func partExpressions(_ part: HCLTemplatePart) -> [HCLExpression] {
        switch part.kind {
        case .literal: []
        case .interpolation(let expression, _): [expression]
        case .conditional(let node): [node.condition] + (node.then + (node.otherwise ?? [])).flatMap(partExpressions)
        case .loop(let node): [node.collection] + node.body.flatMap(partExpressions)
        }
    }
    for child in children(expression) { result += spans(child, in: text) }
    return result
}
