/// How a mapping or sequence is written: YAML's indented block style, or the
/// bracketed flow style that JSON's arrays and objects always have.
public enum CollectionStyle: Sendable, Equatable {
    case block
    case flow
}

/// A flow collection. The style is told by the object's class, as an alias
/// is (see `Node`): a node is exactly a malloc size class today, and one
/// stored byte more would cost every node of a document a size class more.
@usableFromInline
final class FlowCollectionNode: Node, @unchecked Sendable {}

extension Node {
    /// A mapping or sequence node of `style`. Inlinable, as the readers call
    /// it for every collection.
    @inlinable
    public static func collection(
        _ content: Content, style: CollectionStyle, range: SourceRange, bytes: ByteRange, tag: String? = nil
    ) -> Node {
        switch style {
        case .block: Node(content, range: range, bytes: bytes, tag: tag)
        case .flow: FlowCollectionNode(content, range: range, bytes: bytes, tag: tag)
        }
    }

    /// The style of a mapping or sequence as written (an alias answers for its
    /// anchored node); nil for a scalar.
    public var collectionStyle: CollectionStyle? {
        let node = written
        if case .scalar = node.content { return nil }
        return ObjectIdentifier(type(of: node)) == ObjectIdentifier(FlowCollectionNode.self) ? .flow : .block
    }
}
