import DocumentModel

/// `enum`: a string value must be one of `values` (or, with `negate`, none of
/// them), optionally ignoring case.
struct EnumFunction: CheckFunction {
    static let name = "enum"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["ignore-case", "negate", "values"]
    static let variables = ["expected"]

    let values: [String]
    let ignoreCase: Bool
    let negate: Bool
}

extension EnumFunction {
    init(options: CheckOptions) throws(SourceError) {
        guard let values = try options.scalarTexts("values"), !values.isEmpty else {
            throw options.needs("a non-empty option \"values\"")
        }
        self.values = values
        ignoreCase = try options.bool("ignore-case") ?? false
        negate = try options.bool("negate") ?? false
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        let expected = values.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        return targets.compactMap { target in
            guard let value = target.string else { return nil }
            let listed = values.contains { ignoreCase ? $0.lowercased().isExactly(value.lowercased()) : $0.isExactly(value) }
            return listed == negate ? Violation(target, ["expected": expected]) : nil
        }
    }
}
