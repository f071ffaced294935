import DocumentModel

/// Reads the declarative part of a rule: scope, targets, conditions, checks,
/// message and replacements.
struct DeclarativeReader {
    let syntax: PackSyntax

    func read(_ entries: [String: MappingEntry], descriptor: RuleDescriptor, rule: Node) throws(SourceError) -> DeclarativeRule {
        let scope = try readScope(entries["scope"]?.value)
        let shapes = PathShapeChecker(catalog: .builtin, kinds: descriptor.kinds, scope: scope)
        if shapes.starts.isEmpty, let kindsNode = entries["kinds"]?.value {
            let kinds = DocumentKind.allCases.filter { descriptor.kinds?.contains($0) ?? true }.map(\.rawValue)
            throw syntax.error(
                "rule \"\(descriptor.id)\" applies only to kinds without a workforce object (\(kinds.joined(separator: ", "))); "
                    + "add \"scope: document\" for paths from the document root", at: kindsNode)
        }
        let targets = try entries["target"].map { (entry) throws(SourceError) in
            try readTargets(entry.value, shapes: shapes)
        } ?? [WrittenPath(path: .object, node: nil)]
        let checkNode = try syntax.required(entries, "check", in: "the rule", at: rule)
        let checkNodes = checkNode.elements ?? [checkNode]
        guard !checkNodes.isEmpty else { throw syntax.error("\"check\" must name at least one check", at: checkNode) }
        var checks: [DeclarativeRule.TargetedFunction] = []
        var writtenChecks: [FixReader.WrittenCheck] = []
        var placeholders: Set<String> = ["name", "value"]
        for node in checkNodes {
            let (check, written, variables) = try readCheck(node, defaultTargets: targets, shapes: shapes)
            checks.append(check)
            writtenChecks.append(written)
            placeholders.formUnion(variables)
        }
        let messageNode = try syntax.required(entries, "message", in: "the rule", at: rule)
        // A block scalar's line break at its end (`message: |`) is no part of
        // the sentence: kept, it put a space before the text output's `[ID]`.
        var messageText = try syntax.text(messageNode, "the message")
        while messageText.last?.isWhitespace == true { messageText.removeLast() }
        let message: MessageTemplate
        switch MessageTemplate.parse(messageText, placeholders: placeholders) {
        case .success(let template): message = template
        case .failure(let error): throw syntax.error("the message \(error.reason)", atCharacter: error.offset, of: messageNode)
        }
        let fixReader = FixReader(syntax: syntax, shapes: shapes, placeholders: placeholders)
        return DeclarativeRule(
            descriptor: descriptor, scope: scope,
            conditions: try entries["when"].map { (entry) throws(SourceError) in
                try readConditions(entry.value, shapes: shapes)
            } ?? [],
            checks: checks, message: message,
            replaces: try entries["replaces"].map { (entry) throws(SourceError) in try readReplaces(entry.value) } ?? [],
            fix: try entries["fix"].map { (entry) throws(SourceError) in try fixReader.read(entry.value, checks: writtenChecks) })
    }

    private func readScope(_ node: Node?) throws(SourceError) -> RuleScope {
        guard let node else { return .workforce }
        let text = try syntax.string(node, "\"scope\"")
        guard let scope = RuleScope(rawValue: text) else {
            throw syntax.error("unknown scope \"\(text)\"; valid scopes: document, workforce", at: node)
        }
        return scope
    }

    /// A path as the pack writes it: the node it is written in (nil for the
    /// scope object, when a rule has no target), for errors.
    struct WrittenPath {
        let path: TargetPath
        let node: Node?
    }

    private func readTargets(_ node: Node, shapes: PathShapeChecker) throws(SourceError) -> [WrittenPath] {
        let items = node.scalar != nil ? [node] : try syntax.list(node, "\"target\"")
        var paths: [WrittenPath] = []
        for item in items {
            let text = try syntax.string(item, "a target")
            paths.append(WrittenPath(path: try readPath(text, at: item, shapes: shapes, what: "target"), node: item))
        }
        return paths
    }

    /// A path parsed and checked against the shapes; an error points at the
    /// offending step inside the path's text.
    private func readPath(_ text: String, at node: Node, shapes: PathShapeChecker, what: String) throws(SourceError) -> TargetPath {
        let result = TargetPath.parse(text).flatMap { path in shapes.reach(path).map { _ in path } }
        switch result {
        case .success(let path): return path
        case .failure(let error):
            throw SourceError(
                file: syntax.file, position: syntax.position(ofCharacter: error.offset, in: node),
                message: "invalid \(what) \"\(text)\": \(error.reason)")
        }
    }

