import DocumentModel

/// A check's targets and option paths against the API shapes: the types the
/// check function looks at, and the members its options name.
extension DeclarativeReader {
    /// The check function looks at the types the target reaches, and the
    /// paths its options name exist there.
    func checkTypes(
        of target: WrittenPath, for function: any CheckFunction, named name: String, at functionNode: Node,
        options: CheckOptions, shapes: PathShapeChecker
    ) throws(SourceError) {
        guard case .success(let reached) = shapes.reach(target.path) else { return }
        let types = Set(reached.flatMap(\.shapes).map(\.type))
        let looksAt = type(of: function).looksAt
        if !types.contains(where: looksAt.contains) {
            let wanted = looksAt.map(PathShapeChecker.plural).joined(separator: " or ")
            let found = types.sorted { $0.rawValue < $1.rawValue }.map(PathShapeChecker.a).joined(separator: " or ")
            guard let node = target.node else {
                throw syntax.error("check \"\(name)\" looks at \(wanted), but without a target it is given \(shapes.startName), \(found)", at: functionNode)
            }
            throw syntax.error(
                "check \"\(name)\" looks at \(wanted), but target \"\(target.path)\" is \(found)"
                    + Self.entriesHint(target.path, reached: reached, looksAt: looksAt, catalog: shapes.catalog), at: node)
        }
        let base = target.node == nil ? shapes.startName : "\"\(target.path)\""
        for option in try type(of: function).optionPaths(options) {
            switch shapes.reach(option.path, from: reached, base: base) {
            case .failure(let error):
                throw syntax.error("invalid option \"\(option.option)\" \"\(option.path)\": \(error.reason)", at: option.node)
            case .success(let ends):
                let types = Set(ends.flatMap(\.shapes).map(\.type))
                guard types.contains(option.expects) else {
                    let found = types.sorted { $0.rawValue < $1.rawValue }.map(PathShapeChecker.a).joined(separator: " or ")
                    throw syntax.error(
                        "invalid option \"\(option.option)\": \"\(option.path)\" is \(found), not \(PathShapeChecker.a(option.expects))",
                        at: option.node)
                }
            }
        }
    }

    /// `; write "X[*]" for its entries` when the target is a list (or map) of what the check looks at.
    private static func entriesHint(
        _ path: TargetPath, reached: PathShapeChecker.Reached, looksAt: [Shape.ShapeType], catalog: ShapeCatalog
    ) -> String {
        let shapes = reached.flatMap(\.shapes)
        func inner(_ name: String?) -> Bool { name.flatMap(catalog.shape(named:)).map { looksAt.contains($0.type) } ?? false }
        if shapes.allSatisfy({ $0.type == .list && inner($0.element) }) {
            return "; write \"\(path)[*]\" for its entries"
        }
        if shapes.allSatisfy({ $0.type == .map && inner($0.value) }) {
            return "; write \"\(path.description.isEmpty ? "*" : "\(path).*")\" for its values"
        }
        return ""
    }
}
