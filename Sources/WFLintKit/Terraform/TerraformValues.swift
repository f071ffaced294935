import DocumentModel
import HCLReader

/// Turns HCL expressions into document nodes, as far as their values are
/// known without evaluating Terraform: literals, tuples and objects of them,
/// and templates without interpolation. Everything else (`var.x`,
/// `local.y`, function calls, references, conditionals, for expressions,
/// interpolating templates, objects with computed keys) is an `UnknownNode`,
/// which no check reports. A tuple with unknown elements keeps its length.
///
/// Resolving variables and locals is a later step; it plugs in at
/// `unknown(_:)`, where a traversal would be looked up instead.
struct TerraformValues {
    let source: SourceText

    /// The node for `expression` where an argument of `type` expects it, or nil
    /// for a literal `null` (Terraform leaves the argument unset). Terraform
    /// converts a number or bool to a string where a string is expected, so
    /// such a literal is the string it becomes.
    func node(_ expression: HCLExpression, as type: TerraformArgument.ValueType?) -> Node? {
        let range = source.range(of: expression.range)
        switch expression.kind {
        case .null:
            return nil
        case .bool(let flag):
            return scalar(flag ? "true" : "false", .bool(flag), convertedIf: type == .string, expression)
        case .number(let number):
            return self.number(number.text, as: type, expression)
        case .unary(.negate, let operand):
            guard case .number(let number) = operand.kind else { return unknown(expression) }
            return self.number("-" + number.text, as: type, expression)
        case .template(let template):
            guard let text = template.literalValue else { return unknown(expression) }
            let style: ScalarStyle = template.style == .quoted ? .doubleQuoted : .literal
            return Node(.scalar(Scalar(text: text, style: style, value: .string(text))), range: range, bytes: expression.range)
        case .parentheses(let inner):
            return node(inner, as: type)
        case .tuple(let items):
            let element: TerraformArgument.ValueType? = type == .stringList ? .string : nil
            let nodes = items.map { item in node(item, as: element) ?? nullNode(item) }
            return Node(.sequence(nodes), range: range, bytes: expression.range)
        case .object(let items):
            return object(items, as: type, expression)
        default:
            return unknown(expression)
        }
    }

    /// An object constructor as a mapping; one with a computed key has keys
    /// that cannot be told, so it is unknown as a whole.
    private func object(_ items: [HCLObjectItem], as type: TerraformArgument.ValueType?, _ expression: HCLExpression) -> Node {
        var entries: [MappingEntry] = []
        let element: TerraformArgument.ValueType? = type == .stringMap ? .string : nil
        for item in items {
            guard let name = item.literalKey else { return unknown(expression) }
            let key = Node(
                .scalar(Scalar(text: name, style: .plain, value: .string(name))), range: source.range(of: item.key.range),
                bytes: item.key.range)
            entries.append(MappingEntry(key: key, value: node(item.value, as: element) ?? nullNode(item.value)))
        }
        return Node(.mapping(entries), range: source.range(of: expression.range), bytes: expression.range)
    }

    private func number(_ text: String, as type: TerraformArgument.ValueType?, _ expression: HCLExpression) -> Node {
        let value: ScalarValue = Int(text).map(ScalarValue.integer) ?? .float(Double(text) ?? .nan)
        return scalar(text, value, convertedIf: type == .string, expression)
    }

    private func scalar(_ text: String, _ value: ScalarValue, convertedIf converted: Bool, _ expression: HCLExpression) -> Node {
        Node(
            .scalar(Scalar(text: text, style: .plain, value: converted ? .string(text) : value)),
            range: source.range(of: expression.range), bytes: expression.range)
    }

    /// `null` where a value must stand (a tuple's element, an object's value).
    private func nullNode(_ expression: HCLExpression) -> Node {
        Node(.scalar(Scalar(text: "null", style: .plain, value: .null)), range: source.range(of: expression.range),
             bytes: expression.range)
    }

    /// A value not known before evaluation.
    func unknown(_ expression: HCLExpression) -> Node { unknown(expression.range) }

    /// The text at `range` (an expression, a `dynamic` block) as a value not known before evaluation.
    func unknown(_ range: ByteRange) -> Node {
        UnknownNode(expression: source.text(range), range: source.range(of: range), bytes: range)
    }
}
