import DocumentModel
import Synchronization

/// Where a rule looks, relative to each workforce object (or to the document
/// root for `scope: document`): member names separated by dots, `[*]` after a
/// name for every element of that list, `*` for every value of a map, and a
/// final `@key` for the keys of a map (`OidcConfig.AuthenticationRequestExtraParams.@key`).
/// An empty path is the object itself.
struct TargetPath: Sendable, Hashable, CustomStringConvertible {
    enum Step: Sendable, Hashable {
        case member(String)
        case elements
        case values
        case keys
    }

    let steps: [Step]
    let description: String
    /// A number for the path's text, the same in every rule that writes it:
    /// the key of the per-document target cache, cheaper to hash than the text.
    let id: Int

    init(steps: [Step], description: String) {
        self.steps = steps
        self.description = description
        self.id = Self.id(of: description)
    }

    static let object = TargetPath(steps: [], description: "")

    /// Path texts numbered in order of first use; taken only while packs load.
    private static let ids = Mutex<[ExactText: Int]>([:])

    private static func id(of text: String) -> Int {
        ids.withLock { table in
            if let known = table[ExactText(text)] { return known }
            table[ExactText(text)] = table.count
            return table.count - 1
        }
    }

    /// Parses a path, or says what is wrong with it.
    static func parse(_ text: String) -> Result<TargetPath, IPSyntaxError> {
        guard !text.isEmpty else { return .success(.object) }
        var steps: [Step] = []
        for piece in text.split(separator: ".", omittingEmptySubsequences: false) {
            if steps.last == .keys { return .failure(IPSyntaxError("\"@key\" must be the last step")) }
            switch piece {
            case "*": steps.append(.values)
            case "@key": steps.append(.keys)
            default:
                var name = piece
                var lists = 0
                while name.hasSuffix("[*]") { name = name.dropLast(3); lists += 1 }
                guard !name.isEmpty, !name.contains(where: { "[]*@ ".contains($0) }) else {
                    return .failure(IPSyntaxError("\"\(piece)\" is not a member name, \"*\" or \"@key\""))
                }
                steps.append(.member(String(name)))
                steps += Array(repeating: .elements, count: lists)
            }
        }
        return .success(TargetPath(steps: steps, description: text))
    }

    /// Every node the path reaches from `start`. A step that meets a node of the
    /// wrong type reaches nothing (the schema rules report the type); later
    /// duplicates of a key are skipped (WF002 owns them).
    func resolve(from start: TargetNode) -> [TargetNode] {
        var current = [start]
        for step in steps {
            current = current.flatMap { Self.apply(step, to: $0) }
        }
        return current
    }

    private static func apply(_ step: Step, to target: TargetNode) -> [TargetNode] {
        let node = target.node
        switch step {
        case .member(let name):
            guard let entry = node.entry(name) else { return [] }
            return [TargetNode(node: entry.value, pointer: target.pointer.appending(name), key: entry.key, parent: node)]
        case .elements:
            return (node.elements ?? []).enumerated().map { index, element in
                TargetNode(node: element, pointer: target.pointer.appending(index), key: nil, parent: node)
            }
        case .values, .keys:
            var seen = Set<ExactText>()
            return (node.entries ?? []).compactMap { entry in
                guard let name = entry.name, seen.insert(ExactText(name)).inserted else { return nil }
                let pointer = target.pointer.appending(name)
                return step == .values
                    ? TargetNode(node: entry.value, pointer: pointer, key: entry.key, parent: node)
                    : TargetNode(node: entry.key, pointer: pointer, key: nil, parent: node)
            }
        }
    }
}

/// A `when:` condition on a member of the workforce object (or document):
/// its string value is one of `one-of`, or it is absent and `or-absent` is set.
/// Any other value (another string, a wrong type) makes the rule stand aside.
struct RuleCondition: Sendable {
    let path: TargetPath
    let values: [String]
    let orAbsent: Bool

    func holds(at object: ScopeObject, in context: DocumentContext) -> Bool {
        let found = context.targets.targets(of: path, from: object)
        if found.isEmpty { return orAbsent }
        return found.allSatisfy { target in target.string.map(values.containsExactly) ?? false }
    }
}
