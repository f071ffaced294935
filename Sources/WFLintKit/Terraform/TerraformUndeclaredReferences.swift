import DocumentModel
import HCLReader

/// WF507 tf-undeclared-name: `var.NAME` or `local.NAME` where the module
/// declares no such variable or local value. Terraform refuses the module
/// ("Reference to undeclared input variable", "Reference to undeclared
/// local value"); wflint took the value for one not known before plan and
/// passed, so a mistyped `var.clinet_id` went through to apply.
///
/// Read are the expressions wflint evaluates: the workforce resources'
/// bodies and the local values, of every configuration file of the module,
/// as Terraform evaluates them once the override files are merged in (an
/// expression an override replaces is never read). Only a module whose
/// every configuration file was read and parsed is checked
/// (`TerraformModuleSources.knowsEveryFile`), since a file that was not may
/// declare the name.
struct TerraformUndeclaredReference: Sendable {
    /// WF507, or WF508 for a use of `var` or `local` Terraform refuses
    /// whatever the module declares (`TerraformReferenceSite.invalid`).
    let rule: String
    let file: Int
    let range: SourceRange
    /// The byte `range` starts at.
    let offset: Int
    let pointer: JSONPointer
    let message: String
    /// The value that holds the reference when it may be a secret's: a
    /// `client_secret`'s, or any local value's (a local that another
    /// file's `client_secret` reads is a secret, and the lint that shows
    /// the finding may not evaluate that resource: `wflint a.tf` showed
    /// `b.tf`'s secret local). Masked wherever the finding shows it.
    let secret: SourceRange?
}

enum TerraformUndeclaredReferences {
    /// What the override files write, which replaces the primary files':
    /// local values by name, and each workforce resource's top-level
    /// arguments and nested block types (a `dynamic` block counts as its
    /// label's type), by the resource's name.
    struct Overridden {
        var locals: Set<String> = []
        var resources: [String: Set<String>] = [:]
    }

    /// Each workforce resource's provisioners once the override files are
    /// merged (by the resource's name): an override that writes any
    /// replaces all before it, as Terraform merges them ("any provisioner
    /// blocks in the original block are ignored"). Which arguments of a
    /// resource-level `connection` are read depends on them, in whichever
    /// file the `connection` is written (`ResourceConnection`).
    struct MergedProvisioners {
        private var byResource: [String: [ResourceConnection.Own]] = [:]

        init() {}

        /// Takes the provisioners `body` writes, after those of the files before it.
        mutating func merge(_ body: HCLBody, resourceType: String) {
            for block in body.blocks where block.type.text == "resource" && block.labels.count == 2 && block.labels[0].value == resourceType {
                let own = block.body.items.compactMap { item -> ResourceConnection.Own? in
                    guard case .block(let provisioner) = item, provisioner.type.text == "provisioner" else { return nil }
                    return ResourceConnection.Own(provisioner.body)
                }
                if !own.isEmpty { byResource[block.labels[1].value] = own }
            }
        }

        /// The same for a `.tf.json` file's `root`.
        mutating func merge(json root: Node, schema: TerraformResourceSchema) {
            for resource in TerraformJSONTranslator.resources(of: schema, in: root) {
                let own = (resource.body.entries ?? []).filter { $0.name == "provisioner" }
                    .flatMap { TerraformUndeclaredReferences.provisionerBodies(in: $0.value) }
                    .map { ResourceConnection.Own(json: $0.body) }
                if !own.isEmpty { byResource[resource.name] = own }
            }
        }

        /// What `name`'s `connection` is read for.
        func connection(of name: String) -> ResourceConnection {
            ResourceConnection(provisioners: byResource[name] ?? [])
        }
    }

    /// One expression to read: where it is, what it is (`path` under its
    /// declaration) and the names bound around it.
    private struct Argument<Value> {
        let path: [String]
        let value: Value
        var shadowed: Set<String> = []
    }

    // MARK: Native syntax

