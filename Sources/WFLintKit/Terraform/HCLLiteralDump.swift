import DocumentModel
import HCLReader

/// What the HCL reader reads in a file, as JSON: its attributes and blocks,
/// each attribute's literal value, and the source text of every value that
/// is not a literal. It is the reader's own view, before any Terraform
/// evaluation, for comparing it with another HCL parser (python-hcl2 in
/// `Tests/Terraform`, through the hidden `wflint hcl-values` command).
///
/// A body is `{"attributes": {name: value}, "blocks": [{"type", "labels",
/// "body"}]}`. A value is a string, `true`, `false`, `null`, an array, an
/// object (literal keys), or one of four tagged objects: `{"$number":
/// "1.5e3"}` (the literal as written: HCL numbers have arbitrary precision),
/// `{"$heredoc": "text\n"}` (a heredoc without interpolation, its text
/// final), `{"$expression": "var.x"}` (not a literal), `{"$sensitive": true}`
/// (a value under a secret's name, or a `sensitive = true` variable's
/// `default`, which wflint never prints).
public enum HCLLiteralDump {
    /// The file's body, or the reader's syntax error as `line:col: message`.
    public static func json(of bytes: [UInt8]) -> Result<JSONOutput, HCLSyntaxError> {
        do {
            let file = try HCLReader.parse(bytes)
            return .success(body(file.body, file.source))
        } catch {
            return .failure(error)
        }
    }

    /// `hidesDefault`: the body of a `variable` declared `sensitive = true`,
    /// whose `default` is a secret as Terraform has it.
    private static func body(_ body: HCLBody, _ source: SourceText, hidesDefault: Bool = false) -> JSONOutput {
        let attributes = body.attributes.map { attribute in
            let name = attribute.name.text
            return (name, hidesDefault && name == "default"
                ? .object([("$sensitive", .bool(true))]) : value(attribute.value, named: name, source))
        }
        let blocks = body.blocks.map { block in
            JSONOutput.object([
                ("type", .string(block.type.text)),
                ("labels", .array(block.labels.map { .string($0.value) })),
                ("body", self.body(block.body, source, hidesDefault: isSensitiveVariable(block))),
            ])
        }
        return .object([("attributes", .object(attributes)), ("blocks", .array(blocks))])
    }

    private static func isSensitiveVariable(_ block: HCLBlock) -> Bool {
        guard block.type.text == "variable" else { return false }
        return block.body.attributes.contains { attribute in
            guard attribute.name.text == "sensitive", case .bool(true) = attribute.value.kind else { return false }
            return true
        }
    }

    private static func value(_ expression: HCLExpression, named name: String, _ source: SourceText) -> JSONOutput {
        if SensitiveValues.isSensitiveKey(name) { return .object([("$sensitive", .bool(true))]) }
        switch expression.kind {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .object([("$number", .string(number.text))])
        case .unary(.negate, let operand):
            guard case .number(let number) = operand.kind else { break }
            return .object([("$number", .string("-" + number.text))])
        case .template(let template):
            guard let text = template.literalValue else { break }
            return template.style == .quoted ? .string(text) : .object([("$heredoc", .string(text))])
        case .tuple(let elements):
            return .array(elements.map { value($0, named: name, source) })
        case .object(let items):
            guard items.allSatisfy({ $0.literalKey != nil }) else { break }
            return .object(items.map { item in
                let key = item.literalKey ?? ""
                return (key, value(item.value, named: key, source))
            })
        default: break
        }
        return .object([("$expression", .string(source.text(expression.range)))])
    }
}
