import DocumentModel
import HCLReader

/// One `var.NAME` or `local.NAME` written in an expression.
struct TerraformReferenceSite {
    /// `var` or `local`.
    let root: String
    let name: String
    /// From the root to the name (`var.name`), where Terraform reports it.
    let range: ByteRange
}

/// The `var.NAME` and `local.NAME` an expression reads, as Terraform's
/// reference analysis finds them (`hcl.Expression.Variables`): every
/// traversal from those roots, in every part of the expression, but where a
/// `for` expression or a template's `%{ for }` binds the root's name.
enum TerraformReferenceSites {
    /// The references in `expression`, `shadowed` naming roots bound around
    /// it (a `dynamic` block's iterator), in source order. Without
    /// recursion: an expression's depth is bounded by the reader, but a
    /// walk of its own frames on a worker's stack needs no budget.
    static func sites(in expression: HCLExpression, shadowed: Set<String> = []) -> [TerraformReferenceSite] {
        // Most arguments are literals: no walk, no allocation.
        guard !isLiteral(expression) else { return [] }
        var found: [TerraformReferenceSite] = []
        var pending: [(Pending, Set<String>)] = [(.expression(expression), shadowed)]
        while let (next, shadowed) = pending.popLast() {
            switch next {
            case .expression(let expression):
                pending += children(of: expression, shadowed: shadowed, found: &found)
            case .parts(let parts):
                pending += children(of: parts, shadowed: shadowed)
            }
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    /// A literal, or a tuple of them (a list of CIDRs): what reads no value.
    private static func isLiteral(_ expression: HCLExpression) -> Bool {
        switch expression.kind {
        case .number, .bool, .null: true
        case .template(let template): template.parts.allSatisfy { if case .literal = $0.kind { true } else { false } }
        case .tuple(let items): items.allSatisfy { item in
            switch item.kind {
            case .number, .bool, .null: true
            case .template(let template): template.parts.allSatisfy { if case .literal = $0.kind { true } else { false } }
            default: false
            }
        }
        default: false
        }
    }

    private enum Pending {
        case expression(HCLExpression)
        case parts([HCLTemplatePart])
    }

    private static func children(
        of expression: HCLExpression, shadowed: Set<String>, found: inout [TerraformReferenceSite]
    ) -> [(Pending, Set<String>)] {
        let plain = { (expressions: [HCLExpression]) in expressions.map { (Pending.expression($0), shadowed) } }
        switch expression.kind {
        case .number, .bool, .null, .variable:
            return []
        case .template(let template):
            return [(.parts(template.parts), shadowed)]
        case .call(let call):
            return plain(call.arguments)
        case .tuple(let items):
            return plain(items)
        case .object(let items):
            // A bare name as a key is the key's text, not a reference.
            return plain(items.flatMap { item in
                if case .variable = item.key.kind { [item.value] } else { [item.key, item.value] }
            })
        case .forExpression(let loop):
            let inner = shadowed.union([loop.valueVariable.text] + (loop.keyVariable.map { [$0.text] } ?? []))
            let scoped = [loop.key, loop.value, loop.condition].compactMap { $0 }.map { (Pending.expression($0), inner) }
            return [(.expression(loop.collection), shadowed)] + scoped
        case .traversal(let root, let steps):
            if case .variable(let rootName) = root.kind, rootName == "var" || rootName == "local",
                !shadowed.contains(rootName), let first = steps.first, case .attribute(let name) = first.kind
            {
                found.append(TerraformReferenceSite(
                    root: rootName, name: name, range: ByteRange(start: root.range.start, end: first.range.end)))
            }
            let indexes = steps.compactMap { step -> HCLExpression? in
                if case .index(let index) = step.kind { index } else { nil }
            }
            return plain([root] + indexes)
        case .parentheses(let inner), .unary(_, let inner):
            return plain([inner])
        case .binary(let first, let rest):
            return plain([first] + rest.map(\.operand))
        case .conditional(let condition, let whenTrue, let whenFalse):
            return plain([condition, whenTrue, whenFalse])
        }
    }

    private static func children(of parts: [HCLTemplatePart], shadowed: Set<String>) -> [(Pending, Set<String>)] {
        parts.flatMap { part -> [(Pending, Set<String>)] in
            switch part.kind {
            case .literal:
                return []
            case .interpolation(let inner, _):
                return [(.expression(inner), shadowed)]
            case .conditional(let branch):
                return [(.expression(branch.condition), shadowed), (.parts(branch.then), shadowed),
                        (.parts(branch.otherwise ?? []), shadowed)]
            case .loop(let loop):
                let inner = shadowed.union([loop.valueVariable.text] + (loop.keyVariable.map { [$0.text] } ?? []))
                return [(.expression(loop.collection), shadowed), (.parts(loop.body), inner)]
            }
        }
    }

    /// The references of a `.tf.json` string that holds a template
    /// sequence and parses (one that does not is WF001 already:
    /// `TerraformJSONTemplates`), each name once: all of them are reported
    /// at the string's start.
    static func sites(inTemplate text: String, shadowed: Set<String>) -> [TerraformReferenceSite] {
        guard text.contains("${") || text.contains("%{"), let template = TerraformJSONValues.template(text) else { return [] }
        var named: Set<[String]> = []
        return sites(in: template.expression, shadowed: shadowed).filter { named.insert([$0.root, $0.name]).inserted }
    }

    /// The reference a `.tf.json` `depends_on` string names: a bare
    /// traversal (`"local.cidrs"`), not a template.
    static func sites(inTraversal text: String) -> [TerraformReferenceSite] {
        guard let parsed = try? HCLReader.parse(Array("v = \(text)\n".utf8)), let value = parsed.body.attributes.first?.value,
            case .traversal = value.kind
        else { return [] }
        return sites(in: value)
    }
}
