/// A value that is written but not known before evaluation: a Terraform
/// reference (`var.cidrs`), a function call, a conditional, a template that
/// interpolates. It is present (a required member holding one is not
/// missing) and may turn out absent (`null`), so no check may report it, nor
/// a member's presence or absence because of it. Its content is a null
/// scalar holding the expression's source text, so that code that does not
/// ask `isUnknown` meets a value of no member's type rather than a crash.
public final class UnknownNode: Node, @unchecked Sendable {
    /// A value not known before evaluation, written as `expression` at `range` (`bytes`).
    public init(expression: String, range: SourceRange, bytes: ByteRange) {
        super.init(.scalar(Scalar(text: expression, style: .plain, value: .null)), range: range, bytes: bytes)
    }
}

extension Node {
    /// Whether the value is unknown before evaluation (`UnknownNode`). Told by
    /// the object's class, as an alias is, so that it costs no byte.
    public var isUnknown: Bool { ObjectIdentifier(type(of: self)) == ObjectIdentifier(UnknownNode.self) }
}