    /// One `check:` mapping: `function`, an optional `target` overriding the
    /// rule's, and the function's options. Returns the placeholders it offers.
    private func readCheck(_ node: Node, defaultTargets: [WrittenPath], shapes: PathShapeChecker) throws(SourceError)
        -> (DeclarativeRule.TargetedFunction, FixReader.WrittenCheck, Set<String>)
    {
        guard let entries = node.entries else {
            throw syntax.error("a check must be a mapping with \"function\", not \(node.typeDescriptionWithArticle)", at: node)
        }
        guard let functionEntry = entries.first(where: { $0.name == "function" }) else {
            throw syntax.error("a check lacks the key \"function\"", at: node)
        }
        let functionName = try syntax.string(functionEntry.value, "the check function")
        guard let function = CheckFunctions.named(functionName) else {
            throw syntax.error(
                PackSyntax.unknown("check function", functionName, in: "", valid: CheckFunctions.names),
                at: functionEntry.value)
        }
        let allowed = PackLoader.checkKeys + function.optionNames
        var optionEntries = try syntax.mapping(node, allowed: allowed, in: "check \"\(functionName)\"")
        let targets = try optionEntries["target"].map { (entry) throws(SourceError) in
            try readTargets(entry.value, shapes: shapes)
        } ?? defaultTargets
        for key in PackLoader.checkKeys { optionEntries[key] = nil }
        let options = CheckOptions(
            syntax: syntax, function: functionName, functionNode: functionEntry.value, entries: optionEntries)
        let instance = try function.init(options: options)
        for target in targets {
            try checkTypes(
                of: target, for: instance, named: functionName, at: functionEntry.value, options: options, shapes: shapes)
        }
        let placeholders = Set(function.variables + function.optionNames)
        return (.init(targets: targets.map(\.path), function: instance, optionValues: options.templateValues),
                FixReader.WrittenCheck(name: functionName, function: instance, targets: targets), placeholders)
    }

    /// `when: {Member: {one-of: [...], or-absent: true}}`.
    private func readConditions(_ node: Node, shapes: PathShapeChecker) throws(SourceError) -> [RuleCondition] {
        guard let entries = node.entries else { throw syntax.error("\"when\" must be a mapping of paths to conditions", at: node) }
        var conditions: [RuleCondition] = []
        // A path written twice: YAML loaders keep the last condition, wflint
        // would have required both; neither is what the author meant.
        var firstKeys: [ExactText: Node] = [:]
        for entry in entries {
            let pathText = try syntax.string(entry.key, "a \"when\" path")
            if let first = firstKeys[ExactText(pathText)] {
                throw syntax.error(
                    "duplicate key \"\(pathText)\" in \"when\", first defined at \(first.range.start)", at: entry.key)
            }
            firstKeys[ExactText(pathText)] = entry.key
            let path = try readPath(pathText, at: entry.key, shapes: shapes, what: "\"when\" path")
            let fields = try syntax.mapping(entry.value, allowed: ["one-of", "or-absent"], in: "condition \"\(pathText)\"")
            let values = try fields["one-of"].map { (field) throws(SourceError) in
                try syntax.strings(field.value, "\"one-of\"")
            } ?? []
            let orAbsent = try fields["or-absent"].map { (field) throws(SourceError) in
                try syntax.bool(field.value, "\"or-absent\"")
            } ?? false
            if let field = fields["one-of"], values.isEmpty {
                throw syntax.error("\"one-of\" of condition \"\(pathText)\" lists no value", at: field.value)
            }
            guard !values.isEmpty || orAbsent else {
                throw syntax.error("condition \"\(pathText)\" needs \"one-of\" or \"or-absent\"", at: entry.value)
            }
            conditions.append(RuleCondition(path: path, values: values, orAbsent: orAbsent))
        }
        return conditions
    }

    private func readReplaces(_ node: Node) throws(SourceError) -> [String] {
        let items = node.scalar != nil ? [node] : try syntax.list(node, "\"replaces\"")
        var ids: [String] = []
        for item in items {
            let id = try syntax.string(item, "each entry of \"replaces\"")
            guard PackLoader.replaceableRules.contains(id) else {
                throw syntax.error(
                    "\"\(id)\" cannot be replaced; replaceable rules: \(PackLoader.replaceableRules.joined(separator: ", "))",
                    at: item)
            }
            ids.append(id)
        }
        return ids
    }
}

/// Reads `examples: {valid: [...], invalid: [...]}`. A valid example is a YAML
/// text, or a mapping with `yaml:`, `json:` or `hcl:` (Terraform; and
/// `operation:`, and `file:`, the name it is linted as); an invalid one
/// a mapping that adds `findings:`, each `"line:col"` or `{at, pointer, message}`.
struct ExampleReader {
    let syntax: PackSyntax
    static let exampleKeys = ["file", "findings", "fixed", "hcl", "json", "operation", "yaml"]
    /// The keys only an invalid example has.
    static let invalidOnlyKeys = ["findings", "fixed"]
    static let findingKeys = ["at", "message", "pointer"]

