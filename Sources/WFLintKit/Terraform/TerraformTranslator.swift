import DocumentModel
import HCLReader

/// A place in file `file` of a module (its index in `TerraformModule.files`).
struct TerraformPlace: Equatable {
    let file: Int
    let range: SourceRange
}

/// Where a value of the resource is written when that is not inside it (a
/// `.tfvars` file, a variable's `default`, a `locals` block, in another
/// file or the linted one), or when the resource text that writes it is in
/// another file (an override file's, or the original's the linted override
/// file merges into): file `file` of the module, at `range`; `usedAt` is the
/// reference in the resource that brought it there, `keyRange` the
/// argument's name in file `part` (the resource text's file) when the value
/// is the whole argument's.
struct TerraformOrigin {
    let file: Int
    let range: SourceRange
    let usedAt: TerraformPlace?
    let keyRange: SourceRange?
    var part = 0
}

/// A `client_secret` argument and the variables its value reads (directly
/// or through locals), for WF503.
struct TerraformSecretUse {
    let variables: Set<String>
    /// The argument's value in the resource, in file `file` of the module.
    let range: SourceRange
    var file = 0
    /// The argument's API pointer.
    var pointer: JSONPointer = .root

    /// Adds the use of the argument at API pointer `pointer` (its value at
    /// `range` of file `file`) when it is a secret's and its value, just
    /// converted, read variables (`TerraformModule.variablesRead`).
    static func record(
        _ pointer: JSONPointer, range: SourceRange, file: Int, module: TerraformModule?, into uses: inout [TerraformSecretUse]
    ) {
        guard let module, SensitiveValues.isSensitive(pointer), !module.variablesRead.isEmpty else { return }
        uses.append(TerraformSecretUse(variables: module.variablesRead, range: range, file: file, pointer: pointer))
    }
}

/// One `resource "aws_sagemaker_workforce" "NAME"` block as the API request
/// it sends: a document whose keys are the API's members (so every rule and
/// pack runs on it unchanged) and whose nodes keep their HCL ranges, with
/// the Terraform pointer of each of its nodes.
struct TerraformResource {
    let name: String
    let document: Document
    /// The Terraform JSON pointer of each block's and value's API pointer; a
    /// node inside a value has its value's with the rest of its tokens
    /// (`terraformPointer`).
    let pointers: [JSONPointer: JSONPointer]
    var findings: [TerraformFinding]
    /// Values to keep out of every output: written under a secret's name that
    /// the mapping does not know (`clientsecret = "..."`), or given by a
    /// variable declared `sensitive = true`.
    let sensitive: [Node]
    let range: ByteRange
    /// The resource's address in a plan or state (`module.labeling.aws_sagemaker_workforce.main[0]`),
    /// which its findings carry as their logical location; nil in a configuration.
    var address: String? = nil
    /// Blocks written in another file of the module, by API pointer.
    var origins: [JSONPointer: TerraformOrigin] = [:]
    /// The values in the resource, by API pointer, in a lint of a module.
    var values: [JSONPointer: TerraformRecordedValue] = [:]
    var secretUses: [TerraformSecretUse] = []

    /// Where the block or value at `pointer` (or its nearest ancestor) is
    /// written, when elsewhere or through a reference; nil for the linted file.
    func origin(of pointer: JSONPointer, in module: TerraformModule) -> (pointer: JSONPointer, origin: TerraformOrigin)? {
        var below: [String] = []
        var current: JSONPointer? = pointer
        while let candidate = current {
            if let origin = origins[candidate] { return (candidate, origin) }
            if let value = values[candidate] {
                return value.origin(at: candidate, following: below.reversed(), in: module)
            }
            if pointers[candidate] != nil { return nil }
            if let last = candidate.lastToken { below.append(last) }
            current = candidate.parent
        }
        return nil
    }

    /// Terraform's pointer for a finding's API pointer: its own, or its
    /// nearest ancestor's with the rest of the tokens appended.
    func terraformPointer(_ pointer: JSONPointer) -> JSONPointer {
        var rest: [String] = []
        var current: JSONPointer? = pointer
        while let candidate = current {
            if let known = pointers[candidate] { return rest.reversed().reduce(known) { $0.appending($1) } }
            if let last = candidate.lastToken { rest.append(last) }
            current = candidate.parent
        }
        return pointer
    }
}

