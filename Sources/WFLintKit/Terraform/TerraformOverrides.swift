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
        for block in module.declared.blocks(inFile: module.linted) {
            let named = module.declared.blocks(named: block.name)
            let overrides = named.filter { module.files[$0.file].isOverride }
            var chain = [block]
            if module.files[module.linted].isOverride {
                guard let original = named.first(where: { !module.files[$0.file].isOverride }),
                    merged.insert(block.name).inserted
                else { continue }
                let before = [original] + overrides.prefix { $0.file != module.linted }
                guard !before.contains(where: { module.files[$0.file].isLinted }) else { continue }
                chain = [original] + overrides
            } else {
                chain += overrides
            }
            resources.append(merge(chain, index: resources.count, module: module))
        }
        return resources
    }

    /// The original (`chain[0]`) with each override after it merged in.
    private static func merge(_ chain: [TerraformModule.ResourceBlock], index: Int, module: TerraformModule) -> TerraformResource {
        chain.dropFirst().reduce(translate(chain[0], index: index, module: module)) { resource, override in
            resource.merging(
                translate(override, index: index, module: module), replacing: writtenNames(override), schema: module.schema)
        }
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
    static func writtenNames(_ block: TerraformModule.ResourceBlock) -> Set<String> {
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
            var names = Set((written.body.entries ?? []).compactMap(\.name))
            for dynamic in JSON.members(written.body, named: "dynamic").flatMap(JSON.objects) {
                names.formUnion((dynamic.entries ?? []).compactMap(\.name))
            }
            names.subtract(["dynamic", JSON.comment])
            return names
        }
    }
}

extension TerraformResource {
    /// This resource with `override` merged in: the arguments and block types
    /// `names` (the override's Terraform names) are the override's, with
    /// their findings; the rest stay this resource's.
    func merging(_ override: TerraformResource, replacing names: Set<String>, schema: TerraformResourceSchema) -> TerraformResource {
        let replaced = Set(names.compactMap { schema.body.argument(named: $0)?.api ?? schema.body.block(named: $0)?.api })
        func kept(_ pointer: JSONPointer) -> Bool { pointer.tokens.first.map { !replaced.contains($0) } ?? true }
        // A translation finding's pointer is Terraform's: /resource/TYPE/NAME/ARGUMENT... or .../dynamic/TYPE/...
        func keeps(_ finding: TerraformFinding) -> Bool {
            let tokens = finding.pointer.tokens.dropFirst(3)
            guard let first = tokens.first else { return true }
            return !names.contains(first == "dynamic" ? tokens.dropFirst().first ?? first : first)
        }
        let entries = (document.root.entries ?? []).filter { !replaced.contains($0.name ?? "") }
            + (override.document.root.entries ?? [])
        let root = Node(.mapping(entries), range: document.root.range, bytes: document.root.bytes)
        // The override's root is the original's: what is written at it stays where the original is.
        let overridePointers = override.pointers.filter { $0.key != .root }
        return TerraformResource(
            name: name, document: Document(index: document.index, root: root),
            pointers: pointers.filter { kept($0.key) }.merging(overridePointers) { $1 },
            findings: findings.filter(keeps) + override.findings, sensitive: sensitive + override.sensitive, range: range,
            address: address,
            origins: origins.filter { kept($0.key) }.merging(override.origins.filter { $0.key != .root }) { $1 },
            secretUses: secretUses.filter { kept($0.pointer) } + override.secretUses)
    }
}
