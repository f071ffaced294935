import DocumentModel
import Caching
import Locking
import PCRERegex

/// Where a rule looks, relative to each workforce object (or to the document
/// root for `scope: document`): member names separated by dots, `[*]` after a
/// name for every element of that list, `*` for every value of a map, and a
/// final `@key` for the keys of a map (`OidcConfig.AuthenticationRequestExtraParams.@key`),
/// and item filters in place of `[*]` for the list items whose member has a
/// value (`Tags[Key=CostCenter].Value`). An empty path is the object itself.
///
/// A class, though nothing in it changes: a rule takes each of its paths for
/// every workforce object, and a copy of the value retained and released its
/// steps, offsets and text. Two paths are equal when all of those are.
final class TargetPath: Sendable, Hashable, CustomStringConvertible {
    enum Step: Sendable, Hashable {
        case member(String)
        case elements
        case filtered(ItemFilter)
        case values
        case keys
    }

    let steps: [Step]
    /// Where each step starts in `description`, in Unicode scalars (a filter
    /// at its `[`), for load errors that point into the path.
    let offsets: [Int]
    let description: String
    /// A number for the path's text, the same in every rule that writes it:
    /// the key of the per-document target cache, cheaper to hash than the text.
    let id: Int
    /// The path without its last step, for a path of two steps or more: the
    /// target cache resolves a path from its prefix's cached nodes, so that
    /// the paths of every rule share their leading steps as a trie does
    /// (`OidcConfig` is looked up once for the seven `OidcConfig.*` targets,
    /// `SourceIpConfig.Cidrs` once for the CIDR rules' count and items).
    let prefix: TargetPath?

    init(steps: [Step], offsets: [Int], description: String) {
        self.steps = steps
        self.offsets = offsets
        self.description = description
        self.id = Self.id(of: description)
        self.prefix = Self.prefix(steps: steps, offsets: offsets, description: description)
    }

    /// The path of all but the last step, written as the text before the last
    /// step's start (without the `.` that joins them): the same text, and so
    /// the same id, in every rule whose path begins with those steps.
    private static func prefix(steps: [Step], offsets: [Int], description: String) -> TargetPath? {
        guard steps.count > 1, offsets.count == steps.count else { return nil }
        // Sliced by a scalar index, not copied scalar by scalar: building the
        // prefixes of every built-in path that way was a fifth of a one-file run.
        let scalars = description.unicodeScalars
        var end = scalars.index(scalars.startIndex, offsetBy: offsets[offsets.count - 1])
        if end > scalars.startIndex, scalars[scalars.index(before: end)] == "." { end = scalars.index(before: end) }
        let text = ExactText(String(Substring(scalars[..<end])))
        // One object for each prefix text, as the ids are one number: the
        // seven `OidcConfig.*` paths share one, made (and numbered) once.
        if let known = prefixes.withLock({ $0[text] }) { return known }
        let made = TargetPath(steps: Array(steps.dropLast()), offsets: Array(offsets.dropLast()), description: text.string)
        prefixes.withLock { $0[text] = made }
        return made
    }

    /// The prefixes made so far, by text; bounded as the ids are.
    private static let prefixes = Locked(LRUCache<ExactText, TargetPath>(capacity: TargetPath.idCapacity))

    static let object = TargetPath(steps: [], offsets: [], description: "")

    static func == (lhs: TargetPath, rhs: TargetPath) -> Bool {
        lhs === rhs
            || (lhs.id == rhs.id && lhs.steps == rhs.steps && lhs.offsets == rhs.offsets
                && lhs.description == rhs.description)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(steps)
        hasher.combine(offsets)
        hasher.combine(description)
        hasher.combine(id)
    }

    /// Path texts numbered in order of first use; taken only while packs
    /// load. Bounded for a process that reloads packs all day (the language
    /// server): a text dropped and seen again gets a new number, never one
    /// another text had, so two paths share an id only when their texts are
    /// equal. A path keeps the id it was made with.
    private static let ids = Locked(IDTable())

    /// How many path texts keep their number at most.
    static let idCapacity = 4096

    struct IDTable {
        var numbers = LRUCache<ExactText, Int>(capacity: TargetPath.idCapacity)
        var next = 0
    }

    /// How many texts the table holds now (tests of the bound).
    static var numberedCount: Int { ids.withLock { $0.numbers.count } }

    private static func id(of text: String) -> Int {
        ids.withLock { table in
            if let known = table.numbers[ExactText(text)] { return known }
            defer { table.next += 1 }
            table.numbers[ExactText(text)] = table.next
            return table.next
        }
    }

    /// Parses a path, or says what is wrong with it and where.
    static func parse(_ text: String) -> Result<TargetPath, TargetPathError> {
        guard !text.isEmpty else { return .success(.object) }
        var parser = TargetPathParser(text)
        do {
            return .success(try parser.parse())
        } catch {
            return .failure(error)
        }
    }

    /// The first node on the path's leading member steps, before its last
    /// step, that `isShared` picks, with the member names that lead to it:
    /// everything the path reaches from `start` then lies inside that node.
    func sharedPrefix(from start: Node, _ isShared: (Node, ArraySlice<String>) -> Bool) -> Node? {
        var node = start
        var names: [String] = []
        for step in steps.dropLast() {
            guard case .member(let name) = step, let entry = node.entry(name) else { return nil }
            node = entry.value
            names.append(name)
            if isShared(node, names[...]) { return node }
        }
        return nil
    }

