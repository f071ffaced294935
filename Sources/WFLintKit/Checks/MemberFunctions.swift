import DocumentModel
import PCRERegex

/// Checks over the members of a mapping target (`OidcConfig`, the workforce
/// object itself): which must be there, which must not, which exclude each other.
protocol MemberListFunction: CheckFunction {
    init(members: [String], options: CheckOptions) throws(SourceError)
}

extension MemberListFunction {
    init(options: CheckOptions) throws(SourceError) {
        guard let members = try options.strings("members"), !members.isEmpty else {
            throw options.needs("a non-empty option \"members\"")
        }
        try self.init(members: members, options: options)
    }
}

/// `required`: each of `members` is present (one violation per missing member,
/// at the mapping's key); with `at-least-one`, one of them is.
struct RequiredFunction: MemberListFunction {
    static let name = "required"
    static let looksAt: [Shape.ShapeType] = [.structure, .map]
    static let optionNames = ["at-least-one", "members"]
    static let variables = ["member"]
    let members: [String]
    let atLeastOne: Bool

    init(members: [String], options: CheckOptions) throws(SourceError) {
        self.members = members
        atLeastOne = try options.bool("at-least-one") ?? false
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.flatMap { target -> [Violation] in
            guard target.node.entries != nil else { return [] }
            let missing = members.filter { target.node.entry($0) == nil }
            if atLeastOne {
                guard missing.count == members.count else { return [] }
                return [Violation(target, range: target.anchorRange, pointer: target.pointer)]
            }
            return missing.map { Violation(target, range: target.anchorRange, pointer: target.pointer, ["member": $0]) }
        }
    }
}

/// `forbidden`: none of `members` is present (at each present one's key).
struct ForbiddenFunction: MemberListFunction {
    static let name = "forbidden"
    static let looksAt: [Shape.ShapeType] = [.structure, .map]
    static let optionNames = ["members"]
    static let variables = ["member"]
    let members: [String]

    init(members: [String], options: CheckOptions) throws(SourceError) { self.members = members }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.flatMap { target -> [Violation] in
            members.compactMap { member in
                guard let entry = target.node.entry(member) else { return nil }
                return Violation(target, range: entry.key.range, pointer: target.pointer.appending(member), ["member": member])
            }
        }
    }
}

/// `exclusive`: at most one of `members` is present; each present member after
/// the first in source order is reported at its key.
struct ExclusiveFunction: MemberListFunction {
    static let name = "exclusive"
    static let looksAt: [Shape.ShapeType] = [.structure, .map]
    static let optionNames = ["members"]
    static let variables = ["first", "first-position", "member"]
    let members: [String]

    init(members: [String], options: CheckOptions) throws(SourceError) { self.members = members }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.flatMap { target -> [Violation] in
            var seen = Set<ExactText>()
            let present = (target.node.entries ?? []).filter { entry in
                guard let name = entry.name, members.containsExactly(name) else { return false }
                return seen.insert(ExactText(name)).inserted
            }
            guard let first = present.first, let firstName = first.name else { return [] }
            return present.dropFirst().map { entry in
                let name = entry.name ?? ""
                return Violation(target, range: entry.key.range, pointer: target.pointer.appending(name), [
                    "member": name, "first": firstName, "first-position": first.key.range.start.description,
                ])
            }
        }
    }
}

/// `unique`: the string values the target resolves to (a list's entries, or a
/// member across list items such as `Tags[*].Key`) do not repeat; each repeat
/// is reported at the later value.
struct UniqueFunction: CheckFunction {
    static let name = "unique"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["ignore-case"]
    static let variables = ["first"]
    let ignoreCase: Bool

    init(options: CheckOptions) throws(SourceError) { ignoreCase = try options.bool("ignore-case") ?? false }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        var firstSeen: [ExactText: TargetNode] = [:]
        var violations: [Violation] = []
        for target in targets {
            guard let value = target.string else { continue }
            let key = ExactText(ignoreCase ? value.lowercased() : value)
            if let first = firstSeen[key] {
                violations.append(Violation(target, ["first": first.position.description]))
            } else {
                firstSeen[key] = target
            }
        }
        return violations
    }
}

