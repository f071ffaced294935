/// A path pattern as `.gitignore` and most linters write them, compiled once
/// and matched against `/`-separated relative paths without Foundation.
///
/// - `*` matches any characters within one path segment, `?` one character,
///   `[abc]`, `[a-z]` and `[!a]` one character of (not of) a set;
/// - characters are Unicode scalars, compared exactly, as the file system
///   and git compare names: `café` with a composed `é` is not `cafe` and a
///   combining accent (Swift's `Character` equality would take them for one);
/// - `**` as a whole segment matches zero or more segments;
/// - `{yaml,yml}` matches either alternative (no nesting);
/// - a pattern without `/` (`*.generated.yaml`) matches the name at any depth;
/// - a pattern that matches a folder matches everything below it
///   (`legacy` and `legacy/` cover `legacy/a/b.yaml`).
public struct Glob: Sendable, CustomStringConvertible {
    public let description: String
    /// One compiled alternative per expansion of `{…}`.
    private let alternatives: [[Segment]]

    enum Segment: Sendable, Equatable {
        case anyDepth
        case name([Token])
    }

    enum Token: Sendable, Equatable {
        case literal(Unicode.Scalar)
        case anyRun
        case anyOne
        case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    public struct SyntaxError: Error, Sendable, Equatable {
        /// What is wrong, e.g. `unclosed "[" at character 5`.
        public let reason: String
    }

    public init(_ pattern: String) throws(SyntaxError) {
        description = pattern
        var compiled: [[Segment]] = []
        for expansion in try Self.expandBraces(pattern) {
            compiled.append(try Self.compile(expansion))
        }
        alternatives = compiled
    }

    /// Whether the relative path (no leading `./`) or one of its folders matches.
    public func matches(_ path: String) -> Bool {
        let segments = ProjectPath.segments(of: path).map { Array($0.unicodeScalars) }
        return alternatives.contains { Self.matchPrefix($0[...], segments[...]) }
    }

    // MARK: Compiling

    private static func compile(_ pattern: String) throws(SyntaxError) -> [Segment] {
        var text = Substring(pattern)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        if text.hasPrefix("/") { text = text.drop { $0 == "/" } }
        var trimmed = text
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let anchored = trimmed.contains("/") || pattern.hasPrefix("/")
        var segments: [Segment] = anchored ? [] : [.anyDepth]
        for part in ProjectPath.segments(of: String(text)) {
            if part == "**" {
                if segments.last != .anyDepth { segments.append(.anyDepth) }
            } else {
                segments.append(.name(try tokens(part)))
            }
        }
        guard segments.contains(where: { $0 != .anyDepth }) || !text.isEmpty else {
            throw SyntaxError(reason: "the pattern is empty")
        }
        return segments
    }

    private static func tokens(_ segment: Substring) throws(SyntaxError) -> [Token] {
        var tokens: [Token] = []
        var characters = Array(segment.unicodeScalars)[...]
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if tokens.last != .anyRun { tokens.append(.anyRun) }
            case "?":
                tokens.append(.anyOne)
            case "[":
                tokens.append(try characterSet(&characters))
            case "\\":
                guard let escaped = characters.popFirst() else { throw SyntaxError(reason: "a trailing \"\\\" escapes nothing") }
                tokens.append(.literal(escaped))
            default:
                tokens.append(.literal(character))
            }
        }
        return tokens
    }

    /// `[…]` after its opening bracket: `!` or `^` negates; `a-z` is a range;
    /// a `]` right after the opening (or the negation) is a member.
    private static func characterSet(_ characters: inout ArraySlice<Unicode.Scalar>) throws(SyntaxError) -> Token {
        var negated = false
        if let first = characters.first, first == "!" || first == "^" {
            negated = true
            characters.removeFirst()
        }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var isFirst = true
        while let character = characters.popFirst() {
            if character == "]" && !isFirst { return .set(ranges: ranges, negated: negated) }
            isFirst = false
            if characters.count >= 2, characters.first == "-", let upper = characters.dropFirst().first, upper != "]" {
                characters.removeFirst(2)
                guard character <= upper else {
                    throw SyntaxError(reason: "the range \"\(character)-\(upper)\" is reversed")
                }
                ranges.append(character...upper)
            } else {
                ranges.append(character...character)
            }
        }
        throw SyntaxError(reason: "a \"[\" is never closed by \"]\"")
    }

    /// `a{b,c}d` becomes `abd` and `acd`; braces do not nest.
    private static func expandBraces(_ pattern: String) throws(SyntaxError) -> [String] {
        guard let open = pattern.firstIndex(of: "{") else {
            if pattern.contains("}") { throw SyntaxError(reason: "a \"}\" has no opening \"{\"") }
            return [pattern]
        }
        guard let close = pattern[open...].firstIndex(of: "}") else {
            throw SyntaxError(reason: "a \"{\" is never closed by \"}\"")
        }
        let body = pattern[pattern.index(after: open)..<close]
        if body.contains("{") { throw SyntaxError(reason: "braces cannot be nested") }
        let head = pattern[..<open]
        var expansions: [String] = []
        for rest in try expandBraces(String(pattern[pattern.index(after: close)...])) {
            for choice in body.split(separator: ",", omittingEmptySubsequences: false) {
                expansions.append(head + choice + rest)
            }
        }
        return expansions
    }

    // MARK: Matching

    /// Whether the pattern matches all of `path` or a leading run of its
    /// segments (a folder the path is in).
    private static func matchPrefix(_ pattern: ArraySlice<Segment>, _ path: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let first = pattern.first else { return true }
        switch first {
        case .anyDepth:
            let rest = pattern.dropFirst()
            if rest.isEmpty { return !path.isEmpty }
            var remaining = path
            while true {
                if matchPrefix(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        case .name(let tokens):
            guard let segment = path.first, matchSegment(tokens[...], segment[...]) else { return false }
            return matchPrefix(pattern.dropFirst(), path.dropFirst())
        }
    }

    /// One segment against its tokens; `*` backtracks over the fewest tries.
    private static func matchSegment(_ tokens: ArraySlice<Token>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let token = tokens.first else { return name.isEmpty }
        switch token {
        case .anyRun:
            let rest = tokens.dropFirst()
            if rest.isEmpty { return true }
            var remaining = name
            while true {
                if matchSegment(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        case .anyOne:
            return !name.isEmpty && matchSegment(tokens.dropFirst(), name.dropFirst())
        case .literal(let expected):
            return name.first == expected && matchSegment(tokens.dropFirst(), name.dropFirst())
        case .set(let ranges, let negated):
            guard let character = name.first else { return false }
            let inSet = ranges.contains { $0.contains(character) }
            return inSet != negated && matchSegment(tokens.dropFirst(), name.dropFirst())
        }
    }
}