/// Builds `TerraformResource`s from a parsed file.
struct TerraformTranslator {
    let schema: TerraformResourceSchema
    let values: TerraformValues
    private var pointers: [JSONPointer: JSONPointer] = [:]
    private var findings: [TerraformFinding] = []
    private var sensitive: [Node] = []
    private var origins: [JSONPointer: TerraformOrigin] = [:]
    private var recordedValues: [JSONPointer: TerraformRecordedValue] = [:]
    private var secretUses: [TerraformSecretUse] = []
    /// The iterators of the `dynamic` block being translated, by name, with
    /// their `for_each`: what a secret read through one may be.
    private var iterators: [String: HCLExpression] = [:]
    /// The elements of each iterator's `for_each` that read an ephemeral
    /// value, when it is written as a tuple or an object (`TerraformEphemeralParts.elements(of:module:)`),
    /// found once when it is bound: what a read through the iterator follows.
    private var ephemeralElements: [String: [HCLExpression]] = [:]

    init(schema: TerraformResourceSchema, source: SourceText, module: TerraformModule?, file: Int = 0) {
        self.schema = schema
        self.values = TerraformValues(source: source, file: file, module: module, isResource: true)
    }

    /// The resource blocks of `schema`'s type in `file`, in source order.
    static func resources(of schema: TerraformResourceSchema, in file: HCLFile) -> [HCLBlock] {
        file.body.blocks.filter { block in
            block.type.text == "resource" && block.labels.count == 2 && block.labels[0].value == schema.type
        }
    }

    /// The resource `block` (of file `file` of `module`) as document `index`.
    static func translate(
        _ block: HCLBlock, index: Int, schema: TerraformResourceSchema, source: SourceText,
        module: TerraformModule? = nil, file: Int = 0
    ) -> TerraformResource {
        var translator = TerraformTranslator(schema: schema, source: source, module: module, file: file)
        let name = block.labels[1].value
        let pointer = JSONPointer(["resource", schema.type, name])
        translator.pointers[.root] = pointer
        if let invalid = TerraformFinding.invalidResourceName(
            name, type: schema.type, range: source.range(of: block.labels[1].range), pointer: pointer)
        {
            translator.findings.append(invalid)
        }
        // `each.value` in the resource is an element of its `for_each`.
        if let forEach = block.body.attributes.first(where: { $0.name.text == "for_each" }) {
            translator.bind("each", to: forEach.value)
        }
        let entries = translator.body(
            block.body, schema.body, api: .root, terraform: pointer, owner: "\(schema.type).\(name)", isResource: true)
        let root = Node(.mapping(entries), range: source.range(of: block.range), bytes: block.range)
        translator.writtenElsewhere(root, api: .root)
        return TerraformResource(
            name: name, document: Document(index: index, root: root), pointers: translator.pointers,
            findings: translator.findings.map { $0.written(in: file) }, sensitive: translator.sensitive, range: block.range,
            origins: translator.origins, values: translator.recordedValues, secretUses: translator.secretUses)
    }

