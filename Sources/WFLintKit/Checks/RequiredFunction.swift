import DocumentModel

/// `required`: each of `members` is present (one violation per missing member,
/// at the mapping's key); with `at-least-one`, one of them is.
struct RequiredFunction: MemberListFunction {
    static let name = "required"
    static let looksAt: [Shape.ShapeType] = [.structure, .map]
    static let optionNames = ["at-least-one", "members"]
    static let variables = ["member"]
    let members: [String]
    let atLeastOne: Bool
}

extension RequiredFunction {
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
