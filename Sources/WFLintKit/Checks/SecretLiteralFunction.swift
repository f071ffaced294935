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
        targets.flatMap { target in
            Self.everyOccurrence(of: target).compactMap { occurrence in
                // An empty value commits no secret (`--generate-cli-skeleton`
                // leaves `"ClientSecret": ""`); the API refuses it, WF006.
                guard let value = occurrence.string, !value.isEmpty,
                    placeholders.firstMatch(value, at: occurrence, in: context) == false
                else { return nil }
                return Violation(occurrence, ["value": SensitiveValues.mask])
            }
        }
    }

    /// The target and, when its key is written more than once in its
    /// mapping, the values written before it: the loaders keep the last
    /// (every other check reads that one), but a literal secret written
    /// earlier is committed in the file all the same.
    static func everyOccurrence(of target: TargetNode) -> [TargetNode] {
        guard let name = target.key?.scalarText, let parent = target.parent, let entries = parent.entries,
            entries.hasRepeatedName
        else { return [target] }
        let earlier = entries.filter { $0.name?.isExactly(name) ?? false && $0.value !== target.node }
        return earlier.map { TargetNode(node: $0.value, pointer: target.pointer, key: $0.key, parent: parent) } + [target]
    }
}
