import DocumentModel

/// Builds `TerraformResource`s from Terraform's JSON syntax (`.tf.json`,
/// CDK for Terraform's `cdk.tf.json`), read by the JSON reader: the same
/// documents, pointers and findings as `TerraformTranslator` makes of the
/// native syntax, at the JSON's own lines and columns.
///
/// HCL's JSON syntax (hashicorp/hcl `json/spec.md`): a body is an object or
/// an array of objects; a block's labels are nested objects, one level each,
/// any of which may be an array of objects; a nested block is an object or an
/// array of objects, one block each; a property named `//` is a comment; a
/// string is a template (`TerraformJSONValues`).
struct TerraformJSONTranslator {
    let schema: TerraformResourceSchema
    let values: TerraformJSONValues
    private var pointers: [JSONPointer: JSONPointer] = [:]
    private var findings: [TerraformFinding] = []
    private var sensitive: [Node] = []
    private var origins: [JSONPointer: TerraformOrigin] = [:]
    private var recordedValues: [JSONPointer: TerraformRecordedValue] = [:]
    private var secretUses: [TerraformSecretUse] = []
    /// The iterators in scope, by name, with their `for_each` template: a
    /// resource's `each`, a `dynamic` block's own (what a secret read
    /// through one may be).
    private var iterators: [String: String] = [:]

    init(schema: TerraformResourceSchema, source: SourceText, module: TerraformModule?, file: Int = 0) {
        self.schema = schema
        self.values = TerraformJSONValues(source: source, file: file, module: module, isResource: true)
    }

    /// One `resource.TYPE.NAME` body of the file.
    struct Block: Sendable {
        let name: String
        let body: Node
        /// The name's key (`"NAME": {...}`).
        var key: Node? = nil
    }

    /// The resource bodies of `schema`'s type under the file's `root`, in source order.
    static func resources(of schema: TerraformResourceSchema, in root: Node) -> [Block] {
        var blocks: [Block] = []
        for file in objects(root) {
            for resource in members(file, named: "resource").flatMap(objects) {
                for type in members(resource, named: schema.type).flatMap(objects) {
                    for entry in type.entries ?? [] where entry.name != Self.comment {
                        guard let name = entry.name else { continue }
                        blocks += objects(entry.value).map { Block(name: name, body: $0, key: entry.key) }
                    }
                }
            }
        }
        return blocks
    }

    /// The resource `block` (of file `file` of `module`) as document `index`.
    static func translate(
        _ block: Block, index: Int, schema: TerraformResourceSchema, source: SourceText, module: TerraformModule? = nil,
        file: Int = 0
    ) -> TerraformResource {
        var translator = TerraformJSONTranslator(schema: schema, source: source, module: module, file: file)
        let pointer = JSONPointer(["resource", schema.type, block.name])
        translator.pointers[.root] = pointer
        if let key = block.key,
            let invalid = TerraformFinding.invalidResourceName(
                block.name, type: schema.type, range: key.range, pointer: pointer)
        {
            translator.findings.append(invalid)
        }
        if let forEach = members(block.body, named: "for_each").first?.string { translator.iterators["each"] = forEach }
        let entries = translator.body(
            block.body, schema.body, api: .root, terraform: pointer, owner: "\(schema.type).\(block.name)",
            isResource: true)
        let root = Node(.mapping(entries), range: block.body.range, bytes: block.body.bytes)
        translator.writtenElsewhere(root, api: .root)
        return TerraformResource(
            name: block.name, document: Document(index: index, root: root), pointers: translator.pointers,
            findings: translator.findings.map { $0.written(in: file) }, sensitive: translator.sensitive,
            range: block.body.bytes,
            origins: translator.origins, values: translator.recordedValues, secretUses: translator.secretUses)
    }

    /// A property that HCL's JSON syntax reads as a comment.
    static let comment = "//"

    /// The objects a body, label or block value is: itself, or the objects of an array.
    static func objects(_ node: Node) -> [Node] {
        switch node.content {
        case .mapping: return [node]
        case .sequence(let items): return items.filter { $0.entries != nil }
        case .scalar: return []
        }
    }

    /// The bodies of the blocks a nested block's value writes: an object is
    /// one; an array makes one block of each element (HCL's JSON syntax,
    /// `unpackBlock`), and a `null` element is a block with an empty body
    /// (`collectDeepAttrs` finds nothing in it, and reports nothing).
    static func blockBodies(_ node: Node) -> [Node] {
        guard case .sequence(let items) = node.content else { return objects(node) }
        return items.compactMap { item in
            if item.entries != nil { return item }
            guard case .scalar(let scalar) = item.content, scalar.value == .null else { return nil }
            return Node(.mapping([]), range: item.range, bytes: item.bytes)
        }
    }

