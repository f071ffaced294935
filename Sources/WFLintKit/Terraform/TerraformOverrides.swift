import DocumentModel

/// Terraform's override files ("Override Files" in Terraform's
/// documentation; `MergeBodies` in its `internal/configs`): a resource block
/// in an override file merges into the resource of the same type and name in
/// a primary file. Each argument the override writes replaces the
/// original's; each nested block type it writes (a `dynamic` block counts as
/// its label's type) replaces all the original's blocks of that type, which
/// are then followed by the override's; what it does not write stays.
/// Several overrides of one resource apply in the module's order
/// (`TerraformModuleDeclarations.resourceBlocks`), each over the last.
///
/// The merged resource is checked once: by the lint of its original's file,
/// or, in an override file, by the first of its files in that order that
/// the run lints (an editor's buffer, a file named alone). Each finding is
/// shown where the value it is about is written.
enum TerraformOverrides {
    /// The resources the linted file (file `module.linted`) checks, as
    /// documents 0, 1, ...: each of its resources with its overrides merged
    /// in; in an override file, each original it overrides (merged with every
    /// override of it), unless an earlier file of the chain is an input of
    /// the run, whose lint checks it. An override without an original is the
    /// module's WF504 (`TerraformModuleDeclarations.missingOriginals`), not a resource.
    static func resources(of module: TerraformModule) -> [TerraformResource] {
        var resources: [TerraformResource] = []
        var merged: Set<String> = []
        for index in module.declared.blocks(inFile: module.linted) {
            let name = module.declared.resourceBlocks[index].name
            let chain = module.declared.chain(named: name)
            var original = index
            if module.files[module.linted].isOverride {
                guard let first = chain.original, merged.insert(name).inserted,
                    !isCheckedByAnEarlierInput(index, chain)
                else { continue }
                original = first
            }
            resources.append(merge(original, chain.overrides, index: resources.count, module: module))
        }
        return resources
    }

    /// Whether an earlier file of `chain` that the run lints checks the
    /// resource that override block `index` belongs to: in the module's
    /// order every primary block comes first and each file's blocks are
    /// together, so an earlier block is an earlier file's.
    private static func isCheckedByAnEarlierInput(_ index: Int, _ chain: TerraformModuleDeclarations.OverrideChain) -> Bool {
        chain.original != nil && chain.firstLinted.map { $0 < index } ?? false
    }

    /// Whether the linted file is an override file some of whose resources
    /// another input's lint checks: the findings shown in it then come from
    /// that lint too, and which of its suppression comments silence nothing
    /// cannot be told by its own.
    static func defersToAnotherInput(_ module: TerraformModule) -> Bool {
        guard module.files[module.linted].isOverride else { return false }
        return module.declared.blocks(inFile: module.linted).contains { index in
            isCheckedByAnEarlierInput(index, module.declared.chain(named: module.declared.resourceBlocks[index].name))
        }
    }

    /// Block `original` with each of `overrides` (indices in the module's
    /// `resourceBlocks`) merged in, in order.
    private static func merge(_ original: Int, _ overrides: [Int], index: Int, module: TerraformModule) -> TerraformResource {
        let blocks = module.declared.resourceBlocks
        // Translated in the module's order, as Terraform evaluates them (the
        // references they make draw on one node budget), and all held until
        // merged: the module knows a node by its address (`TerraformModule.file(of:)`),
        // which a node freed meanwhile would hand on to a later one, whose
        // findings would then be shown in the freed node's file.
        let resource = translateRecorded(blocks[original], index: index, module: module)
        return resource.merging(
            overrides.map { override in
                let names = writtenNames(blocks[override], schema: module.schema)
                return (translateRecorded(blocks[override], index: index, module: module), names)
            },
            schema: module.schema)
    }

    /// `block` translated, and what of it is not the linted file's recorded
    /// as its own file's (`TerraformModule.built`): the nodes a translation
    /// makes for the block's arguments and nested blocks are no value's, and
    /// nothing else records them. A message that gives the place of one member
    /// beside another (WF101's "set at") names the file of a place in another
    /// file than the finding's by it. Values built from expressions are
    /// recorded already, as their own files', and stay so.
    private static func translateRecorded(
        _ block: TerraformModule.ResourceBlock, index: Int, module: TerraformModule
    ) -> TerraformResource {
        let (refusedBefore, chainsBefore, rendersBefore) = (module.refusedReferences, module.refusedChains, module.refusedRenders)
        var resource = translate(block, index: index, module: module)
        if block.file != module.linted { module.built(resource.document.root, in: block.file) }
        // Past a budget or the chain's limit, what a reference reads or a
        // template renders is unknown and not checked: said, never silent.
        let owner = "\(module.schema.type).\(block.name)"
        if module.refusedReferences > refusedBefore {
            resource.findings.append(TerraformFinding.pastNodeBudget(
                owner: owner, maximumNodes: module.maximumNodes, range: block.header, pointer: resource.terraformPointer(.root)
            ).written(in: block.file))
        }
        if module.refusedChains > chainsBefore {
            resource.findings.append(TerraformFinding.pastReferenceChain(
                owner: owner, maximumChain: module.maximumChain, range: block.header, pointer: resource.terraformPointer(.root)
            ).written(in: block.file))
        }
        if module.refusedRenders > rendersBefore {
            resource.findings.append(TerraformFinding.pastRenderBudget(
                owner: owner, range: block.header, pointer: resource.terraformPointer(.root)
            ).written(in: block.file))
        }
        return resource
    }

