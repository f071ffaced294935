import DocumentModel
import HCLReader
import JSONReader

extension Hover {
    /// Over the name of an argument or nested block of an
    /// `aws_sagemaker_workforce` resource: the API member it is, documented
    /// as any member, under its Terraform path (`oidc_config.issuer`).
    static func terraformDocs(
        at position: SourcePosition, in bytes: [UInt8], limits: ReadLimits, catalog: ShapeCatalog,
        schema: TerraformResourceSchema = .builtin
    ) -> String? {
        guard let file = try? TerraformLinting.parseHCL(bytes, limits: limits) else { return nil }
        let offset = file.source.byteOffset(of: position)
        let holds = { (range: ByteRange) in range.start <= offset && offset < range.end }
        guard let resource = file.body.blocks.first(where: { block in
            block.type.text == "resource" && block.labels.first?.value == schema.type && holds(block.range)
        }) else { return nil }
        var body = resource.body
        var blockSchema = schema.body
        var names: [String] = []
        var apiPath: [PathStep] = []
        while true {
            if let attribute = body.attributes.first(where: { holds($0.name.range) }) {
                guard let argument = blockSchema.argument(named: attribute.name.text) else { return nil }
                return docs(names + [argument.name], apiPath + [.member(argument.api)], "Terraform \(argument.type.rawValue)", catalog, schema)
            }
            guard let block = body.blocks.first(where: { holds($0.range) }),
                let nested = blockSchema.block(named: block.type.text)
            else { return nil }
            names.append(nested.name)
            apiPath.append(.member(nested.api))
            if holds(block.type.range) {
                return docs(names, apiPath, "Terraform block, at most \(nested.maxItems)", catalog, schema)
            }
            body = block.body
            blockSchema = nested.body
        }
    }

    /// The same over a key of a `.tf.json` file: an argument or block name
    /// in a `resource.aws_sagemaker_workforce.NAME` object or its blocks'
    /// (an object, or one in a list).
    static func terraformJSONDocs(
        at position: SourcePosition, in bytes: [UInt8], limits: ReadLimits, catalog: ShapeCatalog,
        schema: TerraformResourceSchema = .builtin
    ) -> String? {
        let stream = JSONReader.parse(bytes, limits: limits, replacingInvalidUTF8InStrings: true)
        guard let root = stream.documents.first?.root, let path = keyPath(to: position, in: root) else { return nil }
        let keys = path.compactMap { step in if case .member(let name) = step { name } else { nil } }
        guard keys.count >= 4, keys[0] == "resource", keys[1] == schema.type else { return nil }
        var blockSchema = schema.body
        var names: [String] = []
        var apiPath: [PathStep] = []
        for key in keys.dropFirst(3).dropLast() {
            guard let nested = blockSchema.block(named: key) else { return nil }
            names.append(nested.name)
            apiPath.append(.member(nested.api))
            blockSchema = nested.body
        }
        guard let last = keys.last else { return nil }
        if let argument = blockSchema.argument(named: last) {
            return docs(names + [argument.name], apiPath + [.member(argument.api)], "Terraform \(argument.type.rawValue)", catalog, schema)
        }
        guard let nested = blockSchema.block(named: last) else { return nil }
        return docs(names + [nested.name], apiPath + [.member(nested.api)], "Terraform block, at most \(nested.maxItems)", catalog, schema)
    }

    private static func docs(
        _ names: [String], _ apiPath: [PathStep], _ terraformType: String, _ catalog: ShapeCatalog,
        _ schema: TerraformResourceSchema
    ) -> String? {
        guard let member = catalog.member(at: apiPath, from: catalog.root(of: schema.kind)) else { return nil }
        let api = apiPath.compactMap { step in if case .member(let name) = step { name } else { nil } }
        return MemberDocs.markdown(member, catalog: catalog, title: names.joined(separator: "."))
            + "\n\n\(terraformType); the API member `\(api.joined(separator: "."))`."
    }
}