/// `timestamp-order`: the target timestamp is earlier than the sibling member
/// `before`; only when both are valid timestamps (equal instants violate).
/// Instants are compared as botocore sends them: whole seconds, rounded down.
struct TimestampOrderFunction: CheckFunction {
    static let name = "timestamp-order"
    static let looksAt: [Shape.ShapeType] = [.timestamp]
    static let optionNames = ["before"]
    static let variables = ["other-value"]
    let before: String

    init(options: CheckOptions) throws(SourceError) {
        guard let before = try options.string("before") else { throw options.needs("the option \"before\"") }
        self.before = before
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            guard let other = target.sibling(before), let start = APITimestamp.sentSeconds(of: target.node),
                  let end = APITimestamp.sentSeconds(of: other), start >= end
            else { return nil }
            return Violation(target, ["other-value": other.scalar?.text ?? ""])
        }
    }
}

/// `secret-literal`: a string value is a literal secret rather than a
/// placeholder that a deploy step fills in. The value itself is never shown.
struct SecretLiteralFunction: CheckFunction {
    static let name = "secret-literal"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["placeholders"]
    static let variables: [String] = []
    /// `${NAME}`, `{{ anything }}`, `<anything without angle brackets>`.
    static let defaultPlaceholders = [#"\$\{[A-Za-z_][A-Za-z0-9_]*\}"#, #"\{\{.*\}\}"#, #"<[^<>]*>"#]
    let placeholders: [Pattern]

    init(options: CheckOptions) throws(SourceError) {
        if let custom = try options.regexes("placeholders", wholeValue: true) {
            placeholders = custom
        } else {
            var compiled: [Pattern] = []
            for source in Self.defaultPlaceholders {
                guard let pattern = try? Pattern.cached(source, wholeValue: true) else {
                    throw options.needs("a working placeholder pattern \(source)")
                }
                compiled.append(pattern)
            }
            placeholders = compiled
        }
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            guard let value = target.string, placeholders.firstMatch(value, at: target, in: context) == false else { return nil }
            return Violation(target, ["value": SensitiveValues.mask])
        }
    }
}

/// `includes`: the list member `list` of the target mapping holds each of
/// `values` (comparing each item's member `member` when given, as for tags'
/// `Key`). Each missing value is reported at the list's key, or at the
/// mapping when the list is absent.
struct IncludesFunction: CheckFunction {
    static let name = "includes"
    static let looksAt: [Shape.ShapeType] = [.structure, .map]
    static let optionNames = ["list", "member", "values"]
    static let variables = ["missing"]
    let list: String
    let member: String?
    let values: [String]
    let optionPaths: [OptionPath]

    init(options: CheckOptions) throws(SourceError) {
        guard let list = try options.string("list") else { throw options.needs("the option \"list\"") }
        guard let values = try options.strings("values"), !values.isEmpty else {
            throw options.needs("a non-empty option \"values\"")
        }
        self.list = list
        self.values = values
        member = try options.string("member")
        var paths: [OptionPath] = []
        if let node = options.node("list") {
            paths.append(OptionPath(option: "list", node: node, path: TargetPath(steps: [.member(list)], offsets: [0], description: list), expects: .list))
            if let member, let memberNode = options.node("member") {
                let text = "\(list)[*].\(member)"
                let offset = text.unicodeScalars.count - member.unicodeScalars.count
                paths.append(OptionPath(
                    option: "member", node: memberNode,
                    path: TargetPath(steps: [.member(list), .elements, .member(member)], offsets: [0, list.unicodeScalars.count, offset], description: text),
                    expects: .string))
            }
        }
        optionPaths = paths
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.flatMap { target -> [Violation] in
            guard target.node.entries != nil else { return [] }
            let entry = target.node.entry(list)
            guard entry == nil || entry?.value.elements != nil else { return [] }  // a wrong type is WF004's
            let present = Set((entry?.value.elements ?? []).compactMap { item -> ExactText? in
                let value = member.map { item[member: $0]?.string } ?? item.string
                return value.map(ExactText.init)
            })
            let range = entry?.key.range ?? target.anchorRange
            let pointer = entry == nil ? target.pointer : target.pointer.appending(list)
            return values.filter { !present.contains(ExactText($0)) }.map {
                Violation(target, range: range, pointer: pointer, ["missing": $0])
            }
        }
    }
}
