import DocumentModel
import HCLReader

/// Turns the values of Terraform's JSON syntax into document nodes, as far
/// as they are known without evaluating Terraform (`TerraformValues` does
/// the same for the native syntax). In JSON syntax every string is a
/// template: one that is exactly one interpolation of a reference
/// (`"${var.cidrs}"`, `"${local.idp.issuer}"`, strip markers or not) is
/// that expression, resolved in the module as the native syntax resolves
/// it; any other that interpolates (`${`) or holds a directive (`%{`) is
/// unknown; `$${` and `%%{` are a literal `${` and `%{`. Numbers and
/// bools become the string they convert to where a string is expected;
/// `null` leaves an argument unset. An object with a key that interpolates
/// is unknown as a whole.
struct TerraformJSONValues {
    let source: SourceText
    /// Which file of `module` `source` is, by its index in `module.files`
    /// (`module.linted`: the linted file; 0 without a module).
    var file = 0
    /// Where references are looked up; without one every reference is unknown.
    var module: TerraformModule? = nil
    /// Whether `source` holds a resource's own text (`TerraformValues.isResource`).
    var isResource = false

    /// The node for `value` where an argument of `type` expects it, or nil for `null`.
    func node(_ value: Node, as type: TerraformArgument.ValueType?) -> Node? {
        switch value.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null:
                return nil
            case .string(let text):
                guard let literal = Self.literal(text).map(TerraformUnicode.nfc) else {
                    guard let resolved = reference(text, value, as: type) else { return rendered(text, value) ?? unknown(value) }
                    // A `null` value leaves the argument unset, as a literal `null` does.
                    if case .scalar(let scalar) = resolved.content, case .null = scalar.value { return nil }
                    return resolved
                }
                return made(Node(
                    .scalar(Scalar(text: literal, style: .doubleQuoted, value: .string(literal))), range: value.range,
                    bytes: value.bytes))
            default:
                // A number or bool where a string is expected: the string
                // Terraform makes of it (`10.0` is `"10"`, `true` is `"true"`).
                guard type == .string else { return made(value) }
                guard let text = TerraformNumberText.stringValue(of: scalar) else { return unknown(value) }
                return made(Node(.scalar(Scalar(text: text, style: .plain, value: .string(text))), range: value.range, bytes: value.bytes))
            }
        case .sequence(let items):
            let element: TerraformArgument.ValueType? = type?.holdsStrings == true ? .string : nil
            let nodes = items.map { item in node(item, as: element) ?? made(item) }
            return made(Node(.sequence(nodes), range: value.range, bytes: value.bytes))
        case .mapping(let entries):
            let element: TerraformArgument.ValueType? = type == .stringMap ? .string : nil
            var converted: [MappingEntry] = []
            for entry in entries {
                guard let name = entry.key.string.flatMap(Self.literal).map(TerraformUnicode.nfc) else { return unknown(value) }
                let key = made(Node(
                    .scalar(Scalar(text: name, style: .doubleQuoted, value: .string(name))), range: entry.key.range,
                    bytes: entry.key.bytes))
                let value = node(entry.value, as: element) ?? made(entry.value)
                // A null entry of a map of strings is not sent (`TerraformValues.isNull`).
                if type == .stringMap && TerraformValues.isNull(value) { continue }
                converted.append(MappingEntry(key: key, value: value))
            }
            return made(Node(.mapping(converted), range: value.range, bytes: value.bytes))
        }
    }

    /// The member `key` of a `.tf.json` local's JSON value as written: an
    /// object's (the last of its name) or an array's (an index); nil for
    /// none, and for any member of an object with a key that is not literal
    /// (`"${var.k}"`: its keys are not known).
    static func part(of node: Node, key: String) -> Node? {
        switch node.content {
        case .sequence(let items):
            guard let position = Int(key), items.indices.contains(position) else { return nil }
            return items[position]
        case .mapping(let entries):
            var found: Node?
            for entry in entries {
                guard let name = entry.key.string.flatMap(literal) else { return nil }
                if name == key { found = entry.value }
            }
            return found
        case .scalar:
            return nil
        }
    }

    /// An item of a value as `node(_:as:)` makes it in an object or array:
    /// `null` as itself.
    func item(_ value: Node) -> Node { node(value, as: nil) ?? made(value) }

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

    /// `"${REFERENCE}"`, one interpolation of `var.NAME` or `local.NAME`
    /// (with attributes and indexes, or in `sensitive(...)`, which marks
    /// its value sensitive) and nothing else, resolved as the
    /// native syntax resolves the reference; nil for any other template, or
    /// a reference whose value is not known. A use in a resource is
    /// where the value is used (`TerraformModule.uses`).
    private func reference(_ template: String, _ value: Node, as type: TerraformArgument.ValueType?) -> Node? {
        guard let module, template.hasPrefix("${"), template.hasSuffix("}") else { return nil }
        var inner = template.dropFirst(2).dropLast()
        // Strip markers (`${~ var.x ~}`) strip the text around, and there
        // is none: Terraform evaluates the string to the value itself
        // (`"${~[1, 2]~}"` is a tuple in `terraform console`).
        if inner.first == "~" { inner = inner.dropFirst() }
        if inner.last == "~" { inner = inner.dropLast() }
        // Anything else around or inside (a second interpolation, a nested
        // template) makes it a template, not a reference.
        guard !inner.contains(where: { "{}~%$".contains($0) }) else { return nil }
        guard let parsed = try? HCLReader.parse(Array("v = \(inner)\n".utf8)),
            let attribute = parsed.body.attributes.first, parsed.body.items.count == 1
        else { return nil }
        // `"${sensitive(local.pw)}"`: the reference's value, marked as the native syntax marks it.
        var expression = attribute.value
        var isSensitive = false
        if case .call(let call) = expression.kind, TerraformSensitiveCalls.isSensitive(call) {
            (expression, isSensitive) = (call.arguments[0], true)
        }
        guard case .traversal(let root, let steps) = expression.kind,
            var resolved = TerraformValues(source: parsed.source, file: file, module: module).known(root, steps, as: type)
        else { return nil }
        if isResource || file == module.linted {
            resolved = module.placed(resolved, at: TerraformPlace(file: file, range: value.range))
        }
        if isSensitive { module.markSensitive(resolved) }
        return resolved
    }

    /// A template that interpolates known values, as Terraform renders it
    /// (`TerraformValues.renderedText`: `"${var.env}-labeling"`); nil for
    /// one that stays unknown.
    private func rendered(_ template: String, _ value: Node) -> Node? {
        guard let module, let parsed = Self.template(template), case .template(let parts) = parsed.expression.kind else { return nil }
        let values = TerraformValues(source: parsed.source, file: file, module: module)
        guard let (written, isSensitive) = values.renderedText(of: parts) else { return nil }
        var text = written
        // The heredoc the string is parsed as ends with a newline of its own,
        // in the last literal part; a `~}` before it strips it, and the last
        // part is then the interpolation (`"a${local.y~}"` ends with `y`'s).
        if case .literal(let last)? = parts.parts.last?.kind, last.unicodeScalars.last == "\n", text.unicodeScalars.last == "\n" {
            text.unicodeScalars.removeLast()
        }
        return values.renderedNode(text, isSensitive: isSensitive, range: value.range, bytes: value.bytes)
    }

    /// A node built from this file, recorded as this file's in the module.
    private func made(_ node: Node) -> Node {
        module?.built(node, in: file)
        return node
    }

    /// `value` as a value not known before evaluation.
    func unknown(_ value: Node) -> Node {
        made(UnknownNode(expression: source.text(value.bytes), range: value.range, bytes: value.bytes))
    }
}

