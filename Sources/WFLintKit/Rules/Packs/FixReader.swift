import DocumentModel

/// Reads a declarative rule's `fix:` and checks it against the rule's checks
/// and targets when the pack loads, so that a fix that could never apply, or
/// would write a wrong name, is a load error at its place in the pack.
struct FixReader {
    static let keys = ["action", "kind", "message", "to"]
    static let actions = ["remove-entry", "rename-key", "replace-value"]

    /// One check of the rule as written: its function and its targets.
    struct WrittenCheck {
        let name: String
        let function: any CheckFunction
        let targets: [DeclarativeReader.WrittenPath]
    }

    let syntax: PackSyntax
    let shapes: PathShapeChecker
    /// The placeholders the rule's message may use; the fix's `to` and `message` may use them too.
    let placeholders: Set<String>

    func read(_ node: Node, checks: [WrittenCheck]) throws(SourceError) -> PackFix {
        let entries = try syntax.mapping(node, allowed: Self.keys, in: "\"fix\"")
        let actionNode = try syntax.required(entries, "action", in: "\"fix\"", at: node)
        let actionName = try syntax.string(actionNode, "the fix action")
        guard Self.actions.contains(actionName) else {
            throw syntax.error(PackSyntax.unknown("fix action", actionName, in: "", valid: Self.actions), at: actionNode)
        }
        let kindNode = try syntax.required(entries, "kind", in: "\"fix\"", at: node)
        let kindText = try syntax.string(kindNode, "the fix kind")
        guard let kind = FixApplicability(rawValue: kindText) else {
            throw syntax.error(PackSyntax.unknown("fix kind", kindText, in: "", valid: ["safe", "unsafe"]), at: kindNode)
        }
        let message = try entries["message"].map { (entry) throws(SourceError) in
            try template(entry.value, what: "the fix message", isReplacement: false)
        }
        let action: PackFix.Action
        let description: String
        if actionName == "remove-entry" {
            if let to = entries["to"] { throw syntax.error("fix \"remove-entry\" takes no \"to\"", at: to.key) }
            try checkListItems(checks, at: actionNode)
            action = .removeEntry
            description = "remove the list entry"
        } else {
            guard let toNode = entries["to"]?.value else {
                throw syntax.error(
                    "fix \"\(actionName)\" needs \"to\": the new text, fixed or a template such as '{value|lower}'", at: node)
            }
            let to = try template(toNode, what: "the fix's \"to\"", isReplacement: true)
            let toText = try syntax.string(toNode, "the fix's \"to\"")
            if actionName == "replace-value" {
                try checkValues(checks, to: to, toText: toText, at: actionNode, toNode: toNode)
                action = .replaceValue(to)
                description = "replace the value with \"\(toText)\""
            } else {
                try checkKeys(checks, to: to, toText: toText, at: actionNode, toNode: toNode)
                action = .renameKey(to)
                description = "rename the key to \"\(toText)\""
            }
        }
        return PackFix(action: action, applicability: kind, message: message, summary: FixSummary(kind, description))
    }

