/// A set of pointers that probes by the hash each pointer keeps
/// (`JSONPointer`), hashing nothing again: `Set<JSONPointer>` ran every
/// pointer's kept hash through a hasher of its own at each insertion, each
/// lookup and each growth, and ten thousand CIDRs are inserted into
/// `Supersession`'s sets and looked up there at every lint.
///
/// Open addressing with linear probing; at most three quarters full.
public struct JSONPointerSet: Sendable {
    /// Each slot's pointer, nil when empty; a power of two of them.
    private var slots: [JSONPointer?]
    public private(set) var count = 0

    public init(minimumCapacity: Int = 0) {
        slots = Array(repeating: nil, count: Self.slotCount(for: minimumCapacity))
    }

    /// Room for `count` pointers without growing again.
    public mutating func reserveCapacity(_ capacity: Int) {
        let needed = Self.slotCount(for: capacity)
        if needed > slots.count { rehash(into: needed) }
    }

    /// Inserts `pointer`; whether it was not there yet.
    @discardableResult
    public mutating func insert(_ pointer: JSONPointer) -> Bool {
        if (count + 1) * 4 > slots.count * 3 { rehash(into: slots.count * 2) }
        let index = slot(of: pointer)
        guard slots[index] == nil else { return false }
        slots[index] = pointer
        count += 1
        return true
    }

    public func contains(_ pointer: JSONPointer) -> Bool {
        slots[slot(of: pointer)] != nil
    }

    /// The slot that holds `pointer`, or the empty one where it would go.
    private func slot(of pointer: JSONPointer) -> Int {
        let mask = slots.count - 1
        var index = pointer.keptHash & mask
        while let held = slots[index] {
            if held == pointer { return index }
            index = (index + 1) & mask
        }
        return index
    }

    private mutating func rehash(into slotCount: Int) {
        let held = slots
        slots = Array(repeating: nil, count: slotCount)
        for case let pointer? in held { slots[slot(of: pointer)] = pointer }
    }

    /// The least power of two of slots, at least 8, that holds `capacity` at most three quarters full.
    private static func slotCount(for capacity: Int) -> Int {
        var slots = 8
        while capacity * 4 > slots * 3 { slots *= 2 }
        return slots
    }
}
