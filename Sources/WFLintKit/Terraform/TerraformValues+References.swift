import DocumentModel
import HCLReader

extension TerraformValues {
    /// The known values an expression reads, however it uses them: as a
    /// function's argument (`trimspace(var.secret)`), in a template
    /// (`"x-${local.idp.secret}"`), in a conditional's branch. For each
    /// `var.`/`local.` traversal, the value of its longest known prefix
    /// (`local.idp` of `lookup(local.idp, "secret")`); a local whose value
    /// is not known is read through its own expression, once.
    ///
    /// For a secret's argument whose value wflint cannot evaluate: it may be
    /// any part of what it reads, so all of that is kept out of every output
    /// (masking more, never less).
    func referencedValues(in expression: HCLExpression) -> [Node] {
        var walk = ReferenceWalk()
        walk.visit(expression, in: self)
        return walk.found
    }
}

/// The state of one `referencedValues`: what it found, and the locals it
/// has read through (a local that reads itself, however far round, is read
/// once).
private struct ReferenceWalk {
    var found: [Node] = []
    var localsRead: Set<String> = []

    mutating func visit(_ expression: HCLExpression, in values: TerraformValues) {
        switch expression.kind {
        case .number, .bool, .null, .variable:
            return
        case .template(let template):
            visit(template.parts, in: values)
        case .call(let call):
            for argument in call.arguments { visit(argument, in: values) }
        case .tuple(let items):
            for item in items { visit(item, in: values) }
        case .object(let items):
            for item in items {
                visit(item.key, in: values)
                visit(item.value, in: values)
            }
        case .forExpression(let loop):
            visit(loop.collection, in: values)
            for part in [loop.key, loop.value, loop.condition].compactMap({ $0 }) { visit(part, in: values) }
        case .traversal(let root, let steps):
            traversal(root, steps, in: values)
        case .parentheses(let inner), .unary(_, let inner):
            visit(inner, in: values)
        case .binary(let first, let rest):
            visit(first, in: values)
            for step in rest { visit(step.operand, in: values) }
        case .conditional(let condition, let whenTrue, let whenFalse):
            for part in [condition, whenTrue, whenFalse] { visit(part, in: values) }
        }
    }

    private mutating func visit(_ parts: [HCLTemplatePart], in values: TerraformValues) {
        for part in parts {
            switch part.kind {
            case .literal: continue
            case .interpolation(let inner, _): visit(inner, in: values)
            case .conditional(let branch):
                visit(branch.condition, in: values)
                visit(branch.then, in: values)
                visit(branch.otherwise ?? [], in: values)
            case .loop(let loop):
                visit(loop.collection, in: values)
                visit(loop.body, in: values)
            }
        }
    }

    /// `var.x.y[0]`: the value it reaches; where a step cannot be taken (an
    /// index wflint does not compute, a splat), the whole value before it;
    /// nothing where it reaches a value not known (a variable without one).
    /// A local not known is read through its expression. Index expressions
    /// name a part, not the value: they are not read.
    private mutating func traversal(_ root: HCLExpression, _ steps: [HCLTraversalStep], in values: TerraformValues) {
        guard case .variable(let rootName) = root.kind, rootName == "var" || rootName == "local" else {
            visit(root, in: values)
            return
        }
        guard let first = steps.first else { return }
        guard var value = values.known(root, [first], as: nil) else {
            readThroughExpression(ofLocal: first, root: rootName, in: values)
            return
        }
        for step in steps.dropFirst() {
            guard let next = TerraformValues.step(step, into: value) else { break }
            if next.isUnknown { return }
            value = next
        }
        found += Self.values(in: value)
    }

    /// What the expression of `local.NAME` reads, when its value is not known.
    private mutating func readThroughExpression(ofLocal first: HCLTraversalStep, root: String, in values: TerraformValues) {
        guard root == "local", let module = values.module, case .attribute(let name) = first.kind,
            localsRead.insert(name).inserted, case .expression(let file, let expression) = module.declared.locals[name]
        else { return }
        visit(expression, in: module.values(in: file))
    }

    /// The scalars a value holds, keys left out: a key names a part, and
    /// masked it would hide which part a message is about (`issuer` of
    /// `local.idp`). Without recursion: a value may be deeply nested.
    private static func values(in node: Node) -> [Node] {
        var scalars: [Node] = []
        var pending = [node]
        while let next = pending.popLast() {
            switch next.content {
            case .scalar: scalars.append(next)
            case .sequence(let items): pending += items.reversed()
            case .mapping(let entries): pending += entries.map(\.value).reversed()
            }
        }
        return scalars
    }
}
