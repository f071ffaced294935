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
            // The names seen are some of `members` (a pack's short list):
            // searched in order, where a set allocated and hashed for each object.
            // A member written twice is its last entry, as the loaders keep it.
            let present = (target.node.entries?.lastOfEachName() ?? []).filter { entry in
                // An unknown or conditional value may yet be absent.
                guard let name = entry.name, members.containsExactly(name), !entry.value.mayBeAbsent else { return false }
                return true
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
