import DocumentModel
import PCRERegex

/// `secret-literal`: a string value is a literal secret rather than a
/// placeholder that a deploy step fills in. The value itself is never shown.
struct SecretLiteralFunction: CheckFunction {
    static let name = "secret-literal"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["placeholders"]
    static let variables: [String] = []
    /// `${NAME}`, `{{ anything }}`, `<anything without angle brackets>`.
    static let defaultPlaceholders = [#"\$\{[A-Za-z_][A-Za-z0-9_]*\}"#, #"\{\{.*\}\}"#, #"<[^<>]*>"#]
    let placeholders: [Pattern]
}

extension SecretLiteralFunction {
    init(options: CheckOptions) throws(SourceError) {
        if let custom = try options.regexes("placeholders", wholeValue: true) {
            placeholders = custom
        } else {
            var compiled: [Pattern] = []
            for source in Self.defaultPlaceholders {
                guard let pattern = try? Pattern.cached(source, wholeValue: true) else {
                    throw options.needs("a working placeholder pattern \(source)")
                }
                compiled.append(pattern)
            }
            placeholders = compiled
        }
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            guard let value = target.string, placeholders.firstMatch(value, at: target, in: context) == false else { return nil }
            return Violation(target, ["value": SensitiveValues.mask])
        }
    }
}
