/// What hover shows of an API member: its type, whether it is required, the
/// API's documentation of it, its constraints, from the shapes wflint checks
/// against (`rules/shapes/`).
enum MemberDocs {
    /// Markdown: the member's name (or `title`), type and required, the first
    /// paragraph of its API documentation, then its constraints one a line.
    static func markdown(_ member: ShapeMember, catalog: ShapeCatalog, title: String? = nil) -> String {
        let required = member.parent.required.contains(member.name) ? "required" : "optional"
        var lines = ["**\(title ?? member.name)**: \(typeText(member.shape, catalog: catalog)), \(required)", ""]
        if let documentation = member.documentation { lines += [documentation, ""] }
        lines.append("Member `\(member.name)` of `\(member.parent.name)` (shape `\(member.shape.name)`).")
        let constraints = constraintLines(member.shape, catalog: catalog)
        if !constraints.isEmpty { lines += [""] + constraints.map { "- \($0)" } }
        return lines.joined(separator: "\n")
    }

    /// `string`, `list of Tag`, `map of string to string`, `structure`.
    static func typeText(_ shape: Shape, catalog: ShapeCatalog) -> String {
        switch shape.type {
        case .list:
            return "list of " + (shape.element.flatMap { catalog.shapes[$0] }.map(elementName) ?? "values")
        case .map:
            let key = shape.key.flatMap { catalog.shapes[$0] }.map(elementName) ?? "string"
            let value = shape.value.flatMap { catalog.shapes[$0] }.map(elementName) ?? "values"
            return "map of \(key) to \(value)"
        default:
            return shape.type.rawValue
        }
    }

    /// A structure by its shape's name, anything else by its type.
    private static func elementName(_ shape: Shape) -> String {
        shape.type == .structure ? shape.name : shape.type.rawValue
    }

    private static func constraintLines(_ shape: Shape, catalog: ShapeCatalog) -> [String] {
        var lines: [String] = []
        let what: String
        switch shape.type {
        case .string: what = "length"
        case .list, .map: what = "entries"
        case .integer: what = "value"
        default: what = ""
        }
        if let range = rangeText(min: shape.min, max: shape.max) { lines.append("\(what): \(range)") }
        if let values = shape.enumValues {
            lines.append("one of " + values.map { "`\($0)`" }.joined(separator: ", "))
        }
        if let pattern = shape.pattern { lines.append("pattern: `\(pattern.source)`") }
        if shape.type == .structure, !shape.members.isEmpty {
            lines.append("members: " + shape.members.map { member in
                shape.required.contains(member.name) ? "`\(member.name)` (required)" : "`\(member.name)`"
            }.joined(separator: ", "))
        }
        if shape.isSensitive { lines.append("sensitive: wflint never shows its value") }
        return lines
    }

    private static func rangeText(min: Int?, max: Int?) -> String? {
        switch (min, max) {
        case (let min?, let max?): return "\(min) to \(max)"
        case (let min?, nil): return "at least \(min)"
        case (nil, let max?): return "at most \(max)"
        case (nil, nil): return nil
        }
    }
}
