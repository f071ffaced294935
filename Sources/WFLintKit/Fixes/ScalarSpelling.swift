import DocumentModel

/// Whether a fix's new text for a scalar reads back as exactly that text, a
/// string, where the scalar is written and in the style it is written in: a
/// fix never adds an escape, so text that would need one is refused, and so is
/// plain text that YAML would read as something else (`true`, `a: b`, `#x`).
enum ScalarSpelling {
    /// Whether `text` can replace the value of a string scalar of `style`
    /// whose written text (its value, as the planners require) was `original`.
    static func readsAsWritten(_ text: String, style: ScalarStyle, original: String) -> Bool {
        guard !text.unicodeScalars.contains(where: needsEscape) else { return false }
        switch style {
        case .doubleQuoted: return !text.contains("\"") && !text.contains("\\")
        case .singleQuoted: return !text.contains("'")
        case .plain: return readsAsPlain(text, original: original)
        case .literal, .folded: return false
        }
    }

    /// Whether `text` can stand between quotes `quote` (`"` or `'`) as written.
    static func canQuote(_ text: String, with quote: Character) -> Bool {
        !text.unicodeScalars.contains(where: needsEscape) && !text.contains(quote) && !(quote == "\"" && text.contains("\\"))
    }

    /// `'` when more of the scalars under `root` (keys included, aliases not
    /// entered) are single-quoted than double-quoted, else `"`.
    static func preferredQuote(in root: Node) -> Character {
        var single = 0
        var double = 0
        var pending = [root]
        while let node = pending.popLast() {
            guard node.aliasTarget == nil else { continue }
            switch node.content {
            case .scalar(let scalar):
                if scalar.style == .singleQuoted { single += 1 }
                if scalar.style == .doubleQuoted { double += 1 }
            case .sequence(let items): pending += items
            case .mapping(let entries): for entry in entries { pending += [entry.key, entry.value] }
            }
        }
        return single > double ? "'" : "\""
    }

    /// Characters JSON or YAML would want escaped, or would fold or strip:
    /// controls (a tab and line breaks too), the line and paragraph
    /// separators, a byte-order mark, and a lone surrogate's stand-in
    /// (`LoneSurrogate`), which only an escape can write.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isControlOrLineSeparator || scalar == "\u{FEFF}" || LoneSurrogate.codeUnit(of: scalar) != nil
    }

    /// Plain text that every loader (the AWS CLI's YAML 1.2 and 1.1, PyYAML)
    /// reads as this string. The context is not known, so it is told by the
    /// original text: a plain scalar may hold a flow indicator (`,[]{}`) only
    /// in block context, so the new text may hold one only if the original
    /// did; and it may start with an indicator only as the original did.
    private static func readsAsPlain(_ text: String, original: String) -> Bool {
        // `<<` is the merge key to every loader, as a key and as a value
        // ("could not determine a constructor for the tag ...:merge"), though
        // its resolution is the tree builder's, not `resolvePlain`'s.
        guard let first = text.unicodeScalars.first, !text.hasPrefix(" "), !text.hasSuffix(" "),
            !text.contains(": "), !text.contains(" #"), !text.hasSuffix(":"),
            !text.hasPrefix("---"), !text.hasPrefix("..."), text != "<<"
        else { return false }
        if indicators.contains(first) {
            guard original.unicodeScalars.first == first, text.unicodeScalars.dropFirst().first != " " else {
                return false
            }
        }
        let flowIndicators = "[]{},"
        if text.contains(where: flowIndicators.contains), !original.contains(where: flowIndicators.contains) {
            return false
        }
        return [YAMLRules.ruamel12, .ruamel11, .pyyaml].allSatisfy { rules in
            (try? YAMLResolver.resolvePlain(text, rules: rules)) == .string(text)
        }
    }

    /// The characters a plain scalar may not start with (or only when
    /// followed by a non-blank: `-`, `?`, `:`).
    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]
}
