import DocumentModel
import PCRERegex

/// Reads the shape data format, with a `file:line:col` error for anything it
/// does not accept. Shape data ships with wflint, but a readable error still
/// beats a crash when someone edits it.
struct ShapeDataReader {
    let file: String

    /// A shape name used somewhere, to resolve once every shape is read.
    struct Reference {
        let name: String
        let node: Node
    }

    private static let attributes: [Shape.ShapeType: Set<String>] = [
        .string: ["type", "min", "max", "pattern", "enum", "sensitive"],
        .integer: ["type", "min", "max", "sensitive"],
        .boolean: ["type", "sensitive"],
        .timestamp: ["type", "sensitive"],
        .list: ["type", "member", "min", "max", "sensitive"],
        .map: ["type", "key", "value", "min", "max", "sensitive"],
        .structure: ["type", "members", "docs", "required", "sensitive"],
    ]

    func error(at node: Node, _ message: String) -> SourceError {
        SourceError(file: file, position: node.range.start, message: message)
    }

    func entries(of node: Node, context: String) throws(SourceError) -> [MappingEntry] {
        guard let entries = node.entries else { throw error(at: node, "\(context) must be a map") }
        var seen: [String: Node] = [:]
        for entry in entries {
            let name = try name(of: entry)
            if let first = seen[name] {
                throw error(at: entry.key, "duplicate key \"\(name)\", first defined at \(first.range.start)")
            }
            seen[name] = entry.key
        }
        return entries
    }

    func mapping(_ node: Node, allowed: Set<String>, context: String) throws(SourceError) -> [String: Node] {
        var members: [String: Node] = [:]
        for entry in try entries(of: node, context: context) {
            let name = try name(of: entry)
            guard allowed.contains(name) else {
                throw error(at: entry.key, "unknown key \"\(name)\" in \(context); expected one of "
                    + allowed.sorted().map { "'\($0)'" }.joined(separator: ", "))
            }
            members[name] = entry.value
        }
        return members
    }

    func require(_ name: String, in members: [String: Node], at node: Node) throws(SourceError) -> Node {
        guard let value = members[name] else { throw error(at: node, "missing key \"\(name)\"") }
        return value
    }

    func name(of entry: MappingEntry) throws(SourceError) -> String {
        guard let name = entry.key.string else { throw error(at: entry.key, "a key must be a string") }
        return name
    }

    func string(_ node: Node, context: String) throws(SourceError) -> String {
        guard let text = node.string else { throw error(at: node, "\(context) must be a string") }
        return text
    }

    func strings(_ node: Node, context: String) throws(SourceError) -> [String] {
        guard let items = node.elements else { throw error(at: node, "\(context) must be a list of strings") }
        var result: [String] = []
        for item in items { result.append(try string(item, context: context)) }
        return result
    }

    func boolean(_ node: Node, context: String) throws(SourceError) -> Bool {
        guard case .bool(let value)? = node.scalar?.value else { throw error(at: node, "\(context) must be true or false") }
        return value
    }

    func integer(_ node: Node, context: String) throws(SourceError) -> Int {
        guard case .integer(let value)? = node.scalar?.value else {
            throw error(at: node, "\(context) must be an integer")
        }
        return value
    }

    func shape(named name: String, from node: Node, references: inout [Reference]) throws(SourceError) -> Shape {
        guard let typeNode = node[member: "type"] else { throw error(at: node, "shape \"\(name)\" has no type") }
        let typeName = try string(typeNode, context: "type")
        guard let type = Shape.ShapeType(rawValue: typeName) else {
            throw error(at: typeNode, "unknown shape type \"\(typeName)\"; expected one of "
                + Shape.ShapeType.allCases.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", "))
        }
        let fields = try mapping(node, allowed: Self.attributes[type] ?? [], context: "\(typeName) shape \"\(name)\"")
        var reader = FieldReader(reader: self, fields: fields)
        let members = try reader.members()
        let required = try fields["required"].map { n throws(SourceError) in try strings(n, context: "required") } ?? []
        for (index, member) in required.enumerated() where !members.contains(where: { $0.name == member }) {
            throw error(at: fields["required"]?.elements?[index] ?? node,
                        "required member \"\(member)\" is not a member of \"\(name)\"")
        }
        let shape = Shape(
            name: name, type: type, members: members, required: required,
            element: try reader.reference("member"), key: try reader.reference("key"),
            value: try reader.reference("value"),
            min: try reader.integer("min"), max: try reader.integer("max"),
            pattern: try reader.pattern(), enumValues: try fields["enum"].map { n throws(SourceError) in
                try strings(n, context: "enum")
            },
            isSensitive: try reader.bool("sensitive"))
        references += reader.references
        if type == .list, shape.element == nil { throw error(at: node, "list shape \"\(name)\" has no member") }
        if type == .map, shape.key == nil || shape.value == nil {
            throw error(at: node, "map shape \"\(name)\" needs a key and a value")
        }
        return shape
    }

    func checkReferences(
        _ references: [Reference], shapes: [String: Shape], roots: [DocumentKind: Node], kindsNode: Node
    ) throws(SourceError) {
        for reference in references where shapes[reference.name] == nil {
            throw error(at: reference.node, "unknown shape \"\(reference.name)\"")
        }
        for kind in DocumentKind.allCases where roots[kind] == nil {
            throw error(at: kindsNode, "no root shape for document kind \"\(kind.rawValue)\"")
        }
    }
}

/// The attributes of one shape, read one by one; collects the shape names they use.
private struct FieldReader {
    let reader: ShapeDataReader
    let fields: [String: Node]
    var references: [ShapeDataReader.Reference] = []

    mutating func reference(_ field: String) throws(SourceError) -> String? {
        guard let node = fields[field] else { return nil }
        let name = try reader.string(node, context: field)
        references.append(.init(name: name, node: node))
        return name
    }

    /// The members, each with its text under `docs:`, which names only members.
    mutating func members() throws(SourceError) -> [Shape.Member] {
        var docs: [String: String] = [:]
        for entry in try fields["docs"].map({ n throws(SourceError) in try reader.entries(of: n, context: "docs") }) ?? [] {
            let name = try reader.name(of: entry)
            guard fields["members"]?[member: name] != nil else {
                throw reader.error(at: entry.key, "\"\(name)\" under docs is not a member")
            }
            docs[name] = try reader.string(entry.value, context: "a member's documentation")
        }
        guard let node = fields["members"] else { return [] }
        var members: [Shape.Member] = []
        for entry in try reader.entries(of: node, context: "members") {
            let shape = try reader.string(entry.value, context: "a member's shape")
            references.append(.init(name: shape, node: entry.value))
            let name = try reader.name(of: entry)
            members.append(Shape.Member(name: name, shape: shape, documentation: docs[name]))
        }
        return members
    }

    func integer(_ field: String) throws(SourceError) -> Int? {
        try fields[field].map { node throws(SourceError) in try reader.integer(node, context: field) }
    }

    func bool(_ field: String) throws(SourceError) -> Bool {
        try fields[field].map { node throws(SourceError) in try reader.boolean(node, context: field) } ?? false
    }

    func pattern() throws(SourceError) -> Pattern? {
        guard let node = fields["pattern"] else { return nil }
        let source = try reader.string(node, context: "pattern")
        do {
            // The API's validators are Java's: see `PatternDialect.java`.
            return try Pattern.cached(source, wholeValue: true, dialect: .java)
        } catch {
            throw reader.error(at: node, "invalid pattern: \(error.message) at character \(error.characterOffset + 1)")
        }
    }
}
