import DocumentModel

/// One step from a document's root to a value: a member (or a map's key), or
/// an item of a list.
public enum PathStep: Sendable, Hashable {
    case member(String)
    case item
}

/// A member of a structure, reached along a path: what hover documents and
/// completion names.
struct ShapeMember {
    let name: String
    let parent: Shape
    let shape: Shape
    /// The API's documentation of the member (`Shape.Member.documentation`).
    let documentation: String?
}

extension ShapeCatalog {
    /// The shape at `path` from `root`; nil where the path leaves the shapes
    /// (an unknown member, an item of what is no list).
    func shape(at path: [PathStep], from root: Shape) -> Shape? {
        var current = root
        for step in path {
            guard let next = child(of: current, step) else { return nil }
            current = next
        }
        return current
    }

    /// The member the last step of `path` names, with the structure it is a
    /// member of; nil when that step is no structure's member.
    func member(at path: [PathStep], from root: Shape) -> ShapeMember? {
        guard case .member(let name)? = path.last, let parent = shape(at: path.dropLast(), from: root),
            parent.type == .structure, let member = parent.member(name), let shape = shapes[member.shape]
        else { return nil }
        return ShapeMember(name: member.name, parent: parent, shape: shape, documentation: member.documentation)
    }

    private func child(of shape: Shape, _ step: PathStep) -> Shape? {
        switch (step, shape.type) {
        case (.member(let name), .structure): return shape.member(name).flatMap { shapes[$0.shape] }
        case (.member, .map): return shape.value.flatMap { shapes[$0] }
        case (.item, .list): return shape.element.flatMap { shapes[$0] }
        default: return nil
        }
    }
}