extension TerraformJSONValues {
    /// The known values a secret's value may pass on, as
    /// `TerraformValues.referencedValues` finds them: each string in `value`
    /// is a template, read as the native syntax reads it (`"${trimspace(local.idp.pw)}"`,
    /// `"${var.env == \"prod\" ? local.idp.prod : local.idp.dev}"`). `iterators`:
    /// by name, the template each one's `for_each` is (`each` of a resource's).
    func referencedValues(in value: Node, iterators: [String: String] = [:]) -> [Node] {
        guard let module else { return [] }
        // Parsed once for every string of `value`, not once each.
        let parsedIterators = iterators.compactMapValues { forEach in
            Self.template(forEach).map { ($0.expression, TerraformValues(source: $0.source, file: file, module: module)) }
        }
        var found: [Node] = []
        var pending = [value]
        while let next = pending.popLast() {
            switch next.content {
            case .scalar(let scalar):
                guard case .string(let text) = scalar.value, text.contains("${") || text.contains("%{"),
                    let template = Self.template(text)
                else { continue }
                found += TerraformValues(source: template.source, file: file, module: module)
                    .referencedValues(in: template.expression, iterators: parsedIterators, synthetic: true)
            case .sequence(let items): pending += items
            case .mapping(let entries): pending += entries.map(\.value)
            }
        }
        return found
    }

