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
    /// A template's own text is read too (as a whole). What only decides (a
    /// condition, a comparison, arithmetic, an index) passes on no text and
    /// is not read. A secret may be any part of the rest, so all of it is
    /// kept out of every output: masking more, never less.
    func referencedValues(in expression: HCLExpression, iterators: [String: HCLExpression] = [:]) -> [Node] {
        referencedValues(in: expression, iterators: iterators.mapValues { ($0, self) }, synthetic: false)
    }

    /// The same, with each iterator's `for_each` in the source it was
    /// parsed from; `synthetic`: whether this source and the iterators' are
    /// texts made to parse a `.tf.json` string, whose literals have no place
    /// in a file (only what they reference is read).
    func referencedValues(
        in expression: HCLExpression, iterators: [String: (expression: HCLExpression, values: TerraformValues)],
        synthetic: Bool
    ) -> [Node] {
        var walk = ReferenceWalk(iterators: iterators)
        if synthetic {
            walk.synthetic.insert(ObjectIdentifier(source))
            for iterator in iterators.values { walk.synthetic.insert(ObjectIdentifier(iterator.values.source)) }
        }
        walk.visit(expression, in: self)
        return walk.found
    }
}

/// The state of one `referencedValues`: what it found, and the parts of
/// locals and the iterators it has read through (one that reads itself,
/// however far round, is read once).
private struct ReferenceWalk {
    let iterators: [String: (expression: HCLExpression, values: TerraformValues)]
    var found: [Node] = []
    var localsRead: Set<String> = []
    var iteratorsRead: Set<String> = []
    /// The sources whose literals are not read (`referencedValues(in:iterators:synthetic:)`).
    var synthetic: Set<ObjectIdentifier> = []

    init(iterators: [String: (expression: HCLExpression, values: TerraformValues)]) {
        self.iterators = iterators
    }

    mutating func visit(_ expression: HCLExpression, in values: TerraformValues) {
        switch expression.kind {
        case .number, .bool, .null, .variable, .unary, .binary:
            // A literal, or a bool or number computed from its operands.
            return
        case .template(let template):
            // Its text may be the secret itself (`try("s3cr3t", "")` in a
            // local), whichever function or directive wflint does not
            // evaluate it through: the whole template is kept out.
            if synthetic.contains(ObjectIdentifier(values.source)) {
                // A `.tf.json` string's own text: masked as the argument's value.
            } else if let text = template.literalValue {
                if !text.isEmpty, let literal = values.node(expression, as: nil) { found.append(literal) }
            } else if template.parts.count > 1 || template.parts.contains(where: { if case .interpolation = $0.kind { false } else { true } }) {
                // Text around an interpolation, or a directive's (`%{ if c }s3cr3t%{ endif }`).
                found.append(values.unknown(expression))
            }
            visit(template.parts, in: values)
        case .call(let call):
            for argument in call.arguments { visit(argument, in: values) }
        case .tuple(let items):
            for item in items { visit(item, in: values) }
        case .object(let items):
            for item in items {
                // A key may be the secret too (`keys({(local.s) = 1})[0]`,
                // `keys({hunter2 = 1})[0]`): a computed or quoted one is read
                // as any expression, a bare name's text kept out as it is
                // (a `.tf.json` string's own text is masked as the argument's value).
                if case .variable = item.key.kind {
                    if !synthetic.contains(ObjectIdentifier(values.source)) { found.append(values.unknown(item.key)) }
                } else {
                    visit(item.key, in: values)
                }
                visit(item.value, in: values)
            }
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
        if let iterator = iterators[rootName] {
            if iteratorsRead.insert(rootName).inserted { visit(iterator.expression, in: iterator.values) }
            return
        }
        guard rootName == "var" || rootName == "local", let first = steps.first else { return }
        let path = Array(steps.dropFirst())
        guard let (reached, taken) = values.evaluated(root, steps), var value = values.admitted(reached, as: nil) else {
            readThroughExpression(ofLocal: first, path: path, root: rootName, in: values)
            return
        }
        for step in path.dropFirst(taken) {
            guard let next = TerraformValues.step(step, into: value) else { break }
            if next.isUnknown {
                readThroughExpression(ofLocal: first, path: path, root: rootName, in: values)
                return
            }
            value = next
        }
        found += TerraformValues.scalars(in: value)
    }

    /// What the expression of `local.NAME` reads at `path`: the part of
    /// its object or tuple constructor the path names, as far as it names
    /// one written there (`pw = try("...", "")` of `local.idp.pw`, not the
    /// issuer beside it), else the whole expression.
    private mutating func readThroughExpression(
        ofLocal first: HCLTraversalStep, path: [HCLTraversalStep], root: String, in values: TerraformValues
    ) {
        guard root == "local", let module = values.module, case .attribute(let name) = first.kind,
            let assignment = module.declared.locals[name]
        else { return }
        guard case .expression(let file, var expression) = assignment else {
            if case .jsonConfiguration(let file, let node) = assignment { readThroughJSON(node, path: path, file: file, module: module) }
            return
        }
        var read = name
        for step in path {
            guard let key = TerraformValues.key(of: step), let part = TerraformValues.part(of: expression, key: key) else { break }
            expression = part
            read += "\u{0}" + String(describing: part.range.start)
        }
        guard localsRead.insert(read).inserted else { return }
        visit(expression, in: module.values(in: file))
    }

    /// A local of a `.tf.json` file (`{"pw": "${trimspace(\"s3cr3t\")}"}`):
    /// the JSON value its path names, itself (a string the local's template
    /// writes, at its place in the file) and what its templates read.
    private mutating func readThroughJSON(_ node: Node, path: [HCLTraversalStep], file: Int, module: TerraformModule) {
        var node = node
        for step in path {
            guard let next = TerraformValues.step(step, into: node) else { break }
            node = next
        }
        guard localsRead.insert("json\u{0}" + String(node.address)).inserted else { return }
        module.built(node, in: file)
        found += TerraformValues.scalars(in: node)
        found += TerraformJSONValues(source: module.files[file].source, file: file, module: module).referencedValues(in: node)
    }
}