    private static func translate(_ block: TerraformModule.ResourceBlock, index: Int, module: TerraformModule) -> TerraformResource {
        let source = module.files[block.file].source
        switch block.written {
        case .native(let written):
            return TerraformTranslator.translate(
                written, index: index, schema: module.schema, source: source, module: module, file: block.file)
        case .json(let written):
            return TerraformJSONTranslator.translate(
                written, index: index, schema: module.schema, source: source, module: module, file: block.file)
        }
    }

    /// The Terraform names of the arguments and nested block types a
    /// resource block writes, a `dynamic` block's as its label's type.
    static func writtenNames(_ block: TerraformModule.ResourceBlock, schema: TerraformResourceSchema) -> Set<String> {
        switch block.written {
        case .native(let written):
            var names = Set(written.body.attributes.map(\.name.text))
            for nested in written.body.blocks {
                if nested.type.text != "dynamic" {
                    names.insert(nested.type.text)
                } else if let label = nested.labels.first {
                    names.insert(label.value)
                }
            }
            return names
        case .json(let written):
            typealias JSON = TerraformJSONTranslator
            // A block type given `null` or `[]` writes no block (HCL's JSON
            // syntax, `unpackBlock`), so it replaces none of the original's.
            let entries = (written.body.entries ?? []).filter { entry in
                schema.body.block(named: entry.name ?? "") == nil || !Self.writesNoBlock(entry.value)
            }
            var names = Set(entries.compactMap(\.name))
            for dynamic in JSON.members(written.body, named: "dynamic").flatMap(JSON.objects) {
                names.formUnion((dynamic.entries ?? []).compactMap(\.name))
            }
            names.subtract(["dynamic", JSON.comment])
            return names
        }
    }

    private static func writesNoBlock(_ value: Node) -> Bool {
        switch value.content {
        case .scalar(let scalar):
            guard case .null = scalar.value else { return false }
            return true
        case .sequence(let items): return items.isEmpty
        case .mapping: return false
        }
    }
}

extension TerraformResource {
    /// This resource with `overrides` merged in, in order: the arguments and
    /// block types an override writes (`names`, its Terraform names) are its
    /// own, with their findings, until a later override writes them; the rest
    /// stay this resource's. What stays of each is told once, from the names
    /// the overrides after it write: merging one override at a time copied
    /// the whole merge so far at each, and k overrides cost k × k.
    func merging(
        _ overrides: [(resource: TerraformResource, names: Set<String>)], schema: TerraformResourceSchema
    ) -> TerraformResource {
        guard !overrides.isEmpty else { return self }
        var later = OverriddenNames(schema: schema)
        var parts: [MergedPart] = []
        for override in overrides.reversed() {
            parts.append(MergedPart(override.resource, keeping: later, isOverride: true))
            later.formUnion(override.names)
        }
        parts.append(MergedPart(self, keeping: later, isOverride: false))
        parts.reverse()
        let root = Node(.mapping(parts.flatMap(\.entries)), range: document.root.range, bytes: document.root.bytes)
        // A later override's pointer and origin of a place replace an earlier one's.
        return TerraformResource(
            name: name, document: Document(index: document.index, root: root),
            pointers: parts.reduce(into: [:]) { $0.merge($1.pointers) { $1 } },
            findings: parts.flatMap(\.findings), sensitive: parts.flatMap(\.sensitive), range: range, address: address,
            origins: parts.reduce(into: [:]) { $0.merge($1.origins) { $1 } },
            values: parts.reduce(into: [:]) { $0.merge($1.values) { $1 } }, secretUses: parts.flatMap(\.secretUses))
    }
}

/// The names that the overrides after a part of a merge write: Terraform's,
/// and the API members they are.
private struct OverriddenNames {
    let schema: TerraformResourceSchema
    private var names: Set<String> = []
    private var members: Set<String> = []

    init(schema: TerraformResourceSchema) {
        self.schema = schema
    }

    mutating func formUnion(_ written: Set<String>) {
        for name in written where names.insert(name).inserted {
            if let api = schema.body.argument(named: name)?.api ?? schema.body.block(named: name)?.api { members.insert(api) }
        }
    }

    func keeps(_ entry: MappingEntry) -> Bool { !members.contains(entry.name ?? "") }

    func keeps(_ pointer: JSONPointer) -> Bool { pointer.tokens.first.map { !members.contains($0) } ?? true }

    /// A translation finding's pointer is Terraform's: /resource/TYPE/NAME/ARGUMENT... or .../dynamic/TYPE/...
    func keeps(_ finding: TerraformFinding) -> Bool {
        let tokens = finding.pointer.tokens.dropFirst(3)
        guard let first = tokens.first else { return true }
        return !names.contains(first == "dynamic" ? tokens.dropFirst().first ?? first : first)
    }
}

/// What stays of one resource of a merge: what no later override writes.
private struct MergedPart {
    let entries: [MappingEntry]
    let pointers: [JSONPointer: JSONPointer]
    let findings: [TerraformFinding]
    let sensitive: [Node]
    let origins: [JSONPointer: TerraformOrigin]
    let values: [JSONPointer: TerraformRecordedValue]
    let secretUses: [TerraformSecretUse]

    init(_ resource: TerraformResource, keeping later: OverriddenNames, isOverride: Bool) {
        // An override's root is the original's: what is written at it stays where the original is.
        func kept(_ pointer: JSONPointer) -> Bool { later.keeps(pointer) && !(isOverride && pointer == .root) }
        entries = (resource.document.root.entries ?? []).filter(later.keeps)
        pointers = resource.pointers.filter { kept($0.key) }
        findings = resource.findings.filter(later.keeps)
        sensitive = resource.sensitive
        origins = resource.origins.filter { kept($0.key) }
        values = resource.values.filter { kept($0.key) }
        secretUses = resource.secretUses.filter { later.keeps($0.pointer) }
    }
}
