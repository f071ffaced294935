import DocumentModel

/// `length`: a string's length in characters (Unicode scalars) within `min`/`max`.
struct LengthFunction: CheckFunction {
    static let name = "length"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["max", "min"]
    static let variables = ["length"]
    let bounds: Bounds
}

extension LengthFunction {
    init(options: CheckOptions) throws(SourceError) { bounds = try Bounds(options: options, integers: true) }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            guard let value = target.string else { return nil }
            let length = value.unicodeScalars.count
            return bounds.contains(Double(length)) ? nil : Violation(target, ["length": String(length)])
        }
    }
}
