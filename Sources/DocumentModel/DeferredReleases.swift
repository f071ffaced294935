import Locking

/// The nodes a thread's releases hand over, so that freeing a tree never
/// recurses once per level (see `Node`).
///
/// A node's `content` is a `let`, freed by Swift after the node's `deinit`,
/// one child after another, and a child freed there would free its own
/// children inside that, down the whole depth. So `deinit` first retains,
/// here, each child that holds nodes: when `content` goes, such a child is
/// left held by this list alone, and is freed later from a loop (`releaseAll`),
/// whose releases hand their own children here in turn. The deepest call is
/// then a few frames, whatever the depth.
///
/// The last tree let go outside that loop leaves its top children here, since
/// they can only be freed once its `content` is gone, after its `deinit`: the
/// next release on the thread frees them first, as does `Node.releaseDeferred()`
/// or the thread's end.
///
/// One per thread (`ThreadSpecific`): no lock, and each thread frees what it
/// let go. `@unchecked Sendable`: only its own thread touches it.
final class DeferredReleases: @unchecked Sendable {
    /// Unchecked, both: one thread uses them, and the releases inside
    /// `releaseAll` append after `popLast`'s access has ended.
    @exclusivity(unchecked) private var held: [Node] = []
    /// Set while `releaseAll` frees: a release inside it only hands its
    /// children over, for the same loop to free.
    @exclusivity(unchecked) private var isReleasing = false

    /// Called by the `deinit` of a node whose `content` holds nodes that hold
    /// nodes: frees what earlier releases left (their nodes' `content` is gone,
    /// so this list holds them alone), then holds these children until the
    /// node's own `content` is gone.
    func hold(childrenOf content: Node.Content) {
        if !isReleasing && !held.isEmpty { releaseAll() }
        switch content {
        case .scalar:
            return
        case .sequence(let items):
            for item in items where item.holdsNodes { held.append(item) }
        case .mapping(let entries):
            for entry in entries {
                if entry.key.holdsNodes { held.append(entry.key) }
                if entry.value.holdsNodes { held.append(entry.value) }
            }
        }
    }

    /// Frees every node held (a node another reference still holds only loses
    /// this one), and the nodes their releases hand over on the way.
    func releaseAll() {
        guard !isReleasing else { return }
        isReleasing = true
        // Each popped node is released at the end of its iteration, outside
        // the list's access: its `deinit` appends to the list.
        while let node = held.popLast() { _ = node }
        isReleasing = false
    }

    /// The calling thread's list, made on its first release of a tree. At the
    /// thread's end it frees what it still holds.
    static var current: DeferredReleases { perThread.current }

    private static let perThread = ThreadSpecific(make: { DeferredReleases() }, ending: { $0.releaseAll() })
}
