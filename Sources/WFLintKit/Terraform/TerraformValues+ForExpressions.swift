import DocumentModel
import HCLReader

/// A tuple `for` expression over a known collection is the tuple Terraform
/// makes of it (`ForExpr` in hashicorp/hcl): `cidrs = [for r in var.offices :
/// r.cidr]` with a `/33` inside passed, and `terraform validate` refuses it.
/// A list or tuple is walked in order, its index the key; a map or object in
/// the lexical order of its keys' bytes, as Terraform walks one. Each element
/// binds the names (`scope`) for the body and the `if` condition, which must
/// be known to keep or drop it.
///
/// What is not known stays unknown, as elsewhere: the collection, a set
/// (Terraform orders it by its own rule, so the index a finding would name
/// is not known), `null` (an error), a condition, and an object `for`
/// (`{for k, v in ... : k => v}`), whose keys must be told apart to group.
/// An element whose body is not known is an unknown element: the tuple
/// keeps its length.
extension TerraformValues {
    /// The tuple `loop` makes, placed where a resource uses it; unknown when
    /// it cannot be known.
    func forExpression(
        _ loop: HCLForExpression, as type: TerraformArgument.ValueType?, _ expression: HCLExpression
    ) -> Node {
        guard !loop.buildsObject, let tuple = tuple(of: loop, as: type, expression) else {
            noteEphemeralReads(in: expression)
            return unknown(expression)
        }
        guard let module, isResource || file == module.linted else { return tuple }
        // Its elements are written elsewhere (a variable's default): each
        // finding about one says where the resource uses them.
        return module.placed(tuple, at: TerraformPlace(file: file, range: source.range(of: expression.range)))
    }

    private func tuple(
        of loop: HCLForExpression, as type: TerraformArgument.ValueType?, _ expression: HCLExpression
    ) -> Node? {
        // Of its collection it reads what it names of each element (`TerraformEphemeralParts`).
        let parts = { module.flatMap { TerraformEphemeralParts.forParts(loop, module: $0) } }
        guard let collection = readingParts(parts, { node(loop.collection, as: nil) }),
            let elements = Self.iterated(collection, in: module)
        else {
            return nil
        }
        let elementType: TerraformArgument.ValueType? = type?.holdsStrings == true ? .string : nil
        var items: [Node] = []
        for (key, value) in elements {
            guard module?.mayIterate() ?? true else { return nil }
            var inner = self
            if let keyVariable = loop.keyVariable {
                // An index is written nowhere: it stands where its element is.
                let keyNode = key()
                module?.built(keyNode, in: module?.file(of: value) ?? file)
                inner.scope[keyVariable.text] = keyNode
            }
            // After the key, as HCL binds them: `for x, x in l` binds x to the element.
            inner.scope[loop.valueVariable.text] = value
            if let condition = loop.condition {
                guard let holds = inner.decides(condition) else { return nil }
                if !holds { continue }
            }
            items.append(inner.node(loop.value, as: elementType) ?? inner.writtenNull(loop.value) ?? inner.nullNode(loop.value))
        }
        return made(Node(.sequence(items), range: source.range(of: expression.range), bytes: expression.range))
    }

    /// The `null` a `for`'s body reads of an element, where it is written:
    /// `[for c in local.l : c]` with a `null` in `l` is reported at that
    /// `null` (as `cidrs = local.l` is), not at the body's `c`.
    private func writtenNull(_ body: HCLExpression) -> Node? {
        let root: HCLExpression, steps: [HCLTraversalStep]
        switch body.kind {
        case .traversal(let traversed, let taken): (root, steps) = (traversed, taken)
        case .variable: (root, steps) = (body, [])
        default: return nil
        }
        guard case .variable(let name) = root.kind, scope[name] != nil, let value = known(root, steps, as: nil),
            Self.isNull(value)
        else { return nil }
        return value
    }

    /// Whether an element is kept: its condition's value, read as a
    /// conditional's is (`deciding`). Nil when it is not known.
    private func decides(_ condition: HCLExpression) -> Bool? {
        guard case .bool(let holds)? = deciding(condition) else { return nil }
        return holds
    }

    /// Each element of `collection` with its key (made only when asked
    /// for), in the order Terraform walks them; nil when that is not known.
    private static func iterated(
        _ collection: Node, in module: TerraformModule?
    ) -> [(key: () -> Node, value: Node)]? {
        guard !collection.isUnknown, !isNull(collection), module?.mayWalk(collection) != false else { return nil }
        switch collection.content {
        case .sequence(let items):
            return items.enumerated().map { index, item in
                ({ Node(.scalar(Scalar(text: String(index), style: .plain, value: .integer(index))), range: item.range, bytes: item.bytes) }, item)
            }
        case .mapping(let entries):
            guard module?.mayIterateMembers(of: collection) != false else { return nil }
            var named: [(name: String, entry: MappingEntry)] = []
            for entry in entries {
                guard let name = entry.name else { return nil }
                named.append((name, entry))
            }
            named.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            return named.map { pair in ({ pair.entry.key }, pair.entry.value) }
        case .scalar:
            // Terraform refuses a for expression over a string or number.
            return nil
        }
    }
}