    /// A JSON string as the template HCL's JSON syntax makes of it, parsed
    /// as a heredoc's (raw text, `${ }` and `%{ }` sequences); nil when it
    /// does not parse.
    static func template(_ text: String) -> (expression: HCLExpression, source: SourceText)? {
        try? parsedTemplate(text).get()
    }

    /// Why `text` does not parse as a template, quoting none of it (it may
    /// be a secret), or nil when it parses.
    static func templateError(_ text: String) -> String? {
        guard case .failure(let error) = parsedTemplate(text) else { return nil }
        return error.reason
    }

    /// Why a string does not parse as a template.
    struct TemplateError: Error {
        let reason: String
    }

    /// `text` parsed as the heredoc `template` and `templateError` read: one
    /// parse for both, its error quoting nothing of the text.
    private static func parsedTemplate(_ text: String) -> Result<(expression: HCLExpression, source: SourceText), TemplateError> {
        let marker = heredocMarker(for: text)
        let opening = "v = <<\(marker)\n"
        do {
            let parsed = try HCLReader.parse(Array((opening + text + "\n" + marker + "\n").utf8), quotingSource: false)
            guard let attribute = parsed.body.attributes.first else { return .failure(TemplateError(reason: "no template")) }
            return .success((attribute.value, parsed.source))
        } catch {
            // The reader's places are in the heredoc made of the string, not in the file.
            var message = error.syntaxError.message.replacing(#/ at \d+:\d+/#, with: "")
            // Stopped at the marker after the text: what it found there is the heredoc's.
            if error.offset >= opening.utf8.count + text.utf8.count, let found = message.firstRange(of: ", found ") {
                message = String(message[..<found.lowerBound]) + " before the string ends"
            }
            return .failure(TemplateError(reason: message))
        }
    }

    /// A heredoc marker that no line of `text` closes: a line is the marker
    /// when it is the marker alone, blanks around it. Chosen in one pass over
    /// `text`; lengthening the marker until `text` did not contain it went
    /// over the text once for each `_`, and a 30 KB secret took minutes.
    static func heredocMarker(for text: String) -> String {
        let base = "WFLINT_TEMPLATE"
        let blanks: Set<Character> = [" ", "\t"]
        var taken: Set<Substring> = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let trimmed = line.drop { blanks.contains($0) }
            guard trimmed.hasPrefix(base) else { continue }
            taken.insert(trimmed.dropLast(trimmed.reversed().prefix { blanks.contains($0) }.count))
        }
        var marker = base
        // Each `_` needs a line of its own in `text` to be taken.
        while taken.contains(Substring(marker)) { marker += "_" }
        return marker
    }
}
