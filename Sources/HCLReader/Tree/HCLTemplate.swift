import DocumentModel

/// A quoted string or a heredoc: literal text, `${ }` interpolations and
/// `%{ }` directives.
///
/// Literal parts hold their final text: escapes decoded (quoted strings
/// only; a heredoc is raw), `$${`/`%%{` unescaped, the whitespace next to a
/// `~` strip marker removed, and a `<<-` heredoc's common indentation
/// removed. Neighbouring literals are one part.
public struct HCLTemplate: Sendable {
    public enum Style: Sendable, Equatable {
        case quoted
        /// `<<MARKER` or, `indented`, `<<-MARKER`.
        case heredoc(marker: String, indented: Bool)
    }

    public var style: Style
    public var parts: [HCLTemplatePart]

    /// The expression a template of one interpolation and nothing else
    /// wraps (`"${var.x}"`, strip markers or not: HCL's TemplateWrapExpr),
    /// whose value is that expression's own, not a string.
    public var wrapped: HCLExpression? {
        guard parts.count == 1, case .interpolation(let inner, _) = parts[0].kind else { return nil }
        return inner
    }

    /// The string, when the template holds only literal text (`""` included).
    public var literalValue: String? {
        var text = ""
        for part in parts {
            guard case .literal(let literal) = part.kind else { return nil }
            text += literal
        }
        return text
    }
}

public struct HCLTemplatePart: Sendable {
    public indirect enum Kind: Sendable {
        case literal(String)
        case interpolation(HCLExpression, strip: HCLStripMarkers)
        case conditional(HCLTemplateIf)
        case loop(HCLTemplateFor)
    }

    public var kind: Kind
    public var range: ByteRange
}

/// `~` after a sequence's opening brace (`leading`) or before its closing one
/// (`trailing`): the whitespace of the literal on that side is removed.
public struct HCLStripMarkers: Sendable, Equatable {
    public var leading: Bool
    public var trailing: Bool

    public static let none = HCLStripMarkers(leading: false, trailing: false)

    public init(leading: Bool, trailing: Bool) {
        self.leading = leading
        self.trailing = trailing
    }
}

/// One `%{ ... }` directive as written: its range and strip markers.
public struct HCLDirectiveTag: Sendable, Equatable {
    public var range: ByteRange
    public var strip: HCLStripMarkers
}

/// `%{ if condition }...%{ else }...%{ endif }`.
public struct HCLTemplateIf: Sendable {
    public var condition: HCLExpression
    public var then: [HCLTemplatePart]
    /// Nil without `%{ else }`.
    public var otherwise: [HCLTemplatePart]?
    public var ifTag: HCLDirectiveTag
    public var elseTag: HCLDirectiveTag?
    public var endTag: HCLDirectiveTag
}

/// `%{ for k, v in collection }...%{ endfor }`.
public struct HCLTemplateFor: Sendable {
    public var keyVariable: HCLName?
    public var valueVariable: HCLName
    public var collection: HCLExpression
    public var body: [HCLTemplatePart]
    public var forTag: HCLDirectiveTag
    public var endTag: HCLDirectiveTag
}
