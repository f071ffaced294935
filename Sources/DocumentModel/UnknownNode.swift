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

/// A value Terraform writes only when a condition it evaluates holds: the
/// body of a `dynamic` block, which `for_each` may make once or not at all.
/// Its content is known and checked; a member holding it is present for a
/// check that requires the member and may be absent for one that excludes
/// it (`Node.mayBeAbsent`).
public final class ConditionalNode: Node, @unchecked Sendable {}

extension Node {
    /// Whether the member holding this value may turn out absent: an unknown
    /// value (it may be `null`) or a conditional one. A check that reports a
    /// member's presence (two identity providers) skips such a member.
    public var mayBeAbsent: Bool {
        let kind = ObjectIdentifier(type(of: self))
        return kind == ObjectIdentifier(UnknownNode.self) || kind == ObjectIdentifier(ConditionalNode.self)
    }
}