    /// The undeclared references of file `file`, whose configuration is
    /// `body`, in source order; `overridden`: what the override files
    /// replace, for a primary file (nil for an override file).
    static func find(
        in body: HCLBody, file: Int, source: SourceText, resourceType: String, declared: TerraformDeclaredNames,
        overridden: Overridden?, provisioners: MergedProvisioners
    ) -> [TerraformUndeclaredReference] {
        var found: [TerraformUndeclaredReference] = []
        func report(_ value: HCLExpression, shadowed: Set<String> = [], under declaration: [String], path: () -> [String]) {
            let sites = TerraformReferenceSites.sites(in: value, shadowed: shadowed).filter { !declared.declares($0) }
            // The pointer and the secret's range only for a mistake: most arguments have none.
            guard !sites.isEmpty else { return }
            let pointer = JSONPointer(declaration + path())
            let mayBeSecret = declaration == ["locals"] || SensitiveValues.isSensitive(pointer)
            let secret = mayBeSecret ? source.range(of: value.range) : nil
            for site in sites {
                found.append(TerraformUndeclaredReference(
                    rule: site.rule, file: file, range: source.range(of: site.range), offset: site.range.start, pointer: pointer,
                    message: declared.message(for: site), secret: secret))
            }
        }
        // Over the items, not `blocks` and `attributes`: each of those filters a copy.
        for case .block(let block) in body.items {
            switch block.type.text {
            case "locals":
                for case .attribute(let attribute) in block.body.items where overridden?.locals.contains(attribute.name.text) != true {
                    report(attribute.value, under: ["locals"]) { [attribute.name.text] }
                }
            case "resource" where block.labels.count == 2 && block.labels[0].value == resourceType:
                let name = block.labels[1].value
                forEachArgument(
                    of: block.body, replaced: overridden?.resources[name] ?? [], connection: provisioners.connection(of: name)
                ) { value, shadowed, path in
                    report(value, shadowed: shadowed, under: ["resource", resourceType, name], path: path)
                }
            default:
                continue
            }
        }
        return found
    }

    /// Each argument of a resource's body and of its nested blocks, with
    /// the names bound where it is (a `dynamic` block's iterator, inside its
    /// `content` only) and its path, made only when asked for (a nested
    /// block as its type, labels and index among its like:
    /// `oidc_config/0/issuer`, `dynamic/oidc_config/0/content/0/issuer`).
    /// Left out, as Terraform does not read them as references to values:
    /// what an override replaces (`replaced`: top-level names), a
    /// `lifecycle` block's `ignore_changes` and `replace_triggered_by`
    /// (static names of the resource's own arguments and of other objects),
    /// a `dynamic` block's `iterator` (the name it binds: `iterator = var`),
    /// and what no `provisioner` of the merged resource uses of a
    /// resource-level `connection` (`connection`).
    private static func forEachArgument(
        of body: HCLBody, replaced: Set<String>, connection: ResourceConnection,
        _ visit: (_ value: HCLExpression, _ shadowed: Set<String>, _ path: () -> [String]) -> Void
    ) {
        var pending: [(body: HCLBody, path: [String], shadowed: Set<String>, kind: String)] = [(body, [], [], "")]
        while let (body, path, shadowed, kind) = pending.popLast() {
            let isTop = path.isEmpty
            var seen: [String: Int] = [:]
            for item in body.items {
                switch item {
                case .attribute(let attribute):
                    let name = attribute.name.text
                    guard !(isTop && replaced.contains(name)),
                        !(kind == "lifecycle" && (name == "ignore_changes" || name == "replace_triggered_by")),
                        !(kind == "dynamic" && name == "iterator"),
                        !(kind == "connection" && path.count == 2 && !connection.reads(name))
                    else { continue }
                    visit(attribute.value, shadowed) { path + [name] }
                case .block(let block):
                    let type = block.type.text
                    let replacedType = type == "dynamic" ? block.labels.first?.value ?? type : type
                    guard !(isTop && replaced.contains(replacedType)) else { continue }
                    let labels = [type] + block.labels.map(\.value)
                    let key = labels.joined(separator: "\u{0}")
                    let index = seen[key, default: 0]
                    seen[key] = index + 1
                    var inner = shadowed
                    if kind == "dynamic" && type == "content" { inner.insert(iteratorName(of: body, label: path.dropLast().last)) }
                    pending.append((block.body, path + labels + [String(index)], inner, type))
                }
            }
        }
    }

    /// What a resource's provisioners use of its own `connection` block:
    /// Terraform evaluates it for each provisioner, merged under that
    /// provisioner's `connection`, so an argument is read unless every
    /// provisioner's own `connection` sets it (`terraform validate`, v1.11.4,
    /// passes `host = var.nope` there when each sets `host`, and refuses it
    /// when one has no `connection` or sets only `user`); with no
    /// provisioner, nothing.
    struct ResourceConnection {
        /// Per provisioner: what its own `connection` sets, or that it has none.
        enum Own {
            case noConnection
            case sets(Set<String>)

            /// A provisioner block's.
            init(_ provisioner: HCLBody) {
                let own = provisioner.blocks.filter { $0.type.text == "connection" }
                self = own.isEmpty ? .noConnection : .sets(Set(own.flatMap { $0.body.attributes.map(\.name.text) }))
            }

            /// A `.tf.json` provisioner's body.
            init(json provisioner: Node) {
                let own = (provisioner.entries ?? []).filter { $0.name == "connection" }.flatMap { TerraformJSONTranslator.objects($0.value) }
                self = own.isEmpty ? .noConnection : .sets(Set(own.flatMap { ($0.entries ?? []).compactMap(\.name) }))
            }
        }

        let provisioners: [Own]

