import DocumentModel
import HCLReader

/// What a variable definitions file (`.tfvars`) may hold as a value.
/// Terraform evaluates each with no context (`expr.Value(nil)`), so a
/// function call stops it ("Function calls not allowed") and so does a
/// reference ("Variables not allowed"), wherever in the value they are: in
/// a template's interpolation, a conditional, a list. Only a `for`
/// expression's own iteration variables may be used, inside it.
enum TerraformDefinitionValues {
    /// What Terraform refuses first in `expression`, and where; nil when it
    /// evaluates. `bound`: the `for` variables in scope.
    static func firstRefused(in expression: HCLExpression, bound: Set<String> = []) -> (refusal: Refusal, at: ByteRange)? {
        switch expression.kind {
        case .number, .bool, .null:
            return nil
        case .variable(let name):
            return bound.contains(name) ? nil : (.variable, expression.range)
        case .call:
            return (.functionCall, expression.range)
        case .template(let template):
            return firstRefused(in: template.parts, bound: bound)
        case .tuple(let items):
            return firstRefused(in: items, bound: bound)
        case .object(let items):
            for item in items {
                // A bare identifier key is the key's name, not a variable.
                if case .variable = item.key.kind {} else if let refused = firstRefused(in: item.key, bound: bound) {
                    return refused
                }
                if let refused = firstRefused(in: item.value, bound: bound) { return refused }
            }
            return nil
        case .forExpression(let loop):
            if let refused = firstRefused(in: loop.collection, bound: bound) { return refused }
            let inner = bound.union([loop.valueVariable.text] + (loop.keyVariable.map { [$0.text] } ?? []))
            return firstRefused(in: [loop.key, loop.condition, loop.value].compactMap { $0 }, bound: inner)
        case .traversal(let root, let steps):
            if let refused = firstRefused(in: root, bound: bound) { return refused }
            for step in steps {
                if case .index(let index) = step.kind, let refused = firstRefused(in: index, bound: bound) { return refused }
            }
            return nil
        case .parentheses(let inner), .unary(_, let inner):
            return firstRefused(in: inner, bound: bound)
        case .binary(let first, let steps):
            return firstRefused(in: [first] + steps.map(\.operand), bound: bound)
        case .conditional(let condition, let whenTrue, let whenFalse):
            return firstRefused(in: [condition, whenTrue, whenFalse], bound: bound)
        }
    }

    private static func firstRefused(in expressions: [HCLExpression], bound: Set<String>) -> (refusal: Refusal, at: ByteRange)? {
        for expression in expressions {
            if let refused = firstRefused(in: expression, bound: bound) { return refused }
        }
        return nil
    }

    private static func firstRefused(in parts: [HCLTemplatePart], bound: Set<String>) -> (refusal: Refusal, at: ByteRange)? {
        for part in parts {
            switch part.kind {
            case .literal:
                continue
            case .interpolation(let expression, _):
                if let refused = firstRefused(in: expression, bound: bound) { return refused }
            case .conditional(let branch):
                if let refused = firstRefused(in: branch.condition, bound: bound)
                    ?? firstRefused(in: branch.then, bound: bound)
                    ?? branch.otherwise.flatMap({ firstRefused(in: $0, bound: bound) })
                {
                    return refused
                }
            case .loop(let loop):
                if let refused = firstRefused(in: loop.collection, bound: bound) { return refused }
                let inner = bound.union([loop.valueVariable.text] + (loop.keyVariable.map { [$0.text] } ?? []))
                if let refused = firstRefused(in: loop.body, bound: inner) { return refused }
            }
        }
        return nil
    }

    /// What Terraform refuses in a value it evaluates without a context.
    enum Refusal {
        case functionCall
        case variable

        /// Terraform's words, and why: `values` says what the place holds
        /// ("a variable definitions file holds values only").
        func message(_ values: String) -> String {
            switch self {
            case .functionCall: "function calls not allowed: \(values) (Terraform: \"Function calls not allowed\")"
            case .variable: "variables not allowed: \(values) (Terraform: \"Variables not allowed\")"
            }
        }
    }

    /// Why a definitions file holds no call and no reference.
    static let inADefinitionsFile = "a variable definitions file holds values only"
    static let functionCallsNotAllowed = Refusal.functionCall.message(inADefinitionsFile)
    static let variablesNotAllowed = Refusal.variable.message(inADefinitionsFile)
}