    func read(_ node: Node, section: String) throws(SourceError) -> RuleExamples {
        let entries = try syntax.mapping(node, allowed: ["invalid", "valid"], in: "\"examples\"")
        var lists: [String: [RuleExample]] = [:]
        for kind in ["valid", "invalid"] {
            guard let entry = entries[kind], let items = entry.value.elements, !items.isEmpty else {
                throw syntax.error("\(section) has no \(kind) example; every rule needs both kinds", at: node)
            }
            var examples: [RuleExample] = []
            for item in items { examples.append(try readExample(item, invalid: kind == "invalid")) }
            lists[kind] = examples
        }
        return RuleExamples(valid: lists["valid"] ?? [], invalid: lists["invalid"] ?? [])
    }

    private func readExample(_ node: Node, invalid: Bool) throws(SourceError) -> RuleExample {
        if !invalid, node.scalar != nil {
            return RuleExample(
                format: .yaml, text: try syntax.string(node, "an example"), operation: nil,
                position: node.range.start, findings: [])
        }
        let allowed = invalid ? Self.exampleKeys : Self.exampleKeys.filter { !Self.invalidOnlyKeys.contains($0) }
        let entries = try syntax.mapping(node, allowed: allowed, in: "an example")
        let format: SourceFormat
        let textNode: Node
        switch (entries["yaml"], entries["json"], entries["hcl"]) {
        case (let yaml?, nil, nil): (format, textNode) = (.yaml, yaml.value)
        case (nil, let json?, nil): (format, textNode) = (.json, json.value)
        case (nil, nil, let hcl?): (format, textNode) = (.hcl, hcl.value)
        default: throw syntax.error("an example needs exactly one of \"yaml\", \"json\" or \"hcl\"", at: node)
        }
        let operation = try entries["operation"].map { (entry) throws(SourceError) in
            try syntax.operation(entry.value, "\"operation\"")
        }
        var findings: [ExpectedFinding] = []
        if invalid {
            let findingsNode = try syntax.required(entries, "findings", in: "an invalid example", at: node)
            for item in try syntax.list(findingsNode, "\"findings\"") { findings.append(try readFinding(item)) }
            guard !findings.isEmpty else { throw syntax.error("an invalid example must expect at least one finding", at: findingsNode) }
        }
        let file = try entries["file"].map { (entry) throws(SourceError) in try syntax.string(entry.value, "\"file\"") }
        if let file, let fileNode = entries["file"]?.value {
            if file.contains("/") {
                throw syntax.error("\"file\" \"\(file)\" names a folder; an example's file is a name alone", at: fileNode)
            }
            let read = SourceFormat.of(name: file, bytes: [])
            if read != format {
                // Terraform's JSON syntax has no example key of its own.
                let readAs = read == .terraformJSON ? "Terraform JSON, which an example cannot hold" : read.rawValue
                throw syntax.error(
                    "\"file\" \"\(file)\" is read as \(readAs), but the example is \(format.rawValue); "
                        + "name a file that is read as \(format.rawValue)", at: fileNode)
            }
        }
        return RuleExample(
            format: format, text: try syntax.string(textNode, "an example document"), operation: operation,
            position: node.range.start, findings: findings,
            fixed: try entries["fixed"].map { (entry) throws(SourceError) in try syntax.string(entry.value, "\"fixed\"") },
            file: file)
    }

    private func readFinding(_ node: Node) throws(SourceError) -> ExpectedFinding {
        if node.scalar != nil {
            return ExpectedFinding(position: try readPosition(node), pointer: nil, message: nil)
        }
        let entries = try syntax.mapping(node, allowed: Self.findingKeys, in: "an expected finding")
        let at = try syntax.required(entries, "at", in: "an expected finding", at: node)
        return ExpectedFinding(
            position: try readPosition(at),
            pointer: try entries["pointer"].map { (entry) throws(SourceError) in try syntax.jsonPointer(entry.value, "\"pointer\"") },
            message: try entries["message"].map { (entry) throws(SourceError) in try syntax.string(entry.value, "\"message\"") })
    }

    private func readPosition(_ node: Node) throws(SourceError) -> SourcePosition {
        let text = try syntax.string(node, "a finding position")
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let line = Int(parts[0]), let column = Int(parts[1]), line >= 1, column >= 1 else {
            throw syntax.error("a finding position must be \"line:column\", like \"3:7\", not \"\(text)\"", at: node)
        }
        return SourcePosition(line: line, column: column)
    }
}
