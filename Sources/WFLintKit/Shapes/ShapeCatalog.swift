import DocumentModel
import PCRERegex
import YAMLReader

/// The API shapes wflint checks documents against, loaded from the data in
/// `rules/shapes/` (never written by hand as Swift code; the built-in catalog
/// is generated from it): every shape by name, and the root shape of each
/// document kind.
public struct ShapeCatalog: Sendable {
    public let shapes: [String: Shape]
    /// Every shape with its references followed once (`ResolvedShape`), for
    /// the schema walk; each kind's root by its index there.
    let resolved: [ResolvedShape]
    private let resolvedRoots: [DocumentKind: Int]
    /// Names of members whose shape is sensitive, lower-cased: a value under
    /// such a key is kept out of every output even where the key is misplaced.
    let sensitiveMemberNames: Set<String>

    /// The shapes built into wflint (`rules/shapes/sagemaker-workforce.yaml`),
    /// compiled in in their loaded form: `BuiltinShapes`.
    public static var builtin: ShapeCatalog { BuiltinShapes.catalog }

    /// The shape a document of `kind` is, from its root.
    public func root(of kind: DocumentKind) -> Shape { resolvedRoot(of: kind).shape }

    public func shape(named name: String) -> Shape? { shapes[name] }

    /// The root shape of `kind` with its references resolved.
    func resolvedRoot(of kind: DocumentKind) -> ResolvedShape {
        // `init` guarantees every kind has a root that resolves.
        guard let index = resolvedRoots[kind] else { preconditionFailure("no root shape for \(kind.rawValue)") }
        return resolved[index]
    }

    /// Loads shape data from YAML text; `file` names it in errors.
    public init(yaml text: String, file: String) throws(SourceError) {
        let stream = YAMLReader.parse(Array(text.utf8))
        if let error = stream.syntaxError {
            throw SourceError(file: file, position: error.position, message: error.message)
        }
        guard stream.documents.count == 1, let document = stream.documents.first else {
            throw SourceError(file: file, position: nil, message: "expected exactly one YAML document of shapes")
        }
        try self.init(root: document.root, file: file)
    }

    /// Loads shape data from a document tree (`kinds:` and `shapes:`), checking
    /// that every name it uses resolves and every pattern compiles.
    public init(root: Node, file: String) throws(SourceError) {
        let reader = ShapeDataReader(file: file)
        let top = try reader.mapping(root, allowed: ["kinds", "shapes"], context: "shape data")
        let kindsNode = try reader.require("kinds", in: top, at: root)
        let shapesNode = try reader.require("shapes", in: top, at: root)

        var shapes: [String: Shape] = [:]
        var references: [ShapeDataReader.Reference] = []
        for entry in try reader.entries(of: shapesNode, context: "shapes") {
            let name = try reader.name(of: entry)
            shapes[name] = try reader.shape(named: name, from: entry.value, references: &references)
        }
        var roots: [DocumentKind: String] = [:]
        var rootNodes: [DocumentKind: Node] = [:]
        for entry in try reader.entries(of: kindsNode, context: "kinds") {
            let kindName = try reader.name(of: entry)
            guard let kind = DocumentKind(rawValue: kindName) else {
                throw reader.error(at: entry.key, "unknown document kind \"\(kindName)\"; expected one of "
                    + DocumentKind.allCases.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", "))
            }
            roots[kind] = try reader.string(entry.value, context: kindName)
            rootNodes[kind] = entry.value
            references.append(.init(name: roots[kind] ?? "", node: entry.value))
        }
        try reader.checkReferences(references, shapes: shapes, roots: rootNodes, kindsNode: kindsNode)
        self.init(shapes: shapes, roots: roots)
    }

    /// Shapes whose names all resolve, with a root for every kind (the
    /// generated built-in catalog, or data `init(root:file:)` checked).
    init(shapes: [String: Shape], roots: [DocumentKind: String]) {
        self.shapes = shapes
        self.sensitiveMemberNames = Set(shapes.values.flatMap { shape in
            shape.members.filter { shapes[$0.shape]?.isSensitive ?? false }.map { $0.name.lowercased() }
        })
        (resolved, resolvedRoots) = ResolvedShape.resolve(shapes, roots: roots)
    }
}

/// A shape whose references to other shapes are indices into its catalog's
/// `resolved` list, found once when the catalog is made (issue 12: shape
/// references resolved up front). The schema walk follows them from node to
/// node: looking each member's shape up by name hashed the name and copied
/// the `Shape` (a dozen references) out of the dictionary at every node.
/// Indices, not references to each other, since shapes may refer to
/// themselves.
final class ResolvedShape: Sendable {
    let shape: Shape
    /// The shape of each of `shape.members`, in their order; nil where a
    /// name does not resolve (a catalog's `init` rejects that, so never).
    let memberShapes: [Int?]
    /// `shape.members`' names, in their order: scanning the members themselves
    /// copied each (three strings) to compare its name.
    let memberNames: [String]
    let element: Int?
    let key: Int?
    let value: Int?

    private init(_ shape: Shape, index: [String: Int]) {
        self.shape = shape
        memberShapes = shape.members.map { index[$0.shape] }
        memberNames = shape.members.map(\.name)
        element = shape.element.flatMap { index[$0] }
        key = shape.key.flatMap { index[$0] }
        value = shape.value.flatMap { index[$0] }
    }

    /// The index of the member named `name` (compared exactly), if any.
    func memberIndex(_ name: String) -> Int? { memberNames.firstIndex { $0.isExactly(name) } }

    /// Every shape resolved, and each root's index. In the table's own
    /// order: the indices never leave the catalog, and sorting the names
    /// cost a one-document run more than its lint of the shapes.
    static func resolve(
        _ shapes: [String: Shape], roots: [DocumentKind: String]
    ) -> (shapes: [ResolvedShape], roots: [DocumentKind: Int]) {
        var index: [String: Int] = [:]
        index.reserveCapacity(shapes.count)
        for (position, name) in shapes.keys.enumerated() { index[name] = position }
        let resolved = shapes.values.map { ResolvedShape($0, index: index) }
        return (resolved, roots.compactMapValues { index[$0] })
    }
}
