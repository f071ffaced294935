import DocumentModel

/// `count`: the number of entries of a list or map within `min`/`max`.
struct CountFunction: CheckFunction {
    static let name = "count"
    static let looksAt: [Shape.ShapeType] = [.list, .map, .structure]
    static let optionNames = ["max", "min"]
    static let variables = ["count"]
    let bounds: Bounds
}

extension CountFunction {
    init(options: CheckOptions) throws(SourceError) { bounds = try Bounds(options: options, integers: true) }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            guard let count = context.entryCount(of: target.node, at: target.pointer) else { return nil }
            return bounds.contains(Double(count)) ? nil : Violation(target, ["count": String(count)])
        }
    }
}
