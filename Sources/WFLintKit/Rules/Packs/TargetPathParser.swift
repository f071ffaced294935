import PCRERegex

/// What is wrong with a path's text, and where: `offset` counts Unicode
/// scalars from the start of the text, so a pack error can point at the step.
struct TargetPathError: Error, Sendable {
    let reason: String
    let offset: Int
}

/// Reads a path's text into steps, remembering where each step starts.
/// Grammar: steps separated by `.`; a step is `*`, `@key` (last only), or a
/// member name followed by any number of `[*]` or item filters
/// (`[Key=CostCenter]`, `[Key!="Cost Center"]`, `[Key=~"^Cost"]`).
struct TargetPathParser {
    private let text: String
    private let chars: [Unicode.Scalar]
    private var index = 0
    private var steps: [TargetPath.Step] = []
    private var offsets: [Int] = []

    /// Characters that end a member name.
    private static let nameStops: Set<Unicode.Scalar> = [".", "[", "]", "*", "@", " ", "\"", "'", "=", "!", "~"]

    init(_ text: String) {
        self.text = text
        self.chars = Array(text.unicodeScalars)
    }

    mutating func parse() throws(TargetPathError) -> TargetPath {
        try rejectForeignSpellings()
        while true {
            let start = index
            if steps.last == .keys { throw TargetPathError(reason: "\"@key\" must be the last step", offset: start) }
            if take("*") {
                append(.values, at: start)
            } else if take("@key") {
                append(.keys, at: start)
            } else {
                let name = scanName()
                guard !name.isEmpty else {
                    throw TargetPathError(reason: "\"\(piece(from: start))\" is not a member name, \"*\" or \"@key\"", offset: start)
                }
                append(.member(name), at: start)
                while peek == "[" { try bracket() }
            }
            if index == chars.count { break }
            guard take(".") else {
                throw TargetPathError(reason: "\"\(piece(from: start))\" is not a member name, \"*\" or \"@key\"", offset: start)
            }
        }
        return TargetPath(steps: steps, offsets: offsets, description: text)
    }

    /// `/A/B` (a JSON pointer) and `$.A.B` (a JSONPath) are common guesses;
    /// each is an error that says how to write the path instead.
    private func rejectForeignSpellings() throws(TargetPathError) {
        if chars.first == "/" {
            throw TargetPathError(
                reason: "a path is not a JSON pointer; write \"\(Self.dotted(pointer: text))\" (members joined by \".\", \"[*]\" for list elements)",
                offset: 0)
        }
        if chars.first == "$" {
            let rest = text.hasPrefix("$.") ? String(text.dropFirst(2)) : String(text.dropFirst())
            let parsesWithout = !rest.isEmpty && (try? TargetPath.parse(rest).get()) != nil
            let hint = parsesWithout ? "write \"\(rest)\"; " : ""
            throw TargetPathError(
                reason: "a path is not a JSONPath; \(hint)paths start at the scope object, without \"$\"", offset: 0)
        }
    }

    /// `/Tags/0/Key` as a path: `Tags[*].Key`.
    static func dotted(pointer: String) -> String {
        var path = ""
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if !token.isEmpty, token.allSatisfy(\.isASCII), token.allSatisfy(\.isNumber) {
                path += "[*]"
                continue
            }
            path += (path.isEmpty ? "" : ".") + token.replacing("~1", with: "/").replacing("~0", with: "~")
        }
        return path
    }

    /// `[*]` or an item filter, after a member name.
    private mutating func bracket() throws(TargetPathError) {
        let open = index
        index += 1
        if take("*]") {
            append(.elements, at: open)
            return
        }
        let member = scanName()
        guard !member.isEmpty, let test = scanOperator() else {
            throw TargetPathError(
                reason: "\"\(bracketText(from: open))\" is not \"[*]\" or an item filter such as \"[Key=CostCenter]\"",
                offset: open)
        }
        let (value, valueOffsets) = try scanValue()
        guard take("]") else { throw TargetPathError(reason: "the item filter has no closing \"]\"", offset: open) }
        let filter: ItemFilter
        switch test {
        case "=": filter = ItemFilter(member: member, test: .equal(value))
        case "!=": filter = ItemFilter(member: member, test: .notEqual(value))
        default:
            do {
                filter = ItemFilter(member: member, test: .matches(try Pattern.cached(value, wholeValue: false)))
            } catch {
                // PCRE2 may stop one past the pattern's end: the closing quote or "]".
                let at = error.characterOffset < valueOffsets.count ? valueOffsets[error.characterOffset] : (valueOffsets.last ?? open) + 1
                throw TargetPathError(reason: "invalid PCRE2 pattern in the item filter: \(error.message) at offset \(error.characterOffset)", offset: at)
            }
        }
        append(.filtered(filter), at: open)
    }

    private mutating func scanOperator() -> String? {
        for candidate in ["!=", "=~", "="] where take(candidate) { return candidate }
        return nil
    }

    /// A filter value: `"quoted"` (only `\"` and `\\` are escapes) or bare
    /// (up to `]`; no spaces, quotes or brackets). Returns the value and the
    /// path offset of each of its characters, for regex error positions.
    private mutating func scanValue() throws(TargetPathError) -> (String, [Int]) {
        var value = String.UnicodeScalarView()
        var offsets: [Int] = []
        if take("\"") {
            let open = index - 1
            while index < chars.count, chars[index] != "\"" {
                if chars[index] == "\\", index + 1 < chars.count, chars[index + 1] == "\"" || chars[index + 1] == "\\" { index += 1 }
                value.append(chars[index])
                offsets.append(index)
                index += 1
            }
            guard take("\"") else { throw TargetPathError(reason: "the quoted filter value has no closing '\"'", offset: open) }
            return (String(value), offsets)
        }
        let start = index
        while index < chars.count, !"] \t\"'[".unicodeScalars.contains(chars[index]) {
            value.append(chars[index])
            offsets.append(index)
            index += 1
        }
        guard !value.isEmpty else {
            let reason = index < chars.count && chars[index] != "]"
                ? "quote a filter value with spaces or special characters: [Key=\"Cost Center\"]"
                : "the item filter has no value; write \"\" for the empty string"
            throw TargetPathError(reason: reason, offset: start)
        }
        if index < chars.count, chars[index] != "]" {
            throw TargetPathError(reason: "quote a filter value with spaces or special characters: [Key=\"Cost Center\"]", offset: start)
        }
        return (String(value), offsets)
    }

    private var peek: Unicode.Scalar? { index < chars.count ? chars[index] : nil }

    private mutating func take(_ literal: String) -> Bool {
        let wanted = Array(literal.unicodeScalars)
        guard chars.count - index >= wanted.count, Array(chars[index..<index + wanted.count]) == wanted else { return false }
        index += wanted.count
        return true
    }

    private mutating func scanName() -> String {
        var name = String.UnicodeScalarView()
        while index < chars.count, !Self.nameStops.contains(chars[index]) {
            name.append(chars[index])
            index += 1
        }
        return String(name)
    }

    private mutating func append(_ step: TargetPath.Step, at offset: Int) {
        steps.append(step)
        offsets.append(offset)
    }

    /// The text from `start` to the next `.` (the step as written), for messages.
    private func piece(from start: Int) -> String {
        String(String.UnicodeScalarView(chars[start...].prefix { $0 != "." }))
    }

    private func bracketText(from open: Int) -> String {
        let rest = chars[open...]
        let end = rest.firstIndex(of: "]").map { $0 + 1 } ?? chars.count
        return String(String.UnicodeScalarView(chars[open..<end]))
    }
}