    /// The members a body writes, in source order; what is no member is
    /// reported or, for Terraform's meta-arguments, left alone.
    private mutating func body(
        _ body: HCLBody, _ schema: TerraformBlockSchema, api: JSONPointer, terraform: JSONPointer, owner: String,
        isResource: Bool
    ) -> [MappingEntry] {
        var entries: [MappingEntry] = []
        var written: [String: (count: Int, first: SourceRange)] = [:]
        // The body's written blocks by type (the first and how many), listed
        // at its first `dynamic` block and kept: listing them again for each
        // one made n of them cost n × n.
        var blockTypes: [String: (first: HCLBlock, count: Int)]?
        for item in body.items {
            switch item {
            case .attribute(let attribute):
                let name = attribute.name.text
                if isResource && self.schema.metaArguments.contains(name) {
                    if name == "count" || name == "for_each" {
                        ephemeralWhole(attribute, owner: owner, pointer: terraform.appending(name), in: TerraformFinding.ephemeralInstances)
                    }
                    continue
                }
                guard let argument = schema.argument(named: name) else {
                    notAnArgument(attribute, of: schema, terraform: terraform, owner: owner)
                    continue
                }
                values.module?.startReading()
                // `null` leaves the argument unset, as an empty value the provider does not send does.
                let value = values.node(attribute.value, as: argument.type)
                noteIteratorReads(in: attribute.value)
                let apiPointer = api.appending(argument.api)
                if let ephemeral = TerraformFinding.ephemeralValue(
                    name, owner: owner, module: values.module, range: values.source.range(of: attribute.value.range),
                    pointer: terraform.appending(name))
                {
                    findings.append(ephemeral)
                }
                TerraformSecretUse.record(
                    apiPointer, range: values.source.range(of: attribute.value.range), file: values.file,
                    module: values.module, into: &secretUses)
                // A secret's expression may pass on any value it reads
                // (`trimspace(var.secret)`, either branch of a conditional):
                // they are all kept out of every output.
                if SensitiveValues.isSensitive(apiPointer) {
                    sensitive += values.referencedValues(in: attribute.value, iterators: iterators)
                }
                guard let value, !argument.isUnsent(value) else { continue }
                // A sensitive variable's value is kept out of every output, as a secret is.
                sensitive += values.module?.sensitiveParts(of: value) ?? []
                record(value, api: apiPointer, terraform: terraform.appending(name),
                       keyRange: values.source.range(of: attribute.name.range))
                entries.append(MappingEntry(key: key(argument.api, attribute.name.range), value: value))
            case .block(let block):
                let type = block.type.text
                if isResource && self.schema.metaArguments.contains(type) { continue }
                if type == "dynamic", let label = block.labels.first, let nested = schema.block(named: label.value) {
                    let types = blockTypes ?? Self.blocksByType(body)
                    blockTypes = types
                    let index = written[type + " " + nested.name]?.count ?? 0
                    let first = written[type + " " + nested.name]?.first ?? values.source.range(of: block.type.range)
                    written[type + " " + nested.name] = (index + 1, first)
                    let pointer = terraform.appending(type).appending(nested.name).appending(index)
                    if let written = types[nested.name] {
                        dynamicBeside(written, block, nested, pointer: pointer, owner: owner)
                    } else if index == 0,
                        let entry = dynamicBlock(block, label: label, nested, api: api, terraform: terraform, owner: owner)
                    {
                        entries.append(entry)
                    }
                    continue
                }
                guard let nested = schema.block(named: type) else {
                    // An argument written as a block is there, if misspelt: its
                    // WF003 is enough, without a WF005 for its absence.
                    if let argument = notABlock(block, of: schema, terraform: terraform, owner: owner) {
                        let value = values.unknown(block.range)
                        entries.append(MappingEntry(key: key(argument.api, block.type.range), value: value))
                    }
                    continue
                }
                let typeRange = values.source.range(of: block.type.range)
                let count = (written[type]?.count ?? 0) + 1
                let first = written[type]?.first ?? typeRange
                written[type] = (count, first)
                guard count <= nested.maxItems else {
                    findings.append(.repeatedBlock(
                        type, count: count, maxItems: nested.maxItems, first: first, owner: owner,
                        range: typeRange, pointer: terraform.appending(type).appending(count - 1)))
                    continue
                }
                let apiPointer = api.appending(nested.api)
                let terraformPointer = terraform.appending(type).appending(count - 1)
                pointers[apiPointer] = terraformPointer
                // HCL refuses a label on a block that takes none (hclsyntax
                // Body.PartialContent: "Extraneous label"); its body is still checked.
                if let label = block.labels.first {
                    findings.append(.extraneousLabel(
                        label.value, of: type, range: values.source.range(of: label.range), pointer: terraformPointer))
                }
                let members = self.body(
                    block.body, nested.body, api: apiPointer, terraform: terraformPointer, owner: type, isResource: false)
                let value = Node(.mapping(members), range: values.source.range(of: block.range), bytes: block.range)
                writtenElsewhere(value, api: apiPointer)
                entries.append(MappingEntry(key: key(nested.api, block.type.range), value: value))
            }
        }
        return entries
    }

