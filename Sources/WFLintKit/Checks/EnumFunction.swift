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
    /// `values` as compared: lower case with `ignore-case`, made once, and
    /// looked up by hash: a pack's list of 40,000 values, each compared with
    /// each of 40,000 tags, was 1.6 billion comparisons.
    let comparedValues: Set<ExactText>
}

extension EnumFunction {
    init(options: CheckOptions) throws(SourceError) {
        guard let values = try options.scalarTexts("values"), !values.isEmpty else {
            throw options.needs("a non-empty option \"values\"")
        }
        self.init(values: values, ignoreCase: try options.bool("ignore-case") ?? false, negate: try options.bool("negate") ?? false)
    }

    /// The initializer the generated built-in rules call, as the memberwise one was.
    init(values: [String], ignoreCase: Bool, negate: Bool) {
        self.values = values
        self.ignoreCase = ignoreCase
        self.negate = negate
        comparedValues = Set((ignoreCase ? values.map { $0.lowercased() } : values).map(ExactText.init))
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        // The values as a message lists them: made once a call has a
        // violation. Made at each call, it was about 15 K of the 22 K
        // instructions a call cost (callgrind, 500 clean files); at each
        // violation, a long list made it quadratic.
        var expected: String?
        return targets.compactMap { target in
            guard let value = target.string else { return nil }
            let listed = comparedValues.contains(ExactText(ignoreCase ? value.lowercased() : value))
            guard listed == negate else { return nil }
            if expected == nil { expected = values.sorted().map { "\"\($0)\"" }.joined(separator: ", ") }
            return Violation(target, ["expected": expected ?? ""])
        }
    }
}
