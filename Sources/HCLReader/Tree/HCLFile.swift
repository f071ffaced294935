import DocumentModel

/// A parsed `.tf` or `.tfvars` file: its top-level body and every comment.
///
/// Every node holds its `range`: byte offsets into the bytes given to
/// `HCLReader.parse` (a leading byte-order mark included, so that
/// `bytes[range.offsets]` is always the node's source text), as the
/// document model's nodes do. `source` turns them into the line and column
/// that findings show.
public struct HCLFile: Sendable {
    public let body: HCLBody
    /// Every `#`, `//` and `/* */` comment, in source order, wherever it is
    /// (inside expressions too): suppression directives are read from them.
    public let comments: [HCLComment]
    /// The bytes, their lines, and the comments' ranges, as the JSON and YAML
    /// readers give them.
    public let source: SourceText
}

/// Attributes and blocks, in source order. The top-level body spans the
/// whole file; a block's body spans its braces.
public struct HCLBody: Sendable {
    public var items: [HCLBodyItem]
    public var range: ByteRange

    /// The attributes, in source order.
    public var attributes: [HCLAttribute] {
        items.compactMap { if case .attribute(let attribute) = $0 { attribute } else { nil } }
    }

    /// The blocks, in source order.
    public var blocks: [HCLBlock] {
        items.compactMap { if case .block(let block) = $0 { block } else { nil } }
    }
}

public enum HCLBodyItem: Sendable {
    case attribute(HCLAttribute)
    case block(HCLBlock)

    public var range: ByteRange {
        switch self {
        case .attribute(let attribute): attribute.range
        case .block(let block): block.range
        }
    }
}

/// `name = expression`; the range runs from the name to the end of the value.
public struct HCLAttribute: Sendable {
    public var name: HCLName
    public var value: HCLExpression
    public var range: ByteRange
}

/// `type "label" label { body }`; the range runs from the type to the
/// closing brace.
public struct HCLBlock: Sendable {
    public var type: HCLName
    public var labels: [HCLLabel]
    public var body: HCLBody
    public var range: ByteRange
}

/// An identifier as written: an attribute name, a block type, a for
/// expression's variable.
public struct HCLName: Sendable, Equatable {
    public var text: String
    public var range: ByteRange
}

/// A block label: a quoted string (escapes decoded, no templates) or a bare
/// identifier. The range of a quoted label includes its quotes.
public struct HCLLabel: Sendable, Equatable {
    public var value: String
    public var isQuoted: Bool
    public var range: ByteRange
}

/// A comment; `text` is its exact source, markers included, without the
/// newline that ends a line comment.
public struct HCLComment: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        /// `# ...`
        case hash
        /// `// ...`
        case doubleSlash
        /// `/* ... */`
        case inline
    }

    public var style: Style
    public var text: String
    public var range: ByteRange
}
