import DocumentModel
import JSONReader

extension TerraformLinting {
    /// The resources of a file in Terraform's JSON syntax (`.tf.json`,
    /// `.tfvars.json`: `lintSource`), read by the JSON reader. JSON has no
    /// comments, so there are no suppression comments (a `//` property is a
    /// comment to HCL, and no directive); a variable values file is read for
    /// its syntax only.
    static func jsonResources(
        _ bytes: [UInt8], schema: TerraformResourceSchema, readLimits: ReadLimits, file: String
    ) throws(SyntaxError) -> (resources: [TerraformResource], directives: [SuppressionDirective]) {
        let stream = JSONReader.parse(bytes, limits: readLimits)
        if let error = stream.syntaxError { throw error }
        if isVariableValues(file), let error = TerraformModuleFiles.objectError(stream.documents.first?.root) { throw error }
        guard !isVariableValues(file), let root = stream.documents.first?.root else { return ([], []) }
        let resources = TerraformJSONTranslator.resources(of: schema, in: root).enumerated().map { index, block in
            TerraformJSONTranslator.translate(block, index: index, schema: schema, source: stream.source)
        }
        return (resources, [])
    }
}