    /// `dynamic "NAME" { for_each = ...; content { ... } }`, checked as one
    /// NAME block made from `content`: what it reads of the iterator is
    /// unknown, as every reference is, and the block is written when
    /// `for_each` is known to make it, else it may not be made at all (a
    /// `ConditionalNode`, `TerraformValues.dynamicBlock`). Without `content` it
    /// is unknown as a whole. A `for_each` known to make more blocks than
    /// the provider takes is WF502, at the `for_each`; the block is still
    /// checked, as the first. A dynamic block beside a written block of its
    /// name, or a second one, is left out (`dynamicBeside`).
    private mutating func dynamicBlock(
        _ block: HCLBlock, label: HCLLabel, _ nested: TerraformNestedBlock, api: JSONPointer, terraform: JSONPointer,
        owner: String
    ) -> MappingEntry? {
        let forEach = block.body.attributes.first(where: { $0.name.text == "for_each" })
        let collection = forEach.flatMap { values.node($0.value, as: nil) }
        if let forEach {
            let pointer = terraform.appending("dynamic").appending(nested.name).appending(0)
            notACollection(collection, at: forEach, nested, pointer: pointer)
            ephemeralWhole(
                forEach, owner: "dynamic \"\(nested.name)\"", pointer: pointer.appending("for_each"),
                in: TerraformFinding.ephemeralDynamicBlocks)
        }
        if let forEach, let collection {
            // `for_each = []` (or a variable known to be empty) makes no block at all.
            if TerraformValues.isKnownEmpty(collection) { return nil }
            if let repeated = TerraformFinding.repeatedDynamicBlock(
                nested.name, count: TerraformValues.fewestBlocks(collection, isSet: values.module?.mayBeSet(collection) == true),
                maxItems: nested.maxItems, written: nil,
                owner: owner, range: values.source.range(of: forEach.value.range),
                pointer: terraform.appending("dynamic").appending(nested.name).appending(0).appending("for_each"))
            {
                findings.append(repeated)
            }
        }
        let apiPointer = api.appending(nested.api)
        let dynamicPointer = terraform.appending("dynamic").appending(nested.name).appending(0)
        guard let content = block.body.blocks.first(where: { $0.type.text == "content" }) else {
            let value = values.unknown(block.range)
            record(value, api: apiPointer, terraform: dynamicPointer)
            return MappingEntry(key: key(nested.api, label.range), value: value)
        }
        let contentPointer = dynamicPointer.appending("content").appending(0)
        pointers[apiPointer] = contentPointer
        let outerIterators = (iterators, ephemeralElements)
        if let forEach { bind(Self.iteratorName(of: block, label: label), to: forEach.value) }
        let members = body(
            content.body, nested.body, api: apiPointer, terraform: contentPointer, owner: nested.name, isResource: false)
        (iterators, ephemeralElements) = outerIterators
        let value = TerraformValues.dynamicBlock(
            members, collection: collection, module: values.module, range: values.source.range(of: block.range), bytes: block.range)
        writtenElsewhere(value, api: apiPointer)
        return MappingEntry(key: key(nested.api, label.range), value: value)
    }

    /// WF506 for `attribute` (a resource's `count` or `for_each`, a `dynamic`
    /// block's `for_each`) when its value may be ephemeral as a whole:
    /// Terraform asks only the value's own marks there. `terraform validate`
    /// (v1.11.4) refuses `count = var.eph != "" ? 1 : 0` and `for_each =
    /// toset(var.eph != "" ? ["a"] : [])`, `terraform plan` a dynamic
    /// block's `for_each = var.eph != "" ? [1] : []`; `terraform plan` takes
    /// `for_each = { a = var.eph }`, `count = length([var.eph])` and a
    /// dynamic block's `for_each = [var.eph]` whose content does not read it.
    private mutating func ephemeralWhole(_ attribute: HCLAttribute, owner: String, pointer: JSONPointer, in place: String) {
        values.module?.startReading()
        values.noteEphemeralReads(ofWhole: attribute.value)
        if let ephemeral = TerraformFinding.ephemeralValue(
            attribute.name.text, owner: owner, module: values.module, range: values.source.range(of: attribute.value.range),
            pointer: pointer, in: place)
        {
            findings.append(ephemeral)
        }
    }