    /// The values of every property named `name` (a name may be written more than once).
    static func members(_ object: Node, named name: String) -> [Node] {
        (object.entries ?? []).filter { $0.name == name }.map(\.value)
    }

    /// The members an object body writes, in source order; what is no member
    /// is reported or, for Terraform's meta-arguments, left alone.
    private mutating func body(
        _ object: Node, _ schema: TerraformBlockSchema, api: JSONPointer, terraform: JSONPointer, owner: String,
        isResource: Bool
    ) -> [MappingEntry] {
        var entries: [MappingEntry] = []
        var written: [String: (count: Int, first: SourceRange)] = [:]
        let entriesWritten = object.entries ?? []
        for entry in entriesWritten {
            guard let name = entry.name, name != Self.comment else { continue }
            if isResource && self.schema.metaArguments.contains(name) {
                if name == "count" || name == "for_each" {
                    ephemeralWhole(
                        name, entry.value, owner: owner, pointer: terraform.appending(name), in: TerraformFinding.ephemeralInstances)
                }
                continue
            }
            if let argument = schema.argument(named: name) {
                values.module?.startReading()
                let value = values.node(entry.value, as: argument.type)
                if let ephemeral = TerraformFinding.ephemeralValue(
                    name, owner: owner, module: values.module, range: entry.value.range, pointer: terraform.appending(name))
                {
                    findings.append(ephemeral)
                }
                TerraformSecretUse.record(
                    api.appending(argument.api), range: entry.value.range, file: values.file, module: values.module,
                    into: &secretUses)
                // A secret's templates may pass on any value they read: all kept out of every output.
                if SensitiveValues.isSensitive(api.appending(argument.api)) {
                    sensitive += values.referencedValues(in: entry.value, iterators: iterators)
                }
                // `null` leaves the argument unset, as an empty value the provider does not send does.
                guard let value, !argument.isUnsent(value) else { continue }
                // A sensitive variable's value is kept out of every output, as a secret is.
                sensitive += values.module?.sensitiveParts(of: value) ?? []
                record(value, api: api.appending(argument.api), terraform: terraform.appending(name), keyRange: entry.key.range)
                entries.append(MappingEntry(key: key(argument.api, entry.key), value: value))
            } else if name == "dynamic" {
                entries += dynamicBlocks(
                    entry.value, schema, written: &written, siblings: entriesWritten, api: api, terraform: terraform,
                    owner: owner)
            } else if let nested = schema.block(named: name) {
                entries += blocks(entry, nested, written: &written, api: api, terraform: terraform, owner: owner)
            } else {
                notAMember(entry, of: schema, terraform: terraform, owner: owner)
            }
        }
        return entries
    }

    /// The blocks one property writes: an object is one, an array one of each
    /// object or `null` (an empty one) in it. Past the schema's `maxItems` (counting the property's earlier
    /// blocks and those of earlier properties of the name) each is WF502, at
    /// its object; the first ones are checked as usual.
    private mutating func blocks(
        _ entry: MappingEntry, _ nested: TerraformNestedBlock, written: inout [String: (count: Int, first: SourceRange)],
        api: JSONPointer, terraform: JSONPointer, owner: String
    ) -> [MappingEntry] {
        let type = nested.name
        if case .scalar(let scalar) = entry.value.content {
            if scalar.value == .null { return [] }
            // Not a block at all; its WF003 is enough, without a WF005 for its absence.
            findings.append(TerraformFinding(
                ruleID: CoreRule.unknownField, range: entry.key.range, pointer: terraform.appending(type),
                message: "\"\(type)\" is a block of \(owner); in JSON syntax write it as an object or an array of objects"))
            return [MappingEntry(key: key(nested.api, entry.key), value: values.unknown(entry.value))]
        }
        var entries: [MappingEntry] = []
        for object in Self.blockBodies(entry.value) {
            let place = entry.value.entries != nil ? entry.key.range : object.range
            let count = (written[type]?.count ?? 0) + 1
            let first = written[type]?.first ?? place
            written[type] = (count, first)
            let terraformPointer = terraform.appending(type).appending(count - 1)
            guard count <= nested.maxItems else {
                findings.append(.repeatedBlock(
                    type, count: count, maxItems: nested.maxItems, first: first, owner: owner, range: place,
                    pointer: terraformPointer))
                continue
            }
            let apiPointer = api.appending(nested.api)
            pointers[apiPointer] = terraformPointer
            let members = body(object, nested.body, api: apiPointer, terraform: terraformPointer, owner: type, isResource: false)
            let value = Node(.mapping(members), range: object.range, bytes: object.bytes)
            writtenElsewhere(value, api: apiPointer)
            entries.append(MappingEntry(key: key(nested.api, entry.key), value: value))
        }
        return entries
    }

