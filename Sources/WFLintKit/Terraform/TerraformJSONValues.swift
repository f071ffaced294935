import DocumentModel

/// Turns the values of Terraform's JSON syntax into document nodes, as far
/// as they are known without evaluating Terraform (`TerraformValues` does
/// the same for the native syntax). In JSON syntax every string is a
/// template: one that interpolates (`${`) or holds a directive (`%{`) is
/// unknown; `$${` and `%%{` are a literal `${` and `%{`. Numbers and bools
/// become the string they convert to where a string is expected; `null`
/// leaves an argument unset. An object with a key that interpolates is
/// unknown as a whole.
struct TerraformJSONValues {
    let source: SourceText

    /// The node for `value` where an argument of `type` expects it, or nil for `null`.
    func node(_ value: Node, as type: TerraformArgument.ValueType?) -> Node? {
        switch value.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null:
                return nil
            case .string(let text):
                guard let literal = Self.literal(text) else { return unknown(value) }
                return Node(
                    .scalar(Scalar(text: literal, style: .doubleQuoted, value: .string(literal))), range: value.range,
                    bytes: value.bytes)
            default:
                // A number or bool, as written.
                guard type == .string else { return value }
                return Node(
                    .scalar(Scalar(text: scalar.text, style: .plain, value: .string(scalar.text))), range: value.range,
                    bytes: value.bytes)
            }
        case .sequence(let items):
            let element: TerraformArgument.ValueType? = type?.holdsStrings == true ? .string : nil
            let nodes = items.map { item in node(item, as: element) ?? item }
            return Node(.sequence(nodes), range: value.range, bytes: value.bytes)
        case .mapping(let entries):
            let element: TerraformArgument.ValueType? = type == .stringMap ? .string : nil
            var converted: [MappingEntry] = []
            for entry in entries {
                guard let name = entry.key.string.flatMap(Self.literal) else { return unknown(value) }
                let key = Node(
                    .scalar(Scalar(text: name, style: .doubleQuoted, value: .string(name))), range: entry.key.range,
                    bytes: entry.key.bytes)
                converted.append(MappingEntry(key: key, value: node(entry.value, as: element) ?? entry.value))
            }
            return Node(.mapping(converted), range: value.range, bytes: value.bytes)
        }
    }

    /// The text of a template without interpolation or directive, its
    /// escapes (`$${`, `%%{`) undone; nil for one that has either.
    static func literal(_ template: String) -> String? {
        guard template.contains("{") else { return template }
        let scalars = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let opensSequence = (scalar == "$" || scalar == "%") && index + 1 < scalars.count
            if opensSequence && scalars[index + 1] == "{" { return nil }
            if opensSequence && scalars[index + 1] == scalar && index + 2 < scalars.count && scalars[index + 2] == "{" {
                out.append(scalar)
                out.append("{")
                index += 3
                continue
            }
            out.append(scalar)
            index += 1
        }
        return String(out)
    }

    /// `value` as a value not known before evaluation.
    func unknown(_ value: Node) -> Node {
        UnknownNode(expression: source.text(value.bytes), range: value.range, bytes: value.bytes)
    }
}
