import DocumentModel
import HCLReader

/// WF507 tf-undeclared-name: `var.NAME` or `local.NAME` where the
/// module declares no such variable or local value. Terraform refuses the
/// module ("Reference to undeclared input variable", "Reference to
/// undeclared local value"); wflint took the value for one not known before
/// plan and passed, so a mistyped `var.clinet_id` went through to apply.
///
/// Read are the expressions wflint evaluates: the workforce resources'
/// bodies and the local values, of every configuration file of the module,
/// override files too. Only a module whose every configuration file was read
/// and parsed is checked (`TerraformModuleSources.knowsEveryFile`), since a
/// file that was not may declare the name.
struct TerraformUndeclaredReference: Sendable {
    let file: Int
    let range: SourceRange
    /// The byte `range` starts at.
    let offset: Int
    let pointer: JSONPointer
    let message: String
}

/// One `var.NAME` or `local.NAME` written in an expression.
struct TerraformReferenceSite {
    /// `var` or `local`.
    let root: String
    let name: String
    /// From the root to the name (`var.name`), where Terraform reports it.
    let range: ByteRange
}

enum TerraformUndeclaredReferences {
    /// The undeclared references of file `file`, whose configuration is
    /// `body`, given the module's `variables` and `locals` names, in source order.
    static func find(
        in body: HCLBody, file: Int, source: SourceText, resourceType: String, variables: [String], locals: [String]
    ) -> [TerraformUndeclaredReference] {
        var found: [TerraformUndeclaredReference] = []
        let check = Check(variables: variables, locals: locals)
        for block in body.blocks {
            switch block.type.text {
            case "locals":
                for attribute in block.body.attributes {
                    let pointer = JSONPointer(["locals", attribute.name.text])
                    found += check.undeclared(in: sites(in: attribute.value), file: file, pointer: pointer) {
                        (source.range(of: $0.range), $0.range.start)
                    }
                }
            case "resource" where block.labels.count == 2 && block.labels[0].value == resourceType:
                for argument in arguments(of: block.body) {
                    let pointer = JSONPointer(["resource", resourceType, block.labels[1].value] + argument.path)
                    found += check.undeclared(in: sites(in: argument.value, shadowed: argument.shadowed), file: file, pointer: pointer) {
                        (source.range(of: $0.range), $0.range.start)
                    }
                }
            default:
                continue
            }
        }
        return found
    }

