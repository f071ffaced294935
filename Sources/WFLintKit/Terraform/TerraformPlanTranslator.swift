import DocumentModel

/// Builds a `TerraformResource` from a resource of a plan or state
/// (`TerraformPlan`): its values are what Terraform evaluated, so each is
/// known and literal (no template), but where `after_unknown` marks it,
/// which makes it an `UnknownNode` (present, never checked) whether the plan
/// leaves it out or writes it `null`. Where `after_sensitive` or
/// `sensitive_values` marks a value, it is kept out of every output.
///
/// What the provider wrote is no user's mistake: attributes the mapping does
/// not know, computed ones (`arn`, `id`) and `region` are left out without a
/// finding, and so is any block past the first. Pointers point into the
/// plan file, where each value is.
struct TerraformPlanTranslator {
    let schema: TerraformResourceSchema
    private var pointers: [JSONPointer: JSONPointer] = [:]
    private var sensitive: [Node] = []

    /// `resource` as document `index`.
    static func translate(_ resource: TerraformPlan.Resource, index: Int, schema: TerraformResourceSchema) -> TerraformResource {
        var translator = TerraformPlanTranslator(schema: schema)
        translator.pointers[.root] = resource.pointer
        let entries = translator.body(
            resource.values, schema.body, unknown: resource.unknown, sensitive: resource.sensitive, api: .root,
            plan: resource.pointer)
        let root = Node(.mapping(entries), range: resource.values.range, bytes: resource.values.bytes)
        var translated = TerraformResource(
            name: resource.name, document: Document(index: index, root: root), pointers: translator.pointers,
            findings: [], sensitive: translator.sensitive, range: resource.values.bytes)
        translated.address = resource.address
        return translated
    }

    private init(schema: TerraformResourceSchema) {
        self.schema = schema
    }

    /// The members of one object of values, then those `unknown` marks that
    /// the values leave out (unknown, but present).
    private mutating func body(
        _ values: Node, _ schema: TerraformBlockSchema, unknown: Node?, sensitive: [Node], api: JSONPointer,
        plan: JSONPointer
    ) -> [MappingEntry] {
        var entries: [MappingEntry] = []
        for entry in values.entries ?? [] {
            guard let name = entry.name else { continue }
            let marks = (unknown: unknown?.mark(name), sensitive: sensitive.compactMap { $0.mark(name) })
            if let argument = schema.argument(named: name) {
                guard var value = self.value(entry.value, unknown: marks.unknown, sensitive: marks.sensitive),
                    !argument.isUnsent(value)
                else { continue }
                if argument.isUnread(value) {
                    value = UnknownNode(expression: "(not read back)", range: value.range, bytes: value.bytes)
                }
                // A node inside the value has the rest of its pointer (`terraformPointer`).
                pointers[api.appending(argument.api)] = plan.appending(name)
                entries.append(MappingEntry(key: TerraformResource.key(argument.api, at: entry.key.range, bytes: entry.key.bytes), value: value))
            } else if let nested = schema.block(named: name),
                let block = firstBlock(entry, nested, marks: marks, api: api, plan: plan)
            {
                entries.append(block)
            }
        }
        for entry in unknown?.entries ?? [] where entry.value.isMarked && values.entry(entry.name ?? "") == nil {
            guard let name = entry.name, let api = schema.argument(named: name)?.api ?? schema.block(named: name)?.api else {
                continue
            }
            let value = UnknownNode(expression: "(known after apply)", range: entry.value.range, bytes: entry.value.bytes)
            entries.append(MappingEntry(key: TerraformResource.key(api, at: entry.key.range, bytes: entry.key.bytes), value: value))
        }
        return entries
    }

    /// The first block of a nested block's list of values; nil for none.
    private mutating func firstBlock(
        _ entry: MappingEntry, _ nested: TerraformNestedBlock, marks: (unknown: Node?, sensitive: [Node]),
        api: JSONPointer, plan: JSONPointer
    ) -> MappingEntry? {
        let key = TerraformResource.key(nested.api, at: entry.key.range, bytes: entry.key.bytes)
        let apiPointer = api.appending(nested.api)
        let planPointer = plan.appending(nested.name).appending(0)
        if marks.unknown?.isMarked == true {
            pointers[apiPointer] = plan.appending(nested.name)
            return MappingEntry(key: key, value: UnknownNode(expression: "(known after apply)", range: entry.value.range, bytes: entry.value.bytes))
        }
        guard let first = entry.value.elements?.first, first.entries != nil,
            !Self.isReadBackEmpty(first, unknown: marks.unknown?.mark(0))
        else { return nil }
        pointers[apiPointer] = planPointer
        let members = body(
            first, nested.body, unknown: marks.unknown?.mark(0), sensitive: marks.sensitive.compactMap { $0.mark(0) },
            api: apiPointer, plan: planPointer)
        return MappingEntry(key: key, value: Node(.mapping(members), range: first.range, bytes: first.bytes))
    }

    /// Whether a block holds nothing but empty values: what the provider's
    /// Read writes for an API member the service returned empty, such as
    /// `source_ip_config` with no `cidrs` in every state and plan of a
    /// workforce without an allow list (the API's own DescribeWorkforce
    /// holds `"SourceIpConfig": {"Cidrs": []}` there). Such a block is the
    /// provider's reading, left out as its computed attributes are; a
    /// configuration that writes one sends it, but a plan cannot tell the two.
    /// A block with a value known only after apply is not empty.
    private static func isReadBackEmpty(_ block: Node, unknown: Node?) -> Bool {
        guard !(unknown?.entries ?? []).contains(where: { $0.value.isMarked }) else { return false }
        return (block.entries ?? []).allSatisfy { entry in
            switch entry.value.content {
            case .scalar(let scalar): scalar.value == .null || scalar.value == .string("")
            case .sequence(let items): items.isEmpty
            case .mapping(let entries): entries.isEmpty
            }
        }
    }

    /// A value as evaluated; unknown where `unknown` marks it, nil for `null`.
    /// Sensitive where a mark in `sensitive` says so (its items too).
    private mutating func value(_ value: Node, unknown: Node?, sensitive: [Node]) -> Node? {
        if unknown?.isMarked == true {
            return UnknownNode(expression: "(known after apply)", range: value.range, bytes: value.bytes)
        }
        if sensitive.contains(where: \.isMarked) { self.sensitive.append(value) }
        switch value.content {
        case .scalar(let scalar):
            return scalar.value == .null ? nil : value
        case .sequence(let items):
            let converted = items.enumerated().map { index, item in
                self.value(item, unknown: unknown?.mark(index), sensitive: sensitive.compactMap { $0.mark(index) }) ?? item
            }
            return Node(.sequence(converted), range: value.range, bytes: value.bytes)
        case .mapping(let entries):
            let converted = entries.map { entry in
                let name = entry.name ?? ""
                let item = self.value(
                    entry.value, unknown: unknown?.mark(name), sensitive: sensitive.compactMap { $0.mark(name) })
                return MappingEntry(key: entry.key, value: item ?? entry.value)
            }
            return Node(.mapping(converted), range: value.range, bytes: value.bytes)
        }
    }
}
