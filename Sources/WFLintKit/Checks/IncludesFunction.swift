import DocumentModel

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
}

extension IncludesFunction {
    init(options: CheckOptions) throws(SourceError) {
        guard let list = try options.string("list") else { throw options.needs("the option \"list\"") }
        guard let values = try options.strings("values"), !values.isEmpty else {
            throw options.needs("a non-empty option \"values\"")
        }
        self.list = list
        self.values = values
        member = try options.string("member")
    }

    /// `list`, and `list[*].member` when `member` is given.
    static func optionPaths(_ options: CheckOptions) throws(SourceError) -> [OptionPath] {
        guard let node = options.node("list"), let list = try options.string("list") else { return [] }
        var paths = [OptionPath(
            option: "list", node: node, path: TargetPath(steps: [.member(list)], offsets: [0], description: list),
            expects: .list)]
        if let memberNode = options.node("member"), let member = try options.string("member") {
            let text = "\(list)[*].\(member)"
            let offset = text.unicodeScalars.count - member.unicodeScalars.count
            paths.append(OptionPath(
                option: "member", node: memberNode,
                path: TargetPath(steps: [.member(list), .elements, .member(member)], offsets: [0, list.unicodeScalars.count, offset], description: text),
                expects: .string))
        }
        return paths
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.flatMap { target -> [Violation] in
            guard target.node.entries != nil else { return [] }
            let entry = target.node.entry(list)
            guard entry == nil || entry?.value.elements != nil else { return [] }  // a wrong type is WF004's
            // What an unknown list or item holds cannot be told.
            let items = entry?.value.elements ?? []
            if items.contains(where: { item in item.isUnknown || member.map { item[member: $0]?.isUnknown ?? false } ?? false }) {
                return []
            }
            let present = Set(items.compactMap { item -> ExactText? in
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
