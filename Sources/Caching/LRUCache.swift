/// A map that holds at most `capacity` entries: storing one more drops the
/// least recently used (read or stored). What keeps a process-wide cache of
/// a long-running process (the language server) from growing for as long as
/// it runs. Not thread-safe by itself: share it behind a `Locked`.
///
/// The entries sit in one array, linked in order of use by index, so that a
/// read, a store and an eviction each take constant time.
public struct LRUCache<Key: Hashable, Value> {
    public let capacity: Int
    private var slots: [Slot] = []
    private var indexByKey: [Key: Int] = [:]
    /// The most and the least recently used slot; -1 when empty.
    private var newest = -1
    private var oldest = -1

    fileprivate struct Slot {
        var key: Key
        var value: Value
        var newer = -1
        var older = -1
    }

    /// A cache of at most `capacity` entries (at least 1).
    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public var count: Int { indexByKey.count }

    /// The value for `key`, which becomes the most recently used; nil when
    /// not held.
    public subscript(key: Key) -> Value? {
        mutating get {
            guard let index = indexByKey[key] else { return nil }
            touch(index)
            return slots[index].value
        }
        set {
            guard let value = newValue else {
                if indexByKey[key] != nil { removeAll(where: { $0 == key }) }
                return
            }
            store(value, for: key)
        }
    }

    /// Every value held, without changing the order of use.
    public var values: [Value] { slots.map(\.value) }

    /// Whether `key` is held, without changing the order of use.
    public func contains(_ key: Key) -> Bool { indexByKey[key] != nil }

    public mutating func removeAll() {
        slots.removeAll()
        indexByKey.removeAll()
        newest = -1
        oldest = -1
    }

    private mutating func store(_ value: Value, for key: Key) {
        if let index = indexByKey[key] {
            slots[index].value = value
            touch(index)
            return
        }
        let index: Int
        if slots.count < capacity {
            index = slots.count
            slots.append(Slot(key: key, value: value))
        } else {
            // The oldest slot is reused for the new entry.
            index = oldest
            unlink(index)
            indexByKey[slots[index].key] = nil
            slots[index] = Slot(key: key, value: value)
        }
        indexByKey[key] = index
        linkAsNewest(index)
    }

    /// Drops the entries whose key matches (rare: rebuilt without them).
    private mutating func removeAll(where matches: (Key) -> Bool) {
        var kept: [(Key, Value)] = []
        var index = oldest
        while index >= 0 {
            if !matches(slots[index].key) { kept.append((slots[index].key, slots[index].value)) }
            index = slots[index].newer
        }
        removeAll()
        for (key, value) in kept { store(value, for: key) }
    }

    private mutating func touch(_ index: Int) {
        guard index != newest else { return }
        unlink(index)
        linkAsNewest(index)
    }

    private mutating func unlink(_ index: Int) {
        let (newer, older) = (slots[index].newer, slots[index].older)
        if newer >= 0 { slots[newer].older = older } else { newest = older }
        if older >= 0 { slots[older].newer = newer } else { oldest = newer }
        slots[index].newer = -1
        slots[index].older = -1
    }

    private mutating func linkAsNewest(_ index: Int) {
        slots[index].older = newest
        if newest >= 0 { slots[newest].newer = index }
        newest = index
        if oldest < 0 { oldest = index }
    }
}

extension LRUCache: Sendable where Key: Sendable, Value: Sendable {}
extension LRUCache.Slot: Sendable where Key: Sendable, Value: Sendable {}