    /// `"dynamic": {"NAME": {"for_each": ..., "content": {...}}}`, checked as
    /// the native syntax's `dynamic` block is (`TerraformTranslator`): one
    /// NAME block made from `content`, written when `for_each` is known to
    /// make it, else present for required-member checks but maybe absent (a
    /// `ConditionalNode`); without `content`, unknown as a
    /// whole; left out beside a written NAME block or a second dynamic one.
    /// A `for_each` known to make more blocks than the provider takes (with
    /// the written ones beside it) is WF502, at the `for_each`.
    private mutating func dynamicBlocks(
        _ value: Node, _ schema: TerraformBlockSchema, written: inout [String: (count: Int, first: SourceRange)],
        siblings: [MappingEntry], api: JSONPointer, terraform: JSONPointer, owner: String
    ) -> [MappingEntry] {
        var entries: [MappingEntry] = []
        for labels in Self.objects(value) {
            for entry in labels.entries ?? [] {
                guard let label = entry.name, label != Self.comment else { continue }
                guard let nested = schema.block(named: label) else {
                    notABlock(label, at: entry.key.range, of: schema, terraform: terraform, owner: owner)
                    continue
                }
                guard let block = Self.objects(entry.value).first else { continue }
                let dynamicType = "dynamic " + label
                let index = written[dynamicType]?.count ?? 0
                written[dynamicType] = (index + 1, written[dynamicType]?.first ?? entry.key.range)
                let dynamicPointer = terraform.appending("dynamic").appending(label).appending(index)
                // The blocks of the name written beside it, each property's objects.
                let besides = siblings.filter { $0.name == label }.flatMap { sibling in
                    Self.blockBodies(sibling.value).map { sibling.value.entries != nil ? sibling.key.range : $0.range }
                }
                // A second dynamic block of a name, with no written one, is left out unread.
                if besides.isEmpty, index > 0 { continue }
                let forEach = Self.members(block, named: "for_each").first
                let collection = forEach.flatMap { values.node($0, as: nil) }
                if let forEach, let wrong = TerraformFinding.forEachNotACollection(
                    collection, type: label, range: forEach.range, pointer: dynamicPointer.appending("for_each"))
                {
                    findings.append(wrong)
                }
                if let forEach {
                    ephemeralWhole(
                        "for_each", forEach, owner: "dynamic \"\(label)\"", pointer: dynamicPointer.appending("for_each"),
                        in: TerraformFinding.ephemeralDynamicBlocks)
                }
                if let forEach, let collection,
                    let repeated = TerraformFinding.repeatedDynamicBlock(
                        label, count: TerraformValues.fewestBlocks(collection, isSet: values.module?.mayBeSet(collection) == true),
                        maxItems: nested.maxItems,
                        written: besides.first.map { (besides.count, $0) }, owner: owner, range: forEach.range,
                        pointer: dynamicPointer.appending("for_each"))
                {
                    findings.append(repeated)
                }
                guard besides.isEmpty, index == 0 else { continue }
                // `"for_each": []` (or a reference known to be empty) makes no block at all.
                if let collection, TerraformValues.isKnownEmpty(collection) { continue }
                let apiPointer = api.appending(nested.api)
                guard let content = Self.members(block, named: "content").flatMap(Self.objects).first else {
                    let unknown = values.unknown(block)
                    record(unknown, api: apiPointer, terraform: dynamicPointer)
                    entries.append(MappingEntry(key: key(nested.api, entry.key), value: unknown))
                    continue
                }
                let contentPointer = dynamicPointer.appending("content").appending(0)
                pointers[apiPointer] = contentPointer
                let outerIterators = iterators
                if let forEach = forEach?.string {
                    iterators[Self.members(block, named: "iterator").first?.string ?? label] = forEach
                }
                let members = body(
                    content, nested.body, api: apiPointer, terraform: contentPointer, owner: label, isResource: false)
                iterators = outerIterators
                let node = TerraformValues.dynamicBlock(
                    members, collection: collection, module: values.module, range: block.range, bytes: block.bytes)
                writtenElsewhere(node, api: apiPointer)
                entries.append(MappingEntry(key: key(nested.api, entry.key), value: node))
            }
        }
        return entries
    }