        func reads(_ argument: String) -> Bool {
            provisioners.contains { own in
                guard case .sets(let names) = own else { return true }
                return !names.contains(argument)
            }
        }
    }

    /// A `dynamic` block's iterator: its `iterator` argument's bare name, else its label.
    private static func iteratorName(of body: HCLBody, label: String?) -> String {
        let iterator = body.attributes.first { $0.name.text == "iterator" }
        if let iterator, case .variable(let name) = iterator.value.kind { return name }
        return label ?? ""
    }

    /// What override file `body` replaces in the primary files.
    static func overridden(by body: HCLBody, resourceType: String, into overridden: inout Overridden) {
        for block in body.blocks {
            if block.type.text == "locals" {
                overridden.locals.formUnion(block.body.attributes.map(\.name.text))
            } else if block.type.text == "resource", block.labels.count == 2, block.labels[0].value == resourceType {
                let names = block.body.items.map { item in
                    switch item {
                    case .attribute(let attribute): attribute.name.text
                    case .block(let block): block.type.text == "dynamic" ? block.labels.first?.value ?? "dynamic" : block.type.text
                    }
                }
                overridden.resources[block.labels[1].value, default: []].formUnion(names)
            }
        }
    }

    // MARK: JSON syntax

    /// The same for a `.tf.json` file's `root`: its strings are templates,
    /// and places inside a decoded string are not the file's, so each
    /// reference is reported at its string's start, once per name.
    static func find(
        inJSON root: Node, file: Int, schema: TerraformResourceSchema, declared: TerraformDeclaredNames, overridden: Overridden?,
        provisioners: MergedProvisioners
    ) -> [TerraformUndeclaredReference] {
        typealias JSON = TerraformJSONTranslator
        var found: [TerraformUndeclaredReference] = []
        func report(_ argument: Argument<Node>, under declaration: [String], traversal: Bool = false) {
            let strings = TerraformReferenceSites.sites(inJSON: argument.value, shadowed: argument.shadowed, traversal: traversal)
                .map { ($0.string, $0.sites.filter { !declared.declares($0) }) }.filter { !$0.1.isEmpty }
            guard !strings.isEmpty else { return }
            let pointer = JSONPointer(declaration + argument.path)
            let isSecret = declaration == ["locals"] || SensitiveValues.isSensitive(pointer)
            for (string, sites) in strings {
                for site in sites {
                    found.append(TerraformUndeclaredReference(
                        rule: site.rule, file: file, range: SourceRange(at: string.range.start), offset: string.bytes.start, pointer: pointer,
                        message: declared.message(for: site), secret: isSecret ? string.range : nil))
                }
            }
        }
        for body in JSON.objects(root) {
            for entry in body.entries ?? [] where entry.name == "locals" {
                for locals in JSON.objects(entry.value) {
                    for local in locals.entries ?? [] where local.name != JSON.comment {
                        guard let name = local.name, overridden?.locals.contains(name) != true else { continue }
                        report(Argument(path: [name], value: local.value), under: ["locals"])
                    }
                }
            }
        }
        for resource in JSON.resources(of: schema, in: root) {
            let replaced = overridden?.resources[resource.name] ?? []
            let connection = provisioners.connection(of: resource.name)
            for argument in jsonArguments(of: resource.body, schema: schema.body, replaced: replaced, connection: connection) {
                report(argument, under: ["resource", schema.type, resource.name], traversal: argument.path == ["depends_on"])
            }
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    /// The arguments of a `.tf.json` block's body, with their paths as the
    /// native syntax's (`forEachArgument`), leaving out what it does. A
    /// block's body is an object whose `//` property is a comment: a
    /// property the schema names a nested block is that block, as an
    /// object or an array of them; a `dynamic` block is its `for_each` and
    /// its `content` (a body of the label's block type, where its iterator
    /// is bound); a `provisioner`, a `connection` and a `lifecycle`'s
    /// conditions are bodies too. What the merged resource's provisioners
    /// use of a resource-level `connection` is read, as in the native
    /// syntax (`connection`; a nested block's `connection` is read whole).
    private static func jsonArguments(
        of body: Node, schema: TerraformBlockSchema?, replaced: Set<String> = [],
        connection: ResourceConnection = ResourceConnection(provisioners: [.noConnection])
    ) -> [Argument<Node>] {
        typealias JSON = TerraformJSONTranslator
        let entries = (body.entries ?? []).filter { $0.name != JSON.comment }
        var found: [Argument<Node>] = []
        for entry in entries {
            guard let name = entry.name, !replaced.contains(name) else { continue }
            switch name {
            case "dynamic":
                for label in entry.value.entries ?? [] where label.name != JSON.comment && !replaced.contains(label.name ?? "") {
                    for (index, block) in JSON.objects(label.value).enumerated() {
                        found += dynamicArguments(
                            of: block, path: ["dynamic", label.name ?? "", String(index)], label: label.name,
                            schema: schema?.block(named: label.name ?? "")?.body)
                    }
                }
            case "lifecycle":
                for (index, block) in JSON.objects(entry.value).enumerated() {
                    for member in block.entries ?? [] where ![JSON.comment, "ignore_changes", "replace_triggered_by"].contains(member.name) {
                        let path = ["lifecycle", String(index), member.name ?? ""]
                        if member.name == "precondition" || member.name == "postcondition" {
                            found += bodies(in: member.value, path: path)
                        } else {
                            found.append(Argument(path: path, value: member.value))
                        }
                    }
                }
            case "connection":
                found += bodies(in: entry.value, path: [name]).filter { connection.reads($0.path.last ?? "") }
            case "provisioner":
                for provisioner in provisionerBodies(in: entry.value) {
                    found += (provisioner.body.entries ?? []).filter { $0.name != JSON.comment }.map { member in
                        Argument(path: [name, provisioner.type, String(provisioner.index), member.name ?? ""], value: member.value)
                    }
                }
            default:
                if let nested = schema?.block(named: name) {
                    for (index, block) in JSON.objects(entry.value).enumerated() {
                        found += jsonArguments(of: block, schema: nested.body).map { argument in
                            Argument(path: [name, String(index)] + argument.path, value: argument.value, shadowed: argument.shadowed)
                        }
                    }
                } else {
                    found.append(Argument(path: [name], value: entry.value))
                }
            }
        }
        return found
    }

    /// The provisioners a `.tf.json` `provisioner` property writes: an
    /// object of them by type, or an array of such objects (the form that
    /// keeps their order), each type's an object or an array; `index`
    /// counts each type's as the native syntax's path does.
    private static func provisionerBodies(in value: Node) -> [(type: String, index: Int, body: Node)] {
        typealias JSON = TerraformJSONTranslator
        var seen: [String: Int] = [:]
        var found: [(type: String, index: Int, body: Node)] = []
        for types in JSON.objects(value) {
            for type in types.entries ?? [] where type.name != JSON.comment {
                let name = type.name ?? ""
                for body in JSON.objects(type.value) {
                    found.append((name, seen[name, default: 0], body))
                    seen[name, default: 0] += 1
                }
            }
        }
        return found
    }

    /// The properties of the block bodies `value` holds (an object, or an
    /// array of them), `//` comments left out.
    private static func bodies(in value: Node, path: [String]) -> [Argument<Node>] {
        TerraformJSONTranslator.objects(value).enumerated().flatMap { index, body in
            (body.entries ?? []).filter { $0.name != TerraformJSONTranslator.comment }.map { entry in
                Argument(path: path + [String(index), entry.name ?? ""], value: entry.value)
            }
        }
    }

    /// A `.tf.json` `dynamic` block's arguments: its `for_each` and
    /// `labels` as they are, its `content` as a body of the block type
    /// (`schema`) with the iterator bound (its `iterator` property, else
    /// the block's label).
    private static func dynamicArguments(of block: Node, path: [String], label: String?, schema: TerraformBlockSchema?) -> [Argument<Node>] {
        typealias JSON = TerraformJSONTranslator
        let iterator = block.entries?.last { $0.name == "iterator" }?.value.scalarText ?? label ?? ""
        var found: [Argument<Node>] = []
        for entry in block.entries ?? [] where entry.name != JSON.comment && entry.name != "iterator" {
            guard entry.name == "content" else {
                found.append(Argument(path: path + [entry.name ?? ""], value: entry.value))
                continue
            }
            for (index, content) in JSON.objects(entry.value).enumerated() {
                found += jsonArguments(of: content, schema: schema).map { argument in
                    Argument(path: path + ["content", String(index)] + argument.path, value: argument.value,
                             shadowed: argument.shadowed.union([iterator]))
                }
            }
        }
        return found
    }

    /// What `.tf.json` override file `root` replaces in the primary files.
    static func overridden(byJSON root: Node, schema: TerraformResourceSchema, into overridden: inout Overridden) {
        typealias JSON = TerraformJSONTranslator
        for body in JSON.objects(root) {
            for entry in body.entries ?? [] where entry.name == "locals" {
                for locals in JSON.objects(entry.value) {
                    overridden.locals.formUnion((locals.entries ?? []).compactMap(\.name).filter { $0 != JSON.comment })
                }
            }
        }
        for resource in JSON.resources(of: schema, in: root) {
            var names: [String] = []
            for entry in resource.body.entries ?? [] {
                if entry.name == "dynamic" { names += (entry.value.entries ?? []).compactMap(\.name) } else if let name = entry.name { names.append(name) }
            }
            overridden.resources[resource.name, default: []].formUnion(names)
        }
    }
}
