import DocumentModel
import Foundation
import Testing

/// Releasing a tree must not recurse once per level: a library user may drop
/// a document on any thread, and a sanitizer's frames are several times the
/// size of a release build's. A tree far deeper than any limit allows, built
/// here without a reader, is released on a thread with 64 KiB of stack: the
/// test process crashing is the failure, and so is any level of it left
/// unfreed (see `DeferredReleases`).
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
        Self.expectFreedOnASmallStack(Self.deepTree, releasingDeferredInThread: false)
    }

    @Test func aDeepTreeWithLeavesBesideEachLevelIsReleasedOnASmallStack() {
        Self.expectFreedOnASmallStack(Self.deepTreeWithLeaves, releasingDeferredInThread: false)
    }

    /// A thread that lives on frees the last tree it let go when asked to,
    /// not only at its end.
    @Test func releaseDeferredFreesTheLastTreeLetGoOnTheThread() {
        Self.expectFreedOnASmallStack(Self.deepTree, releasingDeferredInThread: true)
    }

    /// Lets the tree `make` builds go on a thread with 64 KiB of stack (nothing
    /// here holds it but the box), and expects every level of it freed: its deepest collection (which a release that stopped
    /// at the top children left for later would keep) and its root. With
    /// `releasingDeferredInThread`, `Node.releaseDeferred()` inside the
    /// thread must free it before the thread ends; else the thread's end must.
    static func expectFreedOnASmallStack(_ make: () -> Node, releasingDeferredInThread: Bool) {
        let box = ReleaseBox(make())
        var freedBeforeTheEnd = false
        JoinedThread.run(stackSize: 64 * 1024) {
            box.release()
            if releasingDeferredInThread {
                Node.releaseDeferred()
                freedBeforeTheEnd = box.isFreed
            }
        }
        #expect(box.isFreed)
        if releasingDeferredInThread { #expect(freedBeforeTheEnd) }
    }

    /// The collection at the bottom of `tree` (its last item, level after level).
    static func deepestCollection(of tree: Node) -> Node {
        var node = tree
        while true {
            let next: Node? =
                switch node.content {
                case .sequence(let items): items.last
                case .mapping(let entries): entries.last?.value
                case .scalar: nil
                }
            guard let next, next.scalar == nil else { return node }
            node = next
        }
    }
}

/// Hands a tree to another thread, which drops the last reference to it, and
/// watches its root and its deepest collection go.
private final class ReleaseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var root: Node?
    private weak var watchedRoot: Node?
    private weak var deepest: Node?

    init(_ root: Node) {
        self.root = root
        watchedRoot = root
        deepest = NodeReleaseTests.deepestCollection(of: root)
    }

    func release() { lock.withLock { root = nil } }

    var isFreed: Bool { lock.withLock { root == nil && watchedRoot == nil && deepest == nil } }
}
