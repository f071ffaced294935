import DocumentModel
import Foundation
import Testing

/// Releasing a tree must not recurse once per level: a library user may drop
/// a document on any thread, and a sanitizer's frames are several times the
/// size of a release build's. A tree far deeper than any limit allows, built
/// here without a reader, is released on a thread with 64 KiB of stack. The
/// test process crashing is the failure.
@Suite struct NodeReleaseTests {
    static let levels = 200_000

    /// `levels` nested one-item sequences (flow and block alternating), with
    /// a mapping every tenth level and an alias sharing a middle level's content.
    static func deepTree() -> Node {
        var node = Node(.scalar(Scalar(text: "x", style: .plain, value: .string("x"))), range: SourceRange(at: .start))
        var shared: Node?
        for level in 0..<levels {
            if level % 10 == 0 {
                let key = Node(.scalar(Scalar(text: "k", style: .plain, value: .string("k"))), range: SourceRange(at: .start))
                node = Node(.mapping([MappingEntry(key: key, value: node)]), range: SourceRange(at: .start))
            } else {
                let style: CollectionStyle = level.isMultiple(of: 2) ? .flow : .block
                var items = [node]
                if level == levels / 2 { shared = node }
                if level == levels / 2 + 1, let shared { items.append(AliasNode(aliasOf: shared, range: SourceRange(at: .start))) }
                node = Node.collection(.sequence(items), style: style, range: SourceRange(at: .start), bytes: ByteRange(at: 0))
            }
        }
        return node
    }

    /// `levels` nested sequences, every tenth beside a mapping of scalars and
    /// an empty list: the children that hold no nodes are freed directly.
    static func deepTreeWithLeaves() -> Node {
        let at = SourceRange(at: .start)
        func scalar(_ text: String) -> Node { Node(.scalar(Scalar(text: text, style: .plain, value: .string(text))), range: at) }
        var node = scalar("x")
        for level in 0..<levels {
            guard level % 10 == 0 else {
                node = Node(.sequence([node]), range: at)
                continue
            }
            let leaves = Node(.mapping([MappingEntry(key: scalar("k"), value: scalar("v"))]), range: at)
            node = Node(.sequence([leaves, Node(.sequence([]), range: at), node]), range: at)
        }
        return node
    }

    @Test func aTreeDeeperThanAnyLimitIsReleasedOnASmallStack() {
        Self.release(Self.deepTree())
    }

    @Test func aDeepTreeWithLeavesBesideEachLevelIsReleasedOnASmallStack() {
        Self.release(Self.deepTreeWithLeaves())
    }

    static func release(_ tree: Node) {
        let box = ReleaseBox(tree)
        let released = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.release()
            released.signal()
        }
        thread.stackSize = 64 * 1024
        thread.start()
        released.wait()
        #expect(box.isEmpty)
    }
}

/// Hands a tree to another thread, which drops the last reference to it.
private final class ReleaseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var root: Node?

    init(_ root: Node) { self.root = root }

    func release() { lock.withLock { root = nil } }

    var isEmpty: Bool { lock.withLock { root == nil } }
}
