import DocumentModel
import Testing
@testable import WFLintKit

/// The one walk over sensitive values (`SensitiveValues.visit`) serves a
/// Terraform module's sensitive nodes and a document's: it goes in written
/// order, a key before its value, stops below a node it is told to, and
/// does not recurse, however deep a value nests.
@Suite struct SensitiveNodeWalkTests {
    static var at: SourceRange { SourceRange(at: .start) }

    static func scalar(_ text: String) -> Node {
        Node(.scalar(Scalar(text: text, style: .plain, value: .string(text))), range: at)
    }

    static func text(_ node: Node) -> String {
        if case .scalar(let scalar) = node.content { return scalar.text }
        return "<collection>"
    }

    /// `{a: [x, {s: y}], z: w}`: the outermost of x, the inner mapping, y
    /// (inside it) and the key z are x, the mapping and z, in that order.
    @Test func theOutermostSensitiveNodesComeInWrittenOrder() {
        let inner = Node(.mapping([MappingEntry(key: Self.scalar("s"), value: Self.scalar("y"))]), range: Self.at)
        let root = Node(.mapping([
            MappingEntry(key: Self.scalar("a"), value: Node(.sequence([Self.scalar("x"), inner]), range: Self.at)),
            MappingEntry(key: Self.scalar("z"), value: Self.scalar("w")),
        ]), range: Self.at)
        let sensitive: Set<String> = ["x", "y", "z"]
        let found = SensitiveValues.outermost(in: root) { $0 === inner || sensitive.contains(Self.text($0)) }
        #expect(found.map(Self.text) == ["x", "<collection>", "z"])
        #expect(found[1] === inner)

        var order: [String] = []
        SensitiveValues.visit([root]) { node in
            order.append(Self.text(node))
            return true
        }
        #expect(order == ["<collection>", "a", "<collection>", "x", "<collection>", "s", "y", "z", "w"])
        #expect(SensitiveValues.addresses(in: [inner]) == [inner.address, inner.mappingEntries[0].key.address,
            inner.mappingEntries[0].value.address])
    }

    /// 200,000 nested sequences, far deeper than the read limits allow:
    /// every node is marked, and the one sensitive leaf found, on a test
    /// thread's stack (a recursive walk would overflow it).
    @Test func aValueDeeperThanAnyLimitIsWalkedWithoutRecursion() {
        let leaf = Self.scalar("secret")
        var node = leaf
        for _ in 0..<200_000 { node = Node(.sequence([node]), range: Self.at) }
        #expect(SensitiveValues.addresses(in: [node]).count == 200_001)
        let found = SensitiveValues.outermost(in: node) { $0 === leaf }
        #expect(found.count == 1 && found[0] === leaf)
    }
}

extension Node {
    fileprivate var mappingEntries: [MappingEntry] {
        if case .mapping(let entries) = content { return entries }
        return []
    }
}