    /// A template with the rule's placeholders and filters, not empty; a
    /// replacement's text must also be writable without an escape.
    private func template(_ node: Node, what: String, isReplacement: Bool) throws(SourceError) -> MessageTemplate {
        let text = try syntax.text(node, what)
        let template: MessageTemplate
        switch MessageTemplate.parse(text, placeholders: placeholders, filters: true) {
        case .success(let parsed): template = parsed
        case .failure(let error): throw syntax.error("\(what) \(error.reason)", atCharacter: error.offset, of: node)
        }
        guard isReplacement else { return template }
        if let offset = text.unicodeScalars.firstIndex(where: ScalarSpelling.needsEscape) {
            let scalar = text.unicodeScalars[offset]
            let character = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: offset)
            throw SourceError(
                file: syntax.file, position: syntax.position(ofCharacter: character, in: node),
                message: "\(what) holds U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)), "
                    + "which no scalar holds without an escape; a fix never writes escapes")
        }
        return template
    }

    /// `remove-entry`: every target is a list item.
    private func checkListItems(_ checks: [WrittenCheck], at actionNode: Node) throws(SourceError) {
        for check in checks {
            for target in check.targets where !target.path.endsAtListItem {
                throw syntax.error(
                    "fix \"remove-entry\" removes list items, but \(Self.describe(target)) is not one: "
                        + "its last step must be \"[*]\" or a filter", at: actionNode)
            }
        }
    }

    /// `replace-value`: every check looks at strings and no target is a key;
    /// a fixed replacement is a value the API allows where it goes.
    private func checkValues(
        _ checks: [WrittenCheck], to: MessageTemplate, toText: String, at actionNode: Node, toNode: Node
    ) throws(SourceError) {
        for check in checks {
            let looksAt = type(of: check.function).looksAt
            guard looksAt.contains(.string) else {
                throw syntax.error(
                    "fix \"replace-value\" replaces string values, but check \"\(check.name)\" looks at "
                        + looksAt.map(PathShapeChecker.plural).joined(separator: " or "), at: actionNode)
            }
            for target in check.targets {
                if target.path.steps.last == .keys {
                    throw syntax.error(
                        "fix \"replace-value\" replaces values, but target \"\(target.path)\" is keys: use \"rename-key\"",
                        at: actionNode)
                }
                guard to.placeholderNames.isEmpty, case .success(let reached) = shapes.reach(target.path) else { continue }
                for shape in reached.flatMap(\.shapes) where shape.type == .string {
                    if let values = shape.enumValues, !values.containsExactly(toText) {
                        throw syntax.error(
                            "the fix's \"to\" \"\(toText)\" is not a value the API allows for \"\(target.path)\": "
                                + values.joined(separator: ", "), at: toNode)
                    }
                    try checkLength(toText, shape, of: "\"\(target.path)\"", at: toNode)
                }
            }
        }
    }

    /// `rename-key`: every target is a key (`@key`) or a mapping's member
    /// (a member step or `*`); a structure's member becomes only another
    /// member of that structure, named in full.
    private func checkKeys(
        _ checks: [WrittenCheck], to: MessageTemplate, toText: String, at actionNode: Node, toNode: Node
    ) throws(SourceError) {
        for check in checks {
            for target in check.targets {
                let path = target.path
                switch path.steps.last {
                case .keys?, .values?, .member?: break
                default:
                    throw syntax.error(
                        "fix \"rename-key\" renames keys, but \(Self.describe(target)) is not a key or a member: "
                            + "end it in \"@key\", \"*\" or a member name", at: actionNode)
                }
                let parentPath = TargetPath(
                    steps: Array(path.steps.dropLast()), offsets: Array(path.offsets.dropLast()),
                    description: path.prefix(before: path.steps.count - 1))
                guard case .success(let reached) = shapes.reach(parentPath) else { continue }
                let parentName = parentPath.steps.isEmpty ? shapes.startName : "\"\(parentPath)\""
                for parent in reached.flatMap(\.shapes) {
                    if parent.type == .structure {
                        try checkMember(toText, of: parent, named: parentName, template: to, at: toNode)
                    } else if parent.type == .map, to.placeholderNames.isEmpty,
                        let keyShape = parent.key.flatMap(shapes.catalog.shape(named:))
                    {
                        try checkLength(toText, keyShape, of: "the keys of \(parentName)", at: toNode)
                    }
                }
            }
        }
    }

    private func checkMember(
        _ name: String, of structure: Shape, named parentName: String, template: MessageTemplate, at toNode: Node
    ) throws(SourceError) {
        guard template.placeholderNames.isEmpty else {
            throw syntax.error(
                "the fix renames members of \(parentName), whose names the API fixes: \"to\" must be a member name, "
                    + "not a template", at: toNode)
        }
        guard structure.member(name) == nil else { return }
        let valid = structure.members.map(\.name)
        let hint = MemberSuggestion.nearest(to: name, in: valid).map { "did you mean \"\($0)\"? " } ?? ""
        throw syntax.error(
            "the fix renames to \"\(name)\", which is not a member of \(parentName); \(hint)valid members: "
                + valid.joined(separator: ", "), at: toNode)
    }

    private func checkLength(_ text: String, _ shape: Shape, of place: String, at toNode: Node) throws(SourceError) {
        let length = text.unicodeScalars.count
        if let min = shape.min, length < min {
            throw syntax.error("the fix's \"to\" \"\(text)\" is shorter than the \(min) characters the API allows for \(place)", at: toNode)
        }
        if let max = shape.max, length > max {
            throw syntax.error("the fix's \"to\" \"\(text)\" is longer than the \(max) characters the API allows for \(place)", at: toNode)
        }
    }

    private static func describe(_ target: DeclarativeReader.WrittenPath) -> String {
        target.node == nil ? "the rule's scope object (it has no target)" : "target \"\(target.path)\""
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
