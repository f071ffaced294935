import DocumentModel

/// `exclusive`: at most one of `members` is present; each present member after
/// the first in source order is reported at its key.
struct ExclusiveFunction: MemberListFunction {
    static let name = "exclusive"
    static let looksAt: [Shape.ShapeType] = [.structure, .map]
    static let optionNames = ["members"]
    static let variables = ["first", "first-position", "member"]
    let members: [String]
}

extension ExclusiveFunction {
    init(members: [String], options: CheckOptions) throws(SourceError) { self.members = members }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.flatMap { target -> [Violation] in
            // A member written twice is its last entry, as the loaders keep it;
            // `members` is a pack's short list, searched in order. An unknown
            // or conditional value may yet be absent.
            let present = (target.node.entries?.lastOfEachName() ?? []).filter { entry in
                entry.name.map(members.containsExactly) ?? false && !entry.value.mayBeAbsent
            }
            guard let first = present.first, let firstName = first.name else { return [] }
            return present.dropFirst().map { entry in
                let name = entry.name ?? ""
                return Violation(target, range: entry.key.range, pointer: target.pointer.appending(name), [
                    "member": name, "first": firstName, "first-position": context.position(of: first.key, beside: entry.key),
                ])
            }
        }
    }
}