    /// Notes the ephemeral values an argument reads through an iterator
    /// (WF506): `NAME.value` of a `dynamic` block's `content`, or a
    /// resource's `each.value`, is an element of the `for_each`, with the
    /// marks it holds. `terraform validate` (v1.11.4) refuses `cidrs =
    /// [source_ip_config.value]` of `for_each = [var.eph]`, and `cidrs =
    /// [source_ip_config.value.t]` of `for_each = local.l` with `l = [{ c =
    /// "10.0.0.0/16", t = var.eph }]`; `terraform plan` takes `.value.c`
    /// there. Where the `for_each` (through locals) is a tuple or an object
    /// with literal keys, each element's part the steps name is read, and
    /// no key; else the whole `for_each`.
    ///
    /// Each read is followed once (`cidrs = [s.value, s.value]`), and only
    /// into the elements that read an ephemeral value; past
    /// `maximumIteratorSteps` steps a read is of the whole `for_each`: 20,000
    /// reads of 20,000 elements are not 400 million steps.
    private func noteIteratorReads(in expression: HCLExpression) {
        guard values.module != nil, !iterators.isEmpty else { return }
        var followed: Set<[String]> = []
        var readWhole: Set<String> = []
        var steps = Self.maximumIteratorSteps
        for site in TerraformReferenceSites.sites(in: expression, roots: Set(iterators.keys)) where site.invalid == nil {
            guard let forEach = iterators[site.root], !readWhole.contains(site.root),
                followed.insert([site.root, site.name] + site.members).inserted
            else { continue }
            guard let elements = ephemeralElements[site.root], elements.count <= steps else {
                values.noteEphemeralReads(in: forEach)
                readWhole.insert(site.root)
                continue
            }
            guard site.name == "value" else { continue }
            steps -= elements.count
            for element in elements {
                values.noteEphemeralReads(in: TerraformEphemeralParts.part(of: element, at: site.members))
            }
        }
    }

    static let maximumIteratorSteps = 100_000

    /// Brings iterator `name` over `forEach` into scope, with the elements
    /// of it that read an ephemeral value (none read: noted nowhere).
    private mutating func bind(_ name: String, to forEach: HCLExpression) {
        iterators[name] = forEach
        ephemeralElements[name] = nil
        guard let module = values.module, let elements = TerraformEphemeralParts.elements(of: forEach, module: module) else { return }
        let noted = module.ephemeralRead
        ephemeralElements[name] = elements.filter { element in
            module.ephemeralRead = []
            values.noteEphemeralReads(in: element)
            return !module.ephemeralRead.isEmpty
        }
        module.ephemeralRead = noted
    }

    /// The name `content` reads a `dynamic` block's elements by: its
    /// `iterator` argument (a bare name), else its label.
    private static func iteratorName(of block: HCLBlock, label: HCLLabel) -> String {
        guard let iterator = block.body.attributes.first(where: { $0.name.text == "iterator" }),
            case .variable(let name) = iterator.value.kind
        else { return label.value }
        return name
    }

    /// A dynamic block beside `written`, the blocks of its name the body
    /// writes, is left out: the written ones are checked. Its `for_each`
    /// known to make a block more than they leave room for is WF502 (a
    /// `for_each` not known may make none, and is silent).
    private mutating func dynamicBeside(
        _ written: (first: HCLBlock, count: Int), _ block: HCLBlock, _ nested: TerraformNestedBlock, pointer: JSONPointer,
        owner: String
    ) {
        guard let forEach = block.body.attributes.first(where: { $0.name.text == "for_each" }) else { return }
        let collection = values.node(forEach.value, as: nil)
        notACollection(collection, at: forEach, nested, pointer: pointer)
        ephemeralWhole(
            forEach, owner: "dynamic \"\(nested.name)\"", pointer: pointer.appending("for_each"),
            in: TerraformFinding.ephemeralDynamicBlocks)
        guard let collection else { return }
        if let repeated = TerraformFinding.repeatedDynamicBlock(
            nested.name, count: TerraformValues.fewestBlocks(collection, isSet: values.module?.mayBeSet(collection) == true),
            maxItems: nested.maxItems,
            written: (written.count, values.source.range(of: written.first.type.range)), owner: owner,
            range: values.source.range(of: forEach.value.range), pointer: pointer.appending("for_each"))
        {
            findings.append(repeated)
        }
    }

