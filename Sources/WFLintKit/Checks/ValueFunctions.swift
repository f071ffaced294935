import DocumentModel
import PCRERegex

/// `pattern`: a string value must match (or, with `negate`, must not match) a
/// PCRE2 pattern, searched anywhere in the value unless the pattern anchors
/// itself (`\A...\z`).
struct PatternFunction: CheckFunction {
    static let name = "pattern"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["negate", "regex"]
    static let variables: [String] = []

    let regex: Pattern
    let negate: Bool

    init(options: CheckOptions) throws(SourceError) {
        guard let regex = try options.regex("regex") else { throw options.needs("the option \"regex\"") }
        self.regex = regex
        negate = try options.bool("negate") ?? false
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            guard let value = target.string, let matched = regex.test(value, at: target, in: context), matched == negate else { return nil }
            return Violation(target)
        }
    }
}

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

/// Bounds shared by `length`, `count` and `range`: at least one of `min`, `max`.
struct Bounds: Sendable {
    let min: Double?
    let max: Double?

    init(options: CheckOptions, integers: Bool) throws(SourceError) {
        if integers {
            min = try options.integer("min").map(Double.init)
            max = try options.integer("max").map(Double.init)
        } else {
            min = try options.number("min")
            max = try options.number("max")
        }
        guard min != nil || max != nil else { throw options.needs("the option \"min\" or \"max\"") }
        if let min, let max, min > max, let node = options.node("min") {
            throw options.error("option \"min\" is greater than \"max\"", at: node)
        }
    }

    func contains(_ value: Double) -> Bool { value >= (min ?? -.infinity) && value <= (max ?? .infinity) }
}

/// `length`: a string's length in characters (Unicode scalars) within `min`/`max`.
struct LengthFunction: CheckFunction {
    static let name = "length"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["max", "min"]
    static let variables = ["length"]
    let bounds: Bounds

    init(options: CheckOptions) throws(SourceError) { bounds = try Bounds(options: options, integers: true) }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            guard let value = target.string else { return nil }
            let length = value.unicodeScalars.count
            return bounds.contains(Double(length)) ? nil : Violation(target, ["length": String(length)])
        }
    }
}

/// `count`: the number of entries of a list or map within `min`/`max`.
struct CountFunction: CheckFunction {
    static let name = "count"
    static let looksAt: [Shape.ShapeType] = [.list, .map, .structure]
    static let optionNames = ["max", "min"]
    static let variables = ["count"]
    let bounds: Bounds

    init(options: CheckOptions) throws(SourceError) { bounds = try Bounds(options: options, integers: true) }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            guard let count = target.node.elements?.count ?? target.node.entries?.count else { return nil }
            return bounds.contains(Double(count)) ? nil : Violation(target, ["count": String(count)])
        }
    }
}

/// `range`: a number within `min`/`max`.
struct RangeFunction: CheckFunction {
    static let name = "range"
    static let looksAt: [Shape.ShapeType] = [.integer]
    static let optionNames = ["max", "min"]
    static let variables: [String] = []
    let bounds: Bounds

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
