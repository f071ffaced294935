import DocumentModel

extension TerraformLinting {
    /// The resources of a file in Terraform's JSON syntax (`.tf.json`,
    /// `.tfvars.json`: `lintSource`), read by the JSON reader. JSON has no
    /// comments, so there are no suppression comments (a `//` property is a
    /// comment to HCL, and no directive); a variable values file is read for
    /// its syntax only.
    ///
    /// A file with a resource has its module (`moduleFiles`, the other files
    /// of its folder, and its own `variable` and `locals`), in which a
    /// `"${var.NAME}"` is resolved. A property written twice where Terraform
    /// refuses it (`TerraformJSONRepeats`), or a template that does not parse
    /// (`TerraformJSONTemplates`), stops the file as a syntax error does.
    static func jsonResources(
        _ bytes: [UInt8], schema: TerraformResourceSchema, readLimits: ReadLimits, file: String,
        module moduleFiles: TerraformModuleSources = TerraformModuleSources()
    ) throws(TerraformSyntaxError) -> (
        resources: [TerraformResource], directives: [SuppressionDirective], module: TerraformModule?
    ) {
        let stream = TerraformLinting.parseJSON(bytes, limits: readLimits)
        if let error = stream.syntaxError { throw TerraformSyntaxError(json: error, of: bytes, source: stream.source) }
        if isVariableValues(file), let error = TerraformModuleFiles.objectError(stream.documents.first?.root) {
            throw TerraformSyntaxError(error)
        }
        guard !isVariableValues(file), let root = stream.documents.first?.root else { return ([], [], nil) }
        if let error = TerraformJSONRepeats.firstError(in: root) ?? TerraformJSONTemplates.firstError(in: root, schema: schema) {
            throw TerraformSyntaxError(json: error, of: bytes, source: stream.source)
        }
        let blocks = TerraformJSONTranslator.resources(of: schema, in: root)
        let module = blocks.isEmpty
            ? nil
            : TerraformModule.of(
                linted: .json(root), source: stream.source, bytes: bytes, path: file, sources: moduleFiles,
                limits: readLimits, schema: schema)
        return (module.map(TerraformOverrides.resources) ?? [], [], module)
    }
}
