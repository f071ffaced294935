import DocumentModel
import YAMLReader

extension TerraformResourceSchema {
    /// The resource mapping built into wflint (`rules/shapes/terraform.yaml`),
    /// compiled in in its loaded form.
    public static var builtin: TerraformResourceSchema { BuiltinTerraform.workforce }

    /// Loads a resource mapping from YAML text; `file` names it in errors.
    /// Every API member named must be a member of `catalog`'s shapes, so that
    /// the mapping cannot drift from the shapes it translates into.
    public init(yaml text: String, file: String, catalog: ShapeCatalog = .builtin) throws(SourceError) {
        let stream = YAMLReader.parse(Array(text.utf8))
        if let error = stream.syntaxError {
            throw SourceError(file: file, position: error.position, message: error.message)
        }
        guard stream.documents.count == 1, let root = stream.documents.first?.root else {
            throw SourceError(file: file, position: nil, message: "expected exactly one YAML document")
        }
        let reader = ShapeDataReader(file: file)
        let top = try reader.mapping(
            root, allowed: ["provider", "resource", "kind", "meta-arguments", "messages", "body"], context: "the mapping")
        let kindNode = try reader.require("kind", in: top, at: root)
        guard let kind = DocumentKind(rawValue: try reader.string(kindNode, context: "\"kind\"")) else {
            throw reader.error(at: kindNode, "unknown document kind")
        }
        let body = try reader.require("body", in: top, at: root)
        self.init(
            type: try reader.string(try reader.require("resource", in: top, at: root), context: "\"resource\""),
            kind: kind,
            metaArguments: try top["meta-arguments"].map { (node) throws(SourceError) in
                try reader.strings(node, context: "\"meta-arguments\"")
            } ?? [],
            messages: try Self.messages(top["messages"], reader: reader),
            body: try TerraformBlockSchema(
                fields: try reader.mapping(body, allowed: TerraformBlockSchema.fieldNames, context: "\"body\""),
                shape: catalog.root(of: kind), catalog: catalog, reader: reader))
    }
}

extension TerraformResourceSchema {
    fileprivate static func messages(_ node: Node?, reader: ShapeDataReader) throws(SourceError) -> [String: String] {
        var messages: [String: String] = [:]
        for entry in try node.map({ (node) throws(SourceError) in try reader.entries(of: node, context: "\"messages\"") }) ?? [] {
            messages[try reader.name(of: entry)] = try reader.string(entry.value, context: "a message")
        }
        return messages
    }
}

extension TerraformBlockSchema {
    fileprivate static let fieldNames: Set<String> = ["arguments", "blocks", "computed"]

    /// A body's `arguments`, `blocks` and `computed`, mapped onto `shape`.
    fileprivate init(fields: [String: Node], shape: Shape, catalog: ShapeCatalog, reader: ShapeDataReader) throws(SourceError) {
        var arguments: [TerraformArgument] = []
        for entry in try fields["arguments"].map({ (node) throws(SourceError) in try reader.entries(of: node, context: "\"arguments\"") }) ?? [] {
            let values = try reader.mapping(entry.value, allowed: ["api", "type", "sent-when-empty", "read-back"], context: "an argument")
            let api = try Self.member(values, at: entry.value, of: shape, reader: reader)
            let typeNode = try reader.require("type", in: values, at: entry.value)
            guard let type = TerraformArgument.ValueType(rawValue: try reader.string(typeNode, context: "\"type\"")) else {
                throw reader.error(at: typeNode, "unknown type; expected one of "
                    + TerraformArgument.ValueType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
            }
            let sentWhenEmpty = try values["sent-when-empty"].map { (node) throws(SourceError) in
                try reader.boolean(node, context: "\"sent-when-empty\"")
            }
            let isReadBack = try values["read-back"].map { (node) throws(SourceError) in
                try reader.boolean(node, context: "\"read-back\"")
            }
            arguments.append(TerraformArgument(
                name: try reader.name(of: entry), api: api.name, type: type, sentWhenEmpty: sentWhenEmpty ?? true,
                isReadBack: isReadBack ?? true))
        }
        var blocks: [TerraformNestedBlock] = []
        for entry in try fields["blocks"].map({ (node) throws(SourceError) in try reader.entries(of: node, context: "\"blocks\"") }) ?? [] {
            let values = try reader.mapping(entry.value, allowed: Self.fieldNames.union(["api", "max-items"]), context: "a block")
            let api = try Self.member(values, at: entry.value, of: shape, reader: reader)
            guard let memberShape = catalog.shape(named: api.shape), memberShape.type == .structure else {
                throw reader.error(at: entry.value, "\"\(api.name)\" is no structure member; a block must be one")
            }
            blocks.append(TerraformNestedBlock(
                name: try reader.name(of: entry), api: api.name,
                maxItems: try values["max-items"].map { (node) throws(SourceError) in try reader.integer(node, context: "\"max-items\"") } ?? 1,
                body: try TerraformBlockSchema(
                    fields: values.filter { Self.fieldNames.contains($0.key) }, shape: memberShape, catalog: catalog,
                    reader: reader)))
        }
        self.init(
            arguments: arguments, blocks: blocks,
            computed: try fields["computed"].map { (node) throws(SourceError) in try reader.strings(node, context: "\"computed\"") } ?? [])
    }

    private static func member(_ values: [String: Node], at node: Node, of shape: Shape, reader: ShapeDataReader) throws(SourceError) -> Shape.Member {
        let apiNode = try reader.require("api", in: values, at: node)
        let api = try reader.string(apiNode, context: "\"api\"")
        guard let member = shape.member(api) else {
            throw reader.error(at: apiNode, "\"\(api)\" is not a member of \(shape.name)")
        }
        return member
    }
}