    /// Every node the path reaches from `start`. A step that meets a node of the
    /// wrong type reaches nothing (the schema rules report the type); a key
    /// written twice reaches its last value, the one the loaders keep (WF002
    /// reports the repeat). An item whose filter
    /// pattern ran out of `matchContext`'s limits is not reached, and is
    /// listed in `undecided` for the rules that use the path to report.
    func resolve(from start: TargetNode, in matchContext: MatchContext) -> ResolvedTargets {
        steps.reduce(ResolvedTargets(nodes: [start], undecided: [])) { Self.take($1, from: $0, in: matchContext) }
    }

    /// What the path reaches from what its `prefix` reached: its last step taken
    /// (the path itself, from `start`, when it has no prefix).
    func resolve(
        from start: TargetNode, afterPrefix reached: ResolvedTargets?, in matchContext: MatchContext
    ) -> ResolvedTargets {
        guard let reached, let last = steps.last else { return resolve(from: start, in: matchContext) }
        return Self.take(last, from: reached, in: matchContext)
    }

    /// One step from every node `reached` holds, keeping what it could not decide and
    /// whether it met an unknown value.
    private static func take(
        _ step: Step, from reached: ResolvedTargets, in matchContext: MatchContext
    ) -> ResolvedTargets {
        var undecided = reached.undecided
        var reachedUnknown = reached.reachedUnknown
        // Each step's nodes go into one list: a list per node of the
        // step before, joined after, was an allocation for every node.
        var next: [TargetNode] = []
        for target in reached.nodes {
            guard case .filtered(let filter) = step else {
                apply(step, to: target, into: &next)
                continue
            }
            let kept = next.count
            apply(.elements, to: target, into: &next)
            // The kept items move up in place, in order.
            var end = kept
            for index in kept..<next.count
            where keeps(next[index], filter, matchContext, &undecided, &reachedUnknown) {
                next[end] = next[index]
                end += 1
            }
            next.removeSubrange(end...)
        }
        // A value not known before evaluation is no target, and what
        // lies below it cannot be told (see `ResolvedTargets.reachedUnknown`).
        if next.contains(where: \.node.isUnknown) {
            reachedUnknown = true
            next.removeAll(where: \.node.isUnknown)
        }
        return ResolvedTargets(nodes: next, undecided: undecided, reachedUnknown: reachedUnknown)
    }

    /// Whether `filter` keeps the list item `item`; an item it cannot decide
    /// on is dropped and listed in `undecided`.
    private static func keeps(
        _ item: TargetNode, _ filter: ItemFilter, _ matchContext: MatchContext,
        _ undecided: inout [UndecidedMatches.Entry], _ reachedUnknown: inout Bool
    ) -> Bool {
        if item.node.isUnknown || (item.node[member: filter.member]?.isUnknown ?? false) {
            reachedUnknown = true
            return false
        }
        switch filter.decide(item.node, in: matchContext) {
        case .keep: return true
        case .drop: return false
        case .undecided(let limit):
            if case .matches(let pattern) = filter.test, let value = item.node[member: filter.member] {
                undecided.append(.init(
                    pattern: pattern.source, limit: limit, node: value,
                    pointer: item.pointer.appending(filter.member)))
            }
            return false
        }
    }

    private static func apply(_ step: Step, to target: TargetNode, into found: inout [TargetNode]) {
        let node = target.node
        switch step {
        case .filtered: return
        case .member(let name):
            guard let entry = node.entry(name) else { return }
            found.append(TargetNode(
                node: entry.value, pointer: target.pointer.appending(name), key: entry.key, parent: node))
        case .elements:
            guard let elements = node.elements else { return }
            found.reserveCapacity(found.count + elements.count)
            for (index, element) in elements.enumerated() {
                found.append(TargetNode(node: element, pointer: target.pointer.appending(index), key: nil, parent: node))
            }
        case .values, .keys:
            // A key written twice is the last of its entries, as the loaders keep it.
            guard let entries = node.entries?.lastOfEachName() else { return }
            for entry in entries {
                guard let name = entry.name else { continue }
                let pointer = target.pointer.appending(name)
                found.append(step == .values
                    ? TargetNode(node: entry.value, pointer: pointer, key: entry.key, parent: node)
                    : TargetNode(node: entry.key, pointer: pointer, key: nil, parent: node))
            }
        }
    }
}

/// What one path reached from one scope object.
struct ResolvedTargets {
    let nodes: [TargetNode]
    /// Filter matches that could not decide whether to keep an item.
    let undecided: [UndecidedMatches.Entry]
    /// Whether the path met a value not known before evaluation (a Terraform
    /// `var.x`) and left it out: what the path reaches may then be more than
    /// `nodes`, so a condition on it cannot be told.
    var reachedUnknown = false
}

/// A `when:` condition on a member of the workforce object (or document):
/// its string value is one of `one-of`, or it is absent and `or-absent` is set.
/// Any other value (another string, a wrong type) makes the rule stand aside.
struct RuleCondition: Sendable {
    let path: TargetPath
    let values: [String]
    let orAbsent: Bool

    func holds(at object: ScopeObject, in context: DocumentContext) -> Bool {
        let resolution = context.targets.resolution(of: path, from: object)
        // A filter that could not decide: stand aside rather than act on a guess.
        guard resolution.undecided.isEmpty, !resolution.reachedUnknown else { return false }
        let found = resolution.nodes
        if found.isEmpty { return orAbsent }
        return found.allSatisfy { target in target.string.map(values.containsExactly) ?? false }
    }
}
