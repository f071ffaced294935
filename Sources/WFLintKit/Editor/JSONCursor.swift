/// The place of a cursor in a JSON document, read off its brackets, strings,
/// colons and commas in one pass (a document being typed seldom parses).
enum JSONCursor {
    private struct Frame {
        let id: Int
        let isObject: Bool
        /// How the container is reached from its parent (nil for the root).
        let step: PathStep?
        var key: String?
        var afterColon = false
    }

    private struct Snapshot {
        let frames: [Frame]
        let inString: Bool
    }

    static func place(at offset: Int, in bytes: [UInt8]) -> Completion.Place? {
        var frames: [Frame] = []
        var keys: [[String]] = []
        var snapshot: Snapshot?
        var lastString: String?
        var index = 0
        while index < bytes.count {
            if snapshot == nil, index >= offset { snapshot = Snapshot(frames: frames, inString: false) }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                let end = min(index, bytes.count)
                if snapshot == nil, offset >= start, offset <= end { snapshot = Snapshot(frames: frames, inString: true) }
                lastString = String(decoding: bytes[start..<end], as: UTF8.self)
                index = end + 1
            case UInt8(ascii: ":"):
                guard var top = frames.popLast() else { continue }
                if top.isObject, !top.afterColon, let key = lastString {
                    top.key = key
                    top.afterColon = true
                    keys[top.id].append(key)
                }
                frames.append(top)
            case UInt8(ascii: ","):
                if var top = frames.popLast() {
                    top.afterColon = false
                    frames.append(top)
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let step: PathStep? = frames.last.map { $0.isObject ? .member($0.key ?? "") : .item }
                frames.append(Frame(id: keys.count, isObject: byte == UInt8(ascii: "{"), step: step))
                keys.append([])
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = frames.popLast()
            default:
                continue
            }
        }
        let found = snapshot ?? Snapshot(frames: frames, inString: false)
        guard let top = found.frames.last else { return nil }
        let path = found.frames.dropFirst().compactMap(\.step)
        let topLevel = keys.first ?? []
        if !top.isObject {
            return Completion.Place(path: path + [.item], role: .value, topLevelKeys: topLevel, inString: found.inString)
        }
        if top.afterColon, let key = top.key {
            return Completion.Place(path: path + [.member(key)], role: .value, topLevelKeys: topLevel, inString: found.inString)
        }
        return Completion.Place(path: path, role: .key(present: keys[top.id]), topLevelKeys: topLevel, inString: found.inString)
    }
}
