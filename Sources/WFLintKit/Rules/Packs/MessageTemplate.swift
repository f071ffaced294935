import DocumentModel

/// A rule's message with `{placeholder}`s, checked when the pack loads so that
/// a typo in a placeholder is a pack error rather than a literal in output.
struct MessageTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        case placeholder(String)
    }

    let pieces: [Piece]

    /// Parses `text`; `{{` and `}}` stand for literal braces. Errors name the
    /// bad placeholder and the valid ones.
    static func parse(_ text: String, placeholders: Set<String>) -> Result<MessageTemplate, IPSyntaxError> {
        var pieces: [Piece] = []
        var literal = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "{" && scalars.first == "{" || scalar == "}" && scalars.first == "}" {
                scalars.removeFirst()
                literal.unicodeScalars.append(scalar)
            } else if scalar == "{" {
                guard let close = scalars.firstIndex(of: "}") else {
                    return .failure(IPSyntaxError("has a \"{\" without its \"}\" (write \"{{\" for a literal brace)"))
                }
                let name = String(String.UnicodeScalarView(scalars[..<close]))
                guard placeholders.contains(name) else {
                    let valid = placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    return .failure(IPSyntaxError("has the unknown placeholder \"{\(name)}\"; valid placeholders: \(valid)"))
                }
                if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
                pieces.append(.placeholder(name))
                scalars = scalars[scalars.index(after: close)...]
            } else {
                literal.unicodeScalars.append(scalar)
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return .success(MessageTemplate(pieces: pieces))
    }

    func render(_ variables: [String: String]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return text
            case .placeholder(let name): return variables[name] ?? ""
            }
        }.joined()
    }
}
