import DocumentModel
import HCLReader

extension TerraformValues {
    /// The known values a secret's expression may pass on, however it uses
    /// them: as a function's argument (`trimspace(var.secret)`), in a
    /// template (`"x-${local.idp.secret}"`), in either branch of a
    /// conditional (the condition wflint decides from a default may be
    /// decided otherwise at apply: `TF_VAR_env=prod`). For each `var.` or
    /// `local.` traversal, the scalars of the value it reaches, or of the
    /// whole value before a step wflint cannot take; a local whose value, or
    /// the member reached, is not known is read through its own expression,
    /// once; a `dynamic` block's iterator (`iterators`, by name) through its
    /// `for_each`.
    ///
    /// What only decides (a condition, a comparison, arithmetic, an index)
    /// passes on no text and is not read. A secret may be any part of the
    /// rest, so all of it is kept out of every output: masking more, never less.
    func referencedValues(in expression: HCLExpression, iterators: [String: HCLExpression] = [:]) -> [Node] {
        var walk = ReferenceWalk(iterators: iterators)
        walk.visit(expression, in: self)
        return walk.found
    }
}

/// The state of one `referencedValues`: what it found, and the locals and
/// iterators it has read through (one that reads itself, however far round,
/// is read once).
private struct ReferenceWalk {
    let iterators: [String: HCLExpression]
    var found: [Node] = []
    var localsRead: Set<String> = []
    var iteratorsRead: Set<String> = []

    init(iterators: [String: HCLExpression]) {
        self.iterators = iterators
    }

    mutating func visit(_ expression: HCLExpression, in values: TerraformValues) {
        switch expression.kind {
        case .number, .bool, .null, .variable, .unary, .binary:
            // A literal, or a bool or number computed from its operands.
            return
        case .template(let template):
            visit(template.parts, in: values)
        case .call(let call):
            for argument in call.arguments { visit(argument, in: values) }
        case .tuple(let items):
            for item in items { visit(item, in: values) }
        case .object(let items):
            for item in items { visit(item.value, in: values) }
        case .forExpression(let loop):
            visit(loop.collection, in: values)
            for part in [loop.key, loop.value].compactMap({ $0 }) { visit(part, in: values) }
        case .traversal(let root, let steps):
            traversal(root, steps, in: values)
        case .parentheses(let inner):
            visit(inner, in: values)
        case .conditional(_, let whenTrue, let whenFalse):
            visit(whenTrue, in: values)
            visit(whenFalse, in: values)
        }
    }

    private mutating func visit(_ parts: [HCLTemplatePart], in values: TerraformValues) {
        for part in parts {
            switch part.kind {
            case .literal: continue
            case .interpolation(let inner, _): visit(inner, in: values)
            case .conditional(let branch):
                visit(branch.then, in: values)
                visit(branch.otherwise ?? [], in: values)
            case .loop(let loop):
                visit(loop.collection, in: values)
                visit(loop.body, in: values)
            }
        }
    }

    /// `var.x.y[0]`: the value it reaches; where a step cannot be taken (an
    /// index wflint does not compute, a splat), the whole value before it.
    /// Where a local is not known, or the member of it reached is not, the
    /// local's expression is read (`local.oidc.secret` of `oidc = { secret =
    /// trimspace(var.idp.secret) }`). An iterator is read through its `for_each`.
    private mutating func traversal(_ root: HCLExpression, _ steps: [HCLTraversalStep], in values: TerraformValues) {
        guard case .variable(let rootName) = root.kind else {
            visit(root, in: values)
            return
        }
        if let forEach = iterators[rootName] {
            if iteratorsRead.insert(rootName).inserted { visit(forEach, in: values) }
            return
        }
        guard rootName == "var" || rootName == "local", let first = steps.first else { return }
        guard var value = values.known(root, [first], as: nil) else {
            readThroughExpression(ofLocal: first, root: rootName, in: values)
            return
        }
        for step in steps.dropFirst() {
            guard let next = TerraformValues.step(step, into: value) else { break }
            if next.isUnknown {
                readThroughExpression(ofLocal: first, root: rootName, in: values)
                return
            }
            value = next
        }
        found += Self.values(in: value)
    }

    /// What the expression of `local.NAME` reads.
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