    /// The same for a `.tf.json` file's `root`: its strings are templates,
    /// and places inside a decoded string are not the file's, so each
    /// reference is reported at its string's start.
    static func find(
        inJSON root: Node, file: Int, schema: TerraformResourceSchema, variables: [String], locals: [String]
    ) -> [TerraformUndeclaredReference] {
        typealias JSON = TerraformJSONTranslator
        var found: [TerraformUndeclaredReference] = []
        let check = Check(variables: variables, locals: locals)
        let atString = { (string: Node) in
            { (_: TerraformReferenceSite) in (SourceRange(at: string.range.start), string.bytes.start) }
        }
        for body in JSON.objects(root) {
            for entry in body.entries ?? [] where entry.name == "locals" {
                for locals in JSON.objects(entry.value) {
                    for local in locals.entries ?? [] where local.name != JSON.comment {
                        let pointer = JSONPointer(["locals", local.name ?? ""])
                        for (string, sites) in templateSites(in: local.value) {
                            found += check.undeclared(in: sites, file: file, pointer: pointer, at: atString(string))
                        }
                    }
                }
            }
        }
        for resource in JSON.resources(of: schema, in: root) {
            for argument in jsonArguments(of: resource.body, schema: schema.body) {
                let pointer = JSONPointer(["resource", schema.type, resource.name] + argument.path)
                for (string, sites) in templateSites(in: argument.value) {
                    found += check.undeclared(in: sites, file: file, pointer: pointer, at: atString(string))
                }
            }
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    /// The names a module declares, and the message for one it does not.
    private struct Check {
        let variables: [String]
        let locals: [String]
        private let declaredVariables: Set<String>
        private let declaredLocals: Set<String>

        init(variables: [String], locals: [String]) {
            self.variables = variables.sorted()
            self.locals = locals.sorted()
            declaredVariables = Set(variables)
            declaredLocals = Set(locals)
        }

        func undeclared(
            in sites: [TerraformReferenceSite], file: Int, pointer: JSONPointer,
            at place: (TerraformReferenceSite) -> (range: SourceRange, offset: Int)
        ) -> [TerraformUndeclaredReference] {
            sites.compactMap { site in
                let isVariable = site.root == "var"
                guard !(isVariable ? declaredVariables : declaredLocals).contains(site.name) else { return nil }
                let (range, offset) = place(site)
                return TerraformUndeclaredReference(
                    file: file, range: range, offset: offset, pointer: pointer,
                    message: message(site.name, isVariable: isVariable))
            }
        }

        /// Terraform's own words, with the nearest declared name or, without
        /// one, the declared names in order (actionlint's way: the reader
        /// sees what is there to choose from).
        private func message(_ name: String, isVariable: Bool) -> String {
            let (what, names, declaration) = isVariable
                ? ("input variable", variables, "a variable \"\(name)\" {} block")
                : ("local value", locals, "an entry \"\(name)\" in a locals block")
            var message = "reference to undeclared \(what) \"\(name)\""
            if let nearest = Self.nearest(to: name, in: names) {
                message += "; did you mean \"\(nearest)\"?"
            } else if names.isEmpty {
                message += "; the module declares none: add \(declaration)"
            } else {
                let shown = names.prefix(Self.listedNames).map { "\"\($0)\"" }.joined(separator: ", ")
                let more = names.count > Self.listedNames ? ", and \(names.count - Self.listedNames) more" : ""
                message += "; the module declares \(shown)\(more)"
            }
            return message
        }

        /// The declared name nearest `name`, when fewer edits apart than
        /// either is long: `zz` is two edits from `a`, and no typo of it.
        private static func nearest(to name: String, in names: [String]) -> String? {
            guard let nearest = MemberSuggestion.nearest(to: name, in: names) else { return nil }
            let distance = MemberSuggestion.editDistance(
                Array(name.lowercased().unicodeScalars), Array(nearest.lowercased().unicodeScalars))
            return distance < min(name.unicodeScalars.count, nearest.unicodeScalars.count) ? nearest : nil
        }

        /// A module may declare hundreds of variables: the message lists this many.
        static let listedNames = 10
    }

    /// The arguments of a block's body and of its nested blocks, in source
    /// order, each with its path (a nested block as its type, labels and
    /// index among its like: `oidc_config/0/issuer`,
    /// `dynamic/oidc_config/0/content/0/issuer`) and the names bound where
    /// it is (a `dynamic` block's iterator, inside its `content`).
    /// `depends_on` and a `lifecycle` block's `ignore_changes` and
    /// `replace_triggered_by` name objects rather than read values
    /// (Terraform refuses a variable there for a reason of its own).
    static func arguments(of body: HCLBody) -> [(path: [String], value: HCLExpression, shadowed: Set<String>)] {
        var found: [(path: [String], value: HCLExpression, shadowed: Set<String>)] = []
        var pending: [(body: HCLBody, path: [String], shadowed: Set<String>, inLifecycle: Bool)] = [(body, [], [], false)]
        while let (body, path, shadowed, inLifecycle) = pending.popLast() {
            var seen: [[String]: Int] = [:]
            for item in body.items {
                switch item {
                case .attribute(let attribute):
                    let name = attribute.name.text
                    guard name != "depends_on", !(inLifecycle && ["ignore_changes", "replace_triggered_by"].contains(name))
                    else { continue }
                    found.append((path + [name], attribute.value, shadowed))
                case .block(let block):
                    let kind = [block.type.text] + block.labels.map(\.value)
                    let index = seen[kind, default: 0]
                    seen[kind] = index + 1
                    var inner = shadowed
                    if block.type.text == "dynamic", let label = block.labels.first {
                        let iterator = block.body.attributes.first { $0.name.text == "iterator" }
                        inner.insert(iterator.flatMap { $0.value.kind.variableName } ?? label.value)
                    }
                    pending.append((block.body, path + kind + [String(index)], inner, block.type.text == "lifecycle"))
                }
            }
        }
        return found.sorted { $0.value.range.start < $1.value.range.start }
    }

    /// The references in `expression`, but those whose root a `for`
    /// expression (or a template's `%{ for }`) binds, in source order.
    /// Without recursion: an expression's depth is bounded by the reader,
    /// but a walk of its own frames on a worker's stack needs no budget.
    static func sites(in expression: HCLExpression, shadowed: Set<String> = []) -> [TerraformReferenceSite] {
        var found: [TerraformReferenceSite] = []
        var pending: [(Pending, Set<String>)] = [(.expression(expression), shadowed)]
        while let (next, shadowed) = pending.popLast() {
            switch next {
            case .expression(let expression):
                pending += children(of: expression, shadowed: shadowed, found: &found)
            case .parts(let parts):
                pending += children(of: parts, shadowed: shadowed)
            }
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    private enum Pending {
        case expression(HCLExpression)
        case parts([HCLTemplatePart])
    }

    private static func children(
        of expression: HCLExpression, shadowed: Set<String>, found: inout [TerraformReferenceSite]
    ) -> [(Pending, Set<String>)] {
        let plain = { (expressions: [HCLExpression]) in expressions.map { (Pending.expression($0), shadowed) } }
        switch expression.kind {
        case .number, .bool, .null, .variable:
            return []
        case .template(let template):
            return [(.parts(template.parts), shadowed)]
        case .call(let call):
            return plain(call.arguments)
        case .tuple(let items):
            return plain(items)
        case .object(let items):
            // A bare name as a key is the key's text, not a reference.
            return plain(items.flatMap { item in
                if case .variable = item.key.kind { [item.value] } else { [item.key, item.value] }
            })
        case .forExpression(let loop):
            var inner = shadowed
            inner.insert(loop.valueVariable.text)
            if let key = loop.keyVariable { inner.insert(key.text) }
            let scoped = [loop.key, loop.value, loop.condition].compactMap { $0 }.map { (Pending.expression($0), inner) }
            return [(.expression(loop.collection), shadowed)] + scoped
        case .traversal(let root, let steps):
            if case .variable(let rootName) = root.kind, rootName == "var" || rootName == "local",
                !shadowed.contains(rootName), let first = steps.first, case .attribute(let name) = first.kind
            {
                found.append(TerraformReferenceSite(
                    root: rootName, name: name, range: ByteRange(start: root.range.start, end: first.range.end)))
            }
            let indexes = steps.compactMap { step -> HCLExpression? in
                if case .index(let index) = step.kind { index } else { nil }
            }
            return plain([root] + indexes)
        case .parentheses(let inner), .unary(_, let inner):
            return plain([inner])
        case .binary(let first, let rest):
            return plain([first] + rest.map(\.operand))
        case .conditional(let condition, let whenTrue, let whenFalse):
            return plain([condition, whenTrue, whenFalse])
        }
    }

    private static func children(of parts: [HCLTemplatePart], shadowed: Set<String>) -> [(Pending, Set<String>)] {
        parts.flatMap { part -> [(Pending, Set<String>)] in
            switch part.kind {
            case .literal:
                return []
            case .interpolation(let inner, _):
                return [(.expression(inner), shadowed)]
            case .conditional(let branch):
                return [(.expression(branch.condition), shadowed), (.parts(branch.then), shadowed),
                        (.parts(branch.otherwise ?? []), shadowed)]
            case .loop(let loop):
                var inner = shadowed
                inner.insert(loop.valueVariable.text)
                if let key = loop.keyVariable { inner.insert(key.text) }
                return [(.expression(loop.collection), shadowed), (.parts(loop.body), inner)]
            }
        }
    }

    /// The arguments of a `.tf.json` block's body, with their paths as the
    /// native syntax's (`arguments(of:)`): a property that the schema names
    /// a nested block is that block, as an object or an array of them; a
    /// `dynamic` block's path ends at its label and index.
    private static func jsonArguments(of body: Node, schema: TerraformBlockSchema?) -> [(path: [String], value: Node)] {
        var found: [(path: [String], value: Node)] = []
        for entry in body.entries ?? [] {
            guard let name = entry.name, name != TerraformJSONTranslator.comment, name != "depends_on" else { continue }
            if name == "dynamic" {
                for label in entry.value.entries ?? [] where label.name != TerraformJSONTranslator.comment {
                    for (index, block) in TerraformJSONTranslator.objects(label.value).enumerated() {
                        found.append((["dynamic", label.name ?? "", String(index)], block))
                    }
                }
            } else if let nested = schema?.block(named: name) {
                for (index, block) in TerraformJSONTranslator.objects(entry.value).enumerated() {
                    found += jsonArguments(of: block, schema: nested.body).map { ([name, String(index)] + $0.path, $0.value) }
                }
            } else {
                found.append(([name], entry.value))
            }
        }
        return found
    }

    /// The references of each string in a `.tf.json` value that holds a
    /// template sequence and parses (one that does not is WF001 already:
    /// `TerraformJSONTemplates`), `//` comments left out.
    private static func templateSites(in value: Node) -> [(string: Node, sites: [TerraformReferenceSite])] {
        var found: [(Node, [TerraformReferenceSite])] = []
        var pending = [value]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar(let scalar):
                guard case .string(let text) = scalar.value, text.contains("${") || text.contains("%{"),
                    let template = TerraformJSONValues.template(text)
                else { continue }
                // Each name once: all of a string's references are at its start.
                var named: Set<[String]> = []
                let sites = sites(in: template.expression).filter { named.insert([$0.root, $0.name]).inserted }
                if !sites.isEmpty { found.append((node, sites)) }
            case .sequence(let items):
                pending += items.reversed()
            case .mapping(let entries):
                pending += entries.filter { $0.name != TerraformJSONTranslator.comment && $0.name != "depends_on" }
                    .map(\.value).reversed()
            }
        }
        return found
    }
}

extension HCLExpression.Kind {
    /// The name of a bare identifier (`cfg` of `iterator = cfg`).
    fileprivate var variableName: String? {
        if case .variable(let name) = self { name } else { nil }
    }
}
