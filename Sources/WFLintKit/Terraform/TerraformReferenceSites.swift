import DocumentModel
import HCLReader

/// One `var.NAME` or `local.NAME` written in an expression, or a use of
/// `var` or `local` that Terraform refuses whatever the module declares.
struct TerraformReferenceSite {
    /// `var` or `local`.
    let root: String
    /// The name read; for an index with a literal name (`var["x"]`), that
    /// name; else empty.
    let name: String
    /// From the root to the name (`var.name`), where Terraform reports it.
    let range: ByteRange
    /// How Terraform refuses it ("Invalid reference"), or nil.
    var invalid: InvalidUse? = nil
    /// The member read, as far as its steps are written literally:
    /// `["secret"]` of `local.idp.secret` and of `local.idp["secret"]`,
    /// `["a"]` of `local.idp.a[var.i]`; empty for the whole value.
    var members: [String] = []

    /// A use of the `var` or `local` object itself, which Terraform refuses.
    enum InvalidUse {
        /// The object itself (`var`, `[for v in var : v]`) or a splat of it
        /// (`var[*]`, `local.*`): "cannot be accessed directly".
        case wholeObject
        /// An index (`var["x"]`, `var[0]`): "does not support this operation".
        case index
    }

    /// WF508 for a use Terraform refuses, WF507 for a name it must find declared.
    var rule: String { invalid == nil ? CoreRule.tfUndeclaredName : CoreRule.tfInvalidReference }
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
    /// `roots`: the objects whose references are wanted (`ephemeral` too,
    /// for `ephemeral.TYPE.NAME`, whose name is the type and whose first
    /// member the name).
    static func sites(
        in expression: HCLExpression, shadowed: Set<String> = [], roots: Set<String> = ["var", "local"]
    ) -> [TerraformReferenceSite] {
        // Most arguments are literals: no walk, no allocation.
        guard !isLiteral(expression) else { return [] }
        var found: [TerraformReferenceSite] = []
        var pending: [(Pending, Set<String>)] = [(.expression(expression), shadowed)]
        while let (next, shadowed) = pending.popLast() {
            switch next {
            case .expression(let expression):
                pending += children(of: expression, shadowed: shadowed, roots: roots, found: &found)
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
        of expression: HCLExpression, shadowed: Set<String>, roots: Set<String>, found: inout [TerraformReferenceSite]
    ) -> [(Pending, Set<String>)] {
        let plain = { (expressions: [HCLExpression]) in expressions.map { (Pending.expression($0), shadowed) } }
        switch expression.kind {
        case .number, .bool, .null:
            return []
        case .variable(let name):
            if isObject(name, shadowed: shadowed, roots: roots) {
                found.append(TerraformReferenceSite(root: name, name: "", range: expression.range, invalid: .wholeObject))
            }
            return []
        case .template(let template):
            return [(.parts(template.parts), shadowed)]
        case .call, .tuple, .parentheses, .unary, .binary, .conditional:
            return plain(expression.subexpressions)
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
            let indexes = steps.compactMap { step -> HCLExpression? in
                if case .index(let index) = step.kind { index } else { nil }
            }
            guard case .variable(let rootName) = root.kind, isObject(rootName, shadowed: shadowed, roots: roots),
                let first = steps.first
            else { return plain([root] + indexes) }
            let range = ByteRange(start: root.range.start, end: first.range.end)
            switch first.kind {
            case .attribute(let name):
                var members: [String] = []
                for step in steps.dropFirst() {
                    guard let key = TerraformValues.key(of: step) else { break }
                    members.append(key)
                }
                found.append(TerraformReferenceSite(root: rootName, name: name, range: range, members: members))
            case .index(let index):
                found.append(TerraformReferenceSite(root: rootName, name: literalName(index) ?? "", range: range, invalid: .index))
            case .attributeSplat, .fullSplat:
                // A splat applies to the object itself, as Terraform reads it.
                found.append(TerraformReferenceSite(root: rootName, name: "", range: root.range, invalid: .wholeObject))
            }
            return plain(indexes)
        }
    }

    /// Whether `name` is one of the `roots` objects where it is written, not
    /// a name a `for` expression binds.
    private static func isObject(_ name: String, shadowed: Set<String>, roots: Set<String>) -> Bool {
        roots.contains(name) && !shadowed.contains(name)
    }

    /// The text of an index that is a string without a template sequence
    /// (`"client_id"` in `var["client_id"]`).
    private static func literalName(_ index: HCLExpression) -> String? {
        guard case .template(let template) = index.kind, template.parts.count == 1, case .literal(let text) = template.parts[0].kind
        else { return nil }
        return text
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
        return sites(in: template.expression, shadowed: shadowed).filter { site in
            named.insert([site.root, site.name, site.invalid.map { "\($0)" } ?? ""]).inserted
        }
    }

    /// The reference a `.tf.json` `depends_on` string names: a bare
    /// traversal (`"local.cidrs"`), not a template.
    static func sites(inTraversal text: String) -> [TerraformReferenceSite] {
        guard let parsed = try? HCLReader.parse(Array("v = \(text)\n".utf8)), let value = parsed.body.attributes.first?.value,
            case .traversal = value.kind
        else { return [] }
        return sites(in: value)
    }

    /// The references of each string in a `.tf.json` value, keys of its
    /// objects too (in an expression, a property name is a template as its
    /// value is, and `//` is no comment); `traversal`: the strings are
    /// bare traversals (`depends_on`), not templates.
    static func sites(
        inJSON value: Node, shadowed: Set<String> = [], traversal: Bool = false
    ) -> [(string: Node, sites: [TerraformReferenceSite])] {
        var found: [(Node, [TerraformReferenceSite])] = []
        var pending = [value]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar(let scalar):
                guard case .string(let text) = scalar.value else { continue }
                let sites = traversal
                    ? sites(inTraversal: text)
                    : sites(inTemplate: text, shadowed: shadowed)
                if !sites.isEmpty { found.append((node, sites)) }
            case .sequence(let items):
                pending += items.reversed()
            case .mapping(let entries):
                pending += entries.flatMap { [$0.key, $0.value] }.reversed()
            }
        }
        return found
    }
}
