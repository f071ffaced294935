import DocumentModel
import PCRERegex

/// One API shape as `rules/shapes/` states it: a type with its constraints.
/// Shapes refer to each other by name; `ShapeCatalog` resolves the names.
///
/// A class, though nothing in it ever changes: the schema walk takes a node's
/// shape at every node it visits, and a copy of the value retained and
/// released each of its eight lists, strings and pattern.
public final class Shape: Sendable {
    public enum ShapeType: String, Sendable, CaseIterable {
        case string, integer, boolean, timestamp, list, map, structure
    }

    /// A member of a structure: its name in documents, its shape's name,
    /// and the first paragraph of the API's documentation of it (Markdown).
    public struct Member: Sendable, Equatable {
        public let name: String
        public let shape: String
        public let documentation: String?

        public init(name: String, shape: String, documentation: String? = nil) {
            self.name = name
            self.shape = shape
            self.documentation = documentation
        }
    }

    public let name: String
    public let type: ShapeType
    /// Structure members in API order.
    public let members: [Member]
    public let required: [String]
    /// The shape of a list's entries.
    public let element: String?
    /// The shapes of a map's keys and values.
    public let key: String?
    public let value: String?
    /// String length (Unicode scalars), list/map entry count or integer value.
    public let min: Int?
    public let max: Int?
    /// The API pattern, matched against the whole value; compiled once.
    public let pattern: Pattern?
    public let enumValues: [String]?
    /// A value of this shape never appears in any output (an OIDC client secret).
    public let isSensitive: Bool

    public init(
        name: String, type: ShapeType, members: [Member] = [], required: [String] = [],
        element: String? = nil, key: String? = nil, value: String? = nil,
        min: Int? = nil, max: Int? = nil, pattern: Pattern? = nil, enumValues: [String]? = nil,
        isSensitive: Bool = false
    ) {
        self.name = name
        self.type = type
        self.members = members
        self.required = required
        self.element = element
        self.key = key
        self.value = value
        self.min = min
        self.max = max
        self.pattern = pattern
        self.enumValues = enumValues
        self.isSensitive = isSensitive
    }

    public func member(_ name: String) -> Member? { members.first { $0.name.isExactly(name) } }

    /// Whether `count` lies within `min`...`max` (either bound may be absent).
    public func allows(_ count: Int) -> Bool {
        (min.map { count >= $0 } ?? true) && (max.map { count <= $0 } ?? true)
    }
}
