import DocumentModel

/// Where a Terraform finding is shown when the value it is about was written
/// in another file of the module (a `.tfvars` file, a variable's `default`,
/// a `locals` block): at the value there, with a related location at the
/// reference inside the resource that uses it. Sensitive values are masked
/// in the file they are written in.
enum TerraformPlacement {
    /// What the related location of a value written elsewhere says.
    static func usedBy(_ resource: TerraformResource, _ schema: TerraformResourceSchema) -> String {
        "used by \(schema.type).\(resource.name)"
    }

    /// Moves `finding` (at API pointer `apiPointer`) to the file its value is
    /// written in, when that is another file. A finding at the argument's
    /// name (a member missing from an object a variable gives) is shown in
    /// the file the argument is written in.
    static func place(
        _ finding: inout Finding, at apiPointer: JSONPointer, of resource: TerraformResource, in module: TerraformModule,
        schema: TerraformResourceSchema
    ) {
        guard let (pointer, origin) = resource.origin(of: apiPointer, in: module) else { return }
        guard !(pointer == apiPointer && finding.range == origin.keyRange) else {
            finding.file = module.files[origin.part].path
            return
        }
        finding.file = module.files[origin.file].path
        if let usedAt = origin.usedAt {
            finding.related.append(RelatedLocation(
                file: module.files[usedAt.file].path, range: usedAt.range, message: usedBy(resource, schema)))
        }
    }

    /// WF140 client-secret-literal, whose Terraform advice names the variable
    /// the secret came through.
    static let secretLiteralRule = "WF140"

    /// WF140's advice when the secret at `apiPointer` came through one
    /// variable (directly or through locals) whose `default` or definitions
    /// file holds it: that variable is the one to set from outside the
    /// repository, as `TF_VAR_NAME`. Nil for a secret written in the resource.
    static func secretAdvice(
        at apiPointer: JSONPointer, of resource: TerraformResource, in module: TerraformModule?
    ) -> String? {
        guard let module, let usedAt = resource.origin(of: apiPointer, in: module)?.origin.usedAt,
            // The argument's value, or the one interpolation a template (`"${var.s}"`) wraps.
            let use = resource.secretUses.first(where: {
                $0.file == usedAt.file && $0.range.start <= usedAt.range.start && usedAt.range.end <= $0.range.end
            }),
            use.variables.count == 1, let name = use.variables.first
        else { return nil }
        return "oidc_config.client_secret is a secret committed in the file; remove it and give variable \"\(name)\", "
            + "declared sensitive = true, its value from outside the repository (TF_VAR_\(name), a secret store)"
    }

    /// The sensitive ranges of the linted file, once those of values written
    /// elsewhere (a `client_secret` from a `.tfvars` file) are moved to the
    /// module file they are in. A range is moved only when the linted file
    /// holds other text there: where it holds the same, masking it there too
    /// hides nothing that is not already hidden.
    static func separateSensitive(
        _ ranges: [SourceRange], of resource: TerraformResource, in module: TerraformModule
    ) -> [SourceRange] {
        var moved: Set<SourceRange> = []
        // A value's; `resource.origins` holds blocks only, none of them a secret.
        for (pointer, value) in resource.values {
            value.forEachSensitiveNode(at: pointer) { node in
                guard let file = module.file(of: node), file != module.linted else { return }
                module.sensitiveRanges[file, default: []].append(node.range)
                moved.insert(node.range)
            }
        }
        for node in resource.sensitive {
            if let file = module.file(of: node), file != module.linted {
                module.sensitiveRanges[file, default: []].append(node.range)
                moved.insert(node.range)
            }
        }
        return ranges.filter { !moved.contains($0) }
    }

    /// WF503: each variable a `client_secret` of `resource` reads, directly or
    /// through locals, that is declared without `sensitive = true`; at its
    /// declaration, with a related location at the `client_secret`. Not an
    /// ephemeral one: Terraform shows it nowhere, and refuses it in the
    /// resource (WF506), whatever `sensitive` says.
    static func unsensitiveSecretVariables(
        of resource: TerraformResource, in module: TerraformModule, schema: TerraformResourceSchema,
        rules: RuleTable, documentIndex: Int
    ) -> [Finding] {
        var reported: Set<String> = []
        var findings: [Finding] = []
        for use in resource.secretUses {
            for name in use.variables.sorted() where reported.insert(name).inserted {
                guard let variable = module.variables[name], variable.isSensitive == false, !variable.isEphemeral else {
                    continue
                }
                let file = module.files[variable.file]
                var sink = FindingSink(rules: rules, file: file.path, documentIndex: documentIndex)
                sink.report(
                    CoreRule.tfUnsensitiveSecret, range: variable.labelRange,
                    pointer: JSONPointer(["variable", name]),
                    message: "variable \"\(name)\" feeds oidc_config.client_secret of \(schema.type).\(resource.name) "
                        + "but is not declared sensitive = true")
                findings += sink.findings.map { finding in
                    var finding = finding
                    finding.related = [RelatedLocation(
                        file: module.files[use.file].path, range: use.range, message: usedBy(resource, schema))]
                    return finding
                }
            }
        }
        return findings
    }

    /// The module files `findings` point into, other than the linted one,
    /// with their sensitive ranges; a file named twice (a `--var-file` that
    /// is the module's own `terraform.tfvars`) is one. Paths are compared
    /// exactly: a sibling named in another Unicode spelling of the linted
    /// file's name is another file (`RunSummary`).
    static func referencedFiles(_ findings: [Finding], in module: TerraformModule) -> [ReferencedFile] {
        var paths = Set(findings.map { ExactText($0.file) })
        // And the files whose secrets it knows, though it shows nothing
        // there: a named file of the module masks them in what it shows
        // itself (a WF010's excerpt; `Linter.findingsOfItsModule`).
        let declared = module.declared.sensitiveValueRanges
        for index in Set(module.sensitiveRanges.keys).union(declared.keys) { paths.insert(ExactText(module.files[index].path)) }
        paths.remove(ExactText(module.files[module.linted].path))
        var referenced: [ExactText: ReferencedFile] = [:]
        // Only the files the findings name: a lint costs what it shows, not its module's size.
        for path in paths {
            for index in module.declared.files(at: path.string) where index != module.linted {
                let file = module.files[index]
                // The module's file and its declared secrets' ranges as the
                // declarations hold them: shared by every lint, not copied.
                referenced[path, default: ReferencedFile(
                    path: file.path, bytes: file.bytes ?? file.source.bytes.array, sensitiveRanges: [], directives: file.directives)]
                    .sensitiveRanges += module.sensitiveRanges[index] ?? []
                if let ranges = declared[index] {
                    // Appended only for a file named twice: `+=` copies even onto an empty array.
                    let shared = referenced[path]!.moduleSensitiveRanges
                    referenced[path]!.moduleSensitiveRanges = shared.isEmpty ? ranges : shared + ranges
                }
            }
        }
        return referenced.values.sorted { FileSystem.bytewiseLess($0.path, $1.path) }
    }
}
