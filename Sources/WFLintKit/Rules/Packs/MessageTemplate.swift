import DocumentModel

/// A rule's message with `{placeholder}`s, checked when the pack loads so that
/// a typo in a placeholder is a pack error rather than a literal in output.
struct MessageTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        case placeholder(String)
        /// `{value|lower}`: a placeholder's value through filters, left to
        /// right (only in a `fix:`'s `to`).
        case filtered(String, [TemplateFilter])
    }

    let pieces: [Piece]

    /// What is wrong with a template, and where: `offset` counts the Unicode
    /// scalars of the text before the placeholder's `{`.
    struct ParseError: Error {
        let reason: String
        let offset: Int
    }

    /// Parses `text`; `{{` and `}}` stand for literal braces. Errors name the
    /// bad placeholder and the valid ones, at its `{`.
    /// `filters`: whether `{name|filter|...}` is allowed (a fix's `to`).
    static func parse(_ text: String, placeholders: Set<String>, filters: Bool = false) -> Result<MessageTemplate, ParseError> {
        var pieces: [Piece] = []
        var literal = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "{" && scalars.first == "{" || scalar == "}" && scalars.first == "}" {
                scalars.removeFirst()
                literal.unicodeScalars.append(scalar)
            } else if scalar == "{" {
                let brace = text.unicodeScalars.index(before: scalars.startIndex)
                // Counted only for the error: counted at each `{`, a message
                // of many placeholders took the square of its length.
                func failure(_ reason: String) -> Result<MessageTemplate, ParseError> {
                    .failure(ParseError(reason: reason, offset: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: brace)))
                }
                guard let close = scalars.firstIndex(of: "}") else {
                    return failure("has a \"{\" without its \"}\" (write \"{{\" for a literal brace)")
                }
                let inside = String(String.UnicodeScalarView(scalars[..<close]))
                let parts = filters ? inside.split(separator: "|", omittingEmptySubsequences: false).map(String.init) : [inside]
                let name = parts[0]
                guard placeholders.contains(name) else {
                    let valid = placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    return failure("has the unknown placeholder \"{\(name)}\"; valid placeholders: \(valid)")
                }
                var chain: [TemplateFilter] = []
                for filterName in parts.dropFirst() {
                    guard let filter = TemplateFilter(rawValue: filterName) else {
                        let valid = TemplateFilter.allCases.map(\.rawValue).joined(separator: ", ")
                        return failure("has the unknown filter \"\(filterName)\" in \"{\(inside)}\"; valid filters: \(valid)")
                    }
                    chain.append(filter)
                }
                if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
                pieces.append(chain.isEmpty ? .placeholder(name) : .filtered(name, chain))
                scalars = scalars[scalars.index(after: close)...]
            } else {
                literal.unicodeScalars.append(scalar)
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return .success(MessageTemplate(pieces: pieces))
    }

    /// The message; with `names`, the template's own words name members as
    /// the source does (the values put in are never renamed).
    /// `shown` turns each value the message uses into its text (a check
    /// message's escapes of invisible characters), only those: a rule's
    /// option of 40,000 values, escaped at each violation, was quadratic.
    func render(
        _ variables: [String: String], renaming names: (any MemberNaming)? = nil,
        shown: (String) -> String = { $0 }
    ) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return names?.renamingMembers(in: text) ?? text
            case .placeholder(let name): return shown(variables[name] ?? "")
            case .filtered(let name, let filters): return filters.reduce(shown(variables[name] ?? "")) { $1.apply($0) }
            }
        }.joined()
    }

    /// The text, only when every placeholder has a value: a fix's replacement
    /// is never made with a placeholder rendered as nothing.
    func renderComplete(_ variables: [String: String]) -> String? {
        placeholderNames.allSatisfy { variables[$0] != nil } ? render(variables) : nil
    }

    var placeholderNames: [String] {
        pieces.compactMap { piece in
            switch piece {
            case .text: return nil
            case .placeholder(let name), .filtered(let name, _): return name
            }
        }
    }
}

/// What a fix's `to` template may do to a placeholder's value: functions of
/// the value alone, so the replacement is the same wherever it is planned.
enum TemplateFilter: String, Sendable, CaseIterable {
    /// Lower case, by Unicode's default case mapping (no locale).
    case lower
    /// Upper case, likewise.
    case upper
    /// Without white space at either end.
    case trim

    func apply(_ text: String) -> String {
        switch self {
        case .lower: return text.lowercased()
        case .upper: return text.uppercased()
        case .trim: return text.trimmed
        }
    }
}
