/// A change made to the input's bytes before libyaml reads them, at `byte`
/// (its first), that the tree builder puts right (`FlowColons` has its own,
/// counted in characters).
protocol BytePatch {
    var byte: Int { get }
}

/// A stream's patches of one kind, in file order: each segment's read adds
/// those it finds, and the tree builder takes them in order.
struct BytePatches<Patch: BytePatch> {
    private(set) var all: [Patch] = []

    /// Adds patches found after every earlier one.
    mutating func add(_ found: [Patch]) {
        // Not copied when it is the first: a text of escapes alone holds millions.
        guard let last = all.last else { return all = found }
        all += found.filter { $0.byte > last.byte }
    }

    /// Takes back the last `count` patches added.
    mutating func removeLast(_ count: Int) {
        all.removeLast(count)
    }

    /// The patches from `byteOrigin` on, for a read that starts there.
    func cursor(from byteOrigin: Int) -> Cursor {
        Cursor(patches: all, next: all.partitionPoint { $0.byte < byteOrigin })
    }

    /// The patches not yet taken by the tree builder's scalars.
    struct Cursor {
        let patches: [Patch]
        var next: Int

        /// Whether none is left: every read of a text without such a patch,
        /// whose scalars skip the work.
        var isDone: Bool { next == patches.count }

        /// The next patch, if it lies before `offset`.
        func first(before offset: Int) -> Patch? {
            next < patches.count && patches[next].byte < offset ? patches[next] : nil
        }

        /// Passes over the patches before `offset`.
        mutating func skip(before offset: Int) {
            while first(before: offset) != nil { next += 1 }
        }

        /// Takes the patches before `offset`.
        mutating func take(before offset: Int) -> ArraySlice<Patch> {
            let start = next
            skip(before: offset)
            return patches[start..<next]
        }
    }
}
