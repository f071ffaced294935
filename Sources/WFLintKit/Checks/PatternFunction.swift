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
}

extension PatternFunction {
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
