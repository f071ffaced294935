import DocumentModel

/// `forbidden`: none of `members` is present (at each present one's key).
struct ForbiddenFunction: MemberListFunction {
    static let name = "forbidden"
    static let looksAt: [Shape.ShapeType] = [.structure, .map]
    static let optionNames = ["members"]
    static let variables = ["member"]
    let members: [String]
}

extension ForbiddenFunction {
    init(members: [String], options: CheckOptions) throws(SourceError) { self.members = members }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.flatMap { target -> [Violation] in
            members.compactMap { member in
                // An unknown or conditional value may yet be absent.
                guard let entry = target.node.entry(member), !entry.value.mayBeAbsent else { return nil }
                return Violation(target, range: entry.key.range, pointer: target.pointer.appending(member), ["member": member])
            }
        }
    }
}