    /// WF004 for a `dynamic` block's `for_each` whose value, `collection`
    /// (nil for `null`), is known to be no collection
    /// (`TerraformFinding.forEachNotACollection`); `pointer` is the dynamic block's.
    private mutating func notACollection(
        _ collection: Node?, at forEach: HCLAttribute, _ nested: TerraformNestedBlock, pointer: JSONPointer
    ) {
        if let wrong = TerraformFinding.forEachNotACollection(
            collection, type: nested.name, range: values.source.range(of: forEach.value.range),
            pointer: pointer.appending("for_each"))
        {
            findings.append(wrong)
        }
    }

    /// The blocks `body` writes, by type: the first of each and how many.
    private static func blocksByType(_ body: HCLBody) -> [String: (first: HCLBlock, count: Int)] {
        var types: [String: (first: HCLBlock, count: Int)] = [:]
        for block in body.blocks {
            types[block.type.text] = (types[block.type.text]?.first ?? block, (types[block.type.text]?.count ?? 0) + 1)
        }
        return types
    }

    /// A key node: the API's member name, where Terraform's name is written.
    private func key(_ api: String, _ range: ByteRange) -> Node {
        TerraformResource.key(api, at: values.source.range(of: range), bytes: range)
    }

    /// Records the Terraform pointer of value `node` and, in a lint of a
    /// module, the value (`TerraformRecordedValue`); `keyRange` is the
    /// argument's name when `node` is an argument's whole value.
    private mutating func record(_ node: Node, api: JSONPointer, terraform: JSONPointer, keyRange: SourceRange? = nil) {
        pointers[api] = terraform
        if let module = values.module {
            recordedValues[api] = TerraformRecordedValue(node, keyRange: keyRange, part: values.file, module: module)
        }
    }

    /// Records where a block (or the resource itself) at `api` is written
    /// when that is another file than the linted one: a finding about it
    /// (a member it lacks) is shown there.
    private mutating func writtenElsewhere(_ block: Node, api: JSONPointer) {
        guard let module = values.module, values.file != module.linted else { return }
        origins[api] = TerraformOrigin(file: values.file, range: block.range, usedAt: nil, keyRange: nil, part: values.file)
    }

    /// `name = value` that is no argument: a computed attribute (WF501), a
    /// block written as an argument, or an unknown name (WF003).
    private mutating func notAnArgument(
        _ attribute: HCLAttribute, of schema: TerraformBlockSchema, terraform: JSONPointer, owner: String
    ) {
        let name = attribute.name.text
        let range = values.source.range(of: attribute.name.range)
        let pointer = terraform.appending(name)
        if schema.computed.contains(name) {
            findings.append(.computed(name, owner: owner, range: range, pointer: pointer))
        } else if schema.block(named: name) != nil {
            findings.append(TerraformFinding(
                ruleID: CoreRule.unknownField, range: range, pointer: pointer,
                message: "\"\(name)\" is a block of \(owner), not an argument; write it as \(name) { ... }"))
        } else {
            findings.append(.unknownName(name, of: schema, owner: owner, range: range, pointer: pointer))
        }
        // A value written under a secret's name, or one meant as it, is a secret.
        if TerraformFinding.isSecretName(name, in: schema), let value = values.node(attribute.value, as: nil) {
            sensitive += [value] + values.referencedValues(in: attribute.value, iterators: iterators)
        }
    }

    /// `type { ... }` that is no block of `schema`: the argument of that name,
    /// when there is one.
    private mutating func notABlock(
        _ block: HCLBlock, of schema: TerraformBlockSchema, terraform: JSONPointer, owner: String
    ) -> TerraformArgument? {
        let type = block.type.text
        let named = type == "dynamic" ? block.labels.first : nil
        let name = named?.value ?? type
        let range = values.source.range(of: named?.range ?? block.type.range)
        let pointer = terraform.appending(name)
        if schema.argument(named: name) != nil || schema.computed.contains(name) {
            findings.append(TerraformFinding(
                ruleID: CoreRule.unknownField, range: range, pointer: pointer,
                message: "\"\(name)\" is an argument of \(owner), not a block; write it as \(name) = ..."))
            return named == nil ? schema.argument(named: name) : nil
        }
        findings.append(.unknownName(name, of: schema, owner: owner, range: range, pointer: pointer))
        return nil
    }
}