    /// WF506 for a `count` or `for_each` written as `value` that is
    /// ephemeral as a whole, as the native syntax's (`TerraformTranslator.ephemeralWhole`):
    /// a string is a template, `"${...}"` alone the value of its expression
    /// (`terraform validate`, v1.11.4, refuses `"count": "${var.eph != \"\" ?
    /// 1 : 0}"`, `terraform plan` a dynamic block's `"for_each": "${var.eph
    /// != \"\" ? [1] : []}"`); an array or object holds what it reads only
    /// inside.
    private mutating func ephemeralWhole(_ name: String, _ value: Node, owner: String, pointer: JSONPointer, in place: String) {
        guard let module = values.module, case .scalar(let scalar) = value.content, case .string(let text) = scalar.value,
            let parsed = TerraformJSONValues.template(text)
        else { return }
        var expression = parsed.expression
        // The heredoc the string is parsed as ends with a newline of its own.
        if case .template(let template) = expression.kind, case .interpolation(let inner, _)? = template.parts.first?.kind,
            template.parts.dropFirst().allSatisfy({ if case .literal("\n") = $0.kind { true } else { false } }),
            template.parts.count <= 2
        {
            expression = inner
        }
        module.startReading()
        TerraformValues(source: parsed.source, file: values.file, module: module).noteEphemeralReads(ofWhole: expression)
        if let ephemeral = TerraformFinding.ephemeralValue(
            name, owner: owner, module: module, range: value.range, pointer: pointer, in: place)
        {
            findings.append(ephemeral)
        }
    }

    /// A property that is neither argument nor block: a computed attribute
    /// (WF501) or an unknown name (WF003).
    private mutating func notAMember(_ entry: MappingEntry, of schema: TerraformBlockSchema, terraform: JSONPointer, owner: String) {
        let name = entry.name ?? ""
        let pointer = terraform.appending(name)
        if schema.computed.contains(name) {
            findings.append(.computed(name, owner: owner, range: entry.key.range, pointer: pointer))
        } else {
            findings.append(.unknownName(name, of: schema, owner: owner, range: entry.key.range, pointer: pointer))
        }
        // A value written under a secret's name, or one meant as it, is a secret
        // (masked in the file it is written in).
        if TerraformFinding.isSecretName(name, in: schema) {
            values.module?.built(entry.value, in: values.file)
            sensitive.append(entry.value)
            sensitive += values.referencedValues(in: entry.value, iterators: iterators)
        }
    }

    /// A `dynamic` block's label that names no block of `schema` (written at
    /// `range`): WF003, as in the native syntax (`TerraformTranslator.notABlock`),
    /// where it was dropped unread and the resource passed.
    private mutating func notABlock(
        _ name: String, at range: SourceRange, of schema: TerraformBlockSchema, terraform: JSONPointer, owner: String
    ) {
        let pointer = terraform.appending(name)
        if schema.argument(named: name) != nil || schema.computed.contains(name) {
            findings.append(TerraformFinding(
                ruleID: CoreRule.unknownField, range: range, pointer: pointer,
                message: "\"\(name)\" is an argument of \(owner), not a block; write it as \"\(name)\": ..."))
        } else {
            findings.append(.unknownName(name, of: schema, owner: owner, range: range, pointer: pointer))
        }
    }

    private func key(_ api: String, _ written: Node) -> Node {
        TerraformResource.key(api, at: written.range, bytes: written.bytes)
    }

    /// Records the Terraform pointer of value `node` and, in a lint of a
    /// module, the value (`TerraformTranslator`).
    private mutating func record(_ node: Node, api: JSONPointer, terraform: JSONPointer, keyRange: SourceRange? = nil) {
        pointers[api] = terraform
        if let module = values.module {
            recordedValues[api] = TerraformRecordedValue(node, keyRange: keyRange, part: values.file, module: module)
        }
    }

    /// Records where a block (or the resource) at `api` is written when that
    /// is another file than the linted one (`TerraformTranslator`).
    private mutating func writtenElsewhere(_ block: Node, api: JSONPointer) {
        guard let module = values.module, values.file != module.linted else { return }
        origins[api] = TerraformOrigin(file: values.file, range: block.range, usedAt: nil, keyRange: nil, part: values.file)
    }
}
