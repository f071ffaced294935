import DocumentModel
import HCLReader

/// The first string of a `.tf.json` file that Terraform reads as a template
/// and that does not parse as one (`"${var.name"`, `"%{ if c }x"` without its
/// `endif`). Terraform refuses the file ("Unclosed template interpolation
/// sequence"); wflint took such a string for a value not known before plan
/// and passed, where the same text in a `.tf` file is WF001. Read are the
/// strings whose templates wflint evaluates: the workforce resources' values
/// and the local values, besides `output` and `module` arguments (a
/// `variable`'s `default` is literal JSON, a `//` property a comment).
enum TerraformJSONTemplates {
    /// The error at the first such string, in file order, at its start; the
    /// message quotes nothing of the string, which may be a secret.
    static func firstError(in root: Node, schema: TerraformResourceSchema) -> SyntaxError? {
        typealias JSON = TerraformJSONTranslator
        var values: [Node] = []
        for body in JSON.objects(root) {
            for entry in body.entries ?? [] {
                switch entry.name {
                case "locals":
                    values += JSON.objects(entry.value).flatMap { arguments(of: $0) }
                case "output", "module":
                    for labels in JSON.objects(entry.value) {
                        for label in labels.entries ?? [] where label.name != JSON.comment {
                            values += JSON.objects(label.value).flatMap { arguments(of: $0) }
                        }
                    }
                default:
                    continue
                }
            }
        }
        values += JSON.resources(of: schema, in: root).map(\.body)
        var first: SyntaxError?
        for value in values {
            guard let error = firstError(inValue: value), first.map({ error.position < $0.position }) ?? true else { continue }
            first = error
        }
        return first
    }

    /// The values of a body's properties, but a `//` comment's.
    private static func arguments(of body: Node) -> [Node] {
        (body.entries ?? []).filter { $0.name != TerraformJSONTranslator.comment }.map(\.value)
    }

    /// The first string in `value` (keys of a body's `//` left out) that
    /// holds a template sequence and does not parse.
    static func firstError(inValue value: Node) -> SyntaxError? {
        var pending = [value]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar(let scalar):
                guard case .string(let text) = scalar.value, text.contains("${") || text.contains("%{") else { continue }
                if let reason = TerraformJSONValues.templateError(text) {
                    return SyntaxError(message: "this string does not parse as a template: \(reason)", position: node.range.start)
                }
            case .sequence(let items):
                pending += items.reversed()
            case .mapping(let entries):
                pending += entries.filter { $0.name != TerraformJSONTranslator.comment }.map(\.value).reversed()
            }
        }
        return nil
    }
}
