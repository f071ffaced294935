import DocumentModel

/// `range`: a number within `min`/`max`.
struct RangeFunction: CheckFunction {
    static let name = "range"
    static let looksAt: [Shape.ShapeType] = [.integer]
    static let optionNames = ["max", "min"]
    static let variables: [String] = []
    let bounds: Bounds
}

extension RangeFunction {
    init(options: CheckOptions) throws(SourceError) { bounds = try Bounds(options: options, integers: false) }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            let number: Double
            switch target.node.scalar?.value {
            case .integer(let value)?: number = Double(value)
            case .float(let value)?: number = value
            default: return nil
            }
            return bounds.contains(number) ? nil : Violation(target)
        }
    }
}
