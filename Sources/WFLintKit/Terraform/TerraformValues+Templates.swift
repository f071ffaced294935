import DocumentModel
import HCLReader

extension TerraformValues {
    /// A template that interpolates known values, as Terraform renders it
    /// (`renderedText`), at `expression`; nil for one that stays unknown.
    func rendered(_ template: HCLTemplate, at expression: HCLExpression) -> Node? {
        guard let (text, isSensitive) = renderedText(of: template) else { return nil }
        return renderedNode(text, isSensitive: isSensitive, range: source.range(of: expression.range), bytes: expression.range)
    }

    /// The string a template rendered to, as a node of this file at
    /// `range`, sensitive when a part of the template was: both syntaxes'
    /// rendered templates are made here.
    func renderedNode(_ text: String, isSensitive: Bool, range: SourceRange, bytes: ByteRange) -> Node {
        let node = made(Node(.scalar(Scalar(text: text, style: .doubleQuoted, value: .string(text))), range: range, bytes: bytes))
        if isSensitive { module?.markSensitive(node) }
        return node
    }

    /// The string Terraform renders a template to: `"${var.env}-labeling"`
    /// with `env = "prod"` is `prod-labeling`, checked as sent. Each
    /// interpolation must be a known string, number or bool (a number as its
    /// string, `TerraformNumberText`); the literal parts hold their final
    /// text (strip markers and a `<<-` heredoc's indentation applied by the
    /// reader). In NFC, as Terraform makes every string; sensitive when a
    /// part is. Nil, and the template unknown, for a directive (`%{ if }`),
    /// a part that is null (Terraform refuses it), a collection or unknown,
    /// or a string past what the lint may still render
    /// (`TerraformModule.renderBudget`; without a module, nothing is
    /// interpolated but literals, and the string is no longer than its source).
    func renderedText(of template: HCLTemplate) -> (text: String, isSensitive: Bool)? {
        let hasDirective = template.parts.contains { part in
            switch part.kind {
            case .conditional, .loop: true
            case .literal, .interpolation: false
            }
        }
        guard !hasDirective else { return nil }
        var text = ""
        var isKnown = true
        var isSensitive = false
        for part in template.parts {
            if case .literal(let literal) = part.kind, isKnown { text += literal }
            guard case .interpolation(let inner, _) = part.kind else { continue }
            // Each part is evaluated, after an unknown one too: what it
            // reads (an ephemeral value, a variable a secret feeds) is told.
            let value = node(inner, as: .string)
            guard isKnown, let value, !(value is UnknownNode), case .scalar(let scalar) = value.content,
                case .string(let string) = scalar.value,
                // Asked before the part is copied: a refused template costs no copy.
                module?.mayRender(text.utf8.count + string.utf8.count) ?? true
            else {
                isKnown = false
                continue
            }
            text += string
            isSensitive = isSensitive || module?.isSensitive(value) == true
        }
        guard isKnown, module?.mayRender(text.utf8.count) ?? true else { return nil }
        module?.spendRendered(text.utf8.count)
        return (TerraformUnicode.nfc(text), isSensitive)
    }
}
