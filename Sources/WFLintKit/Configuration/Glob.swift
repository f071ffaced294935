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
///   a leading `/` or `./` (`./workforce.yaml`) anchors it to the base folder;
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
        return alternatives.contains { Self.matchPrefix($0, segments) }
    }

    /// Whether every path under the folder `path` matches: the folder does,
    /// or the pattern ends in `/**` and the rest matches the folder
    /// (`legacy/**` covers `legacy`), so that a walk need not enter it.
    public func coversFolder(_ path: String) -> Bool {
        let segments = ProjectPath.segments(of: path).map { Array($0.unicodeScalars) }
        return alternatives.contains { alternative in
            Self.matchPrefix(alternative, segments)
                || alternative.count > 1 && alternative.last == .anyDepth
                    && Self.matchPrefix(Array(alternative.dropLast()), segments)
        }
    }

    // MARK: Compiling

    private static func compile(_ pattern: String) throws(SyntaxError) -> [Segment] {
        var text = Substring(pattern)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        if text.hasPrefix("/") { text = text.drop { $0 == "/" } }
        var trimmed = text
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        // A leading `/` or `./` anchors the pattern to the configuration's folder.
        let anchored = trimmed.contains("/") || pattern.hasPrefix("/") || pattern.hasPrefix("./")
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
    //
    // Both levels match in time bounded by the product of the two lengths:
    // the plain recursion backtracked, so a pattern with several `*` (or
    // several `**`) took time exponential in their number against a long
    // name (or a deep path) that nearly matched: `*a*a*a*a*a*a*a*a*b`
    // against a 200-character name of `a`s would not have finished.

    /// Whether the pattern matches all of `path` or a leading run of its
    /// segments (a folder the path is in). A table of `pattern[i...]`
    /// against `path[j...]`, filled from the ends: each segment is matched
    /// against each name at most once.
    private static func matchPrefix(_ pattern: [Segment], _ path: [[Unicode.Scalar]]) -> Bool {
        let width = path.count + 1
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: (pattern.count + 1) * width) { table in
            // Row i, column j: whether pattern[i...] matches path[j...] or a leading run of it.
            for j in 0..<width { table[pattern.count * width + j] = true }
            for i in pattern.indices.reversed() {
                let row = i * width, next = (i + 1) * width
                switch pattern[i] {
                case .anyDepth where i + 1 == pattern.count:
                    // A trailing `**` matches one segment or more.
                    for j in 0..<width { table[row + j] = j < path.count }
                case .anyDepth:
                    // Zero segments, or one and then `**` again.
                    table[row + path.count] = table[next + path.count]
                    for j in stride(from: path.count - 1, through: 0, by: -1) {
                        table[row + j] = table[next + j] || table[row + j + 1]
                    }
                case .name(let tokens):
                    table[row + path.count] = false
                    for j in 0..<path.count {
                        table[row + j] = table[next + j + 1] && matchSegment(tokens, path[j])
                    }
                }
            }
            return table[0]
        }
    }

    /// One segment against its tokens. Every token but `*` takes exactly one
    /// character, so on a mismatch only the last `*` needs to take one more
    /// character: an earlier `*` taking more could not help a later one
    /// that can take anything.
    private static func matchSegment(_ tokens: [Token], _ name: [Unicode.Scalar]) -> Bool {
        var token = 0, character = 0
        // The token after the last `*` seen, and the character it was tried at.
        var lastRun: (token: Int, character: Int)?
        while character < name.count {
            if token < tokens.count, tokens[token] == .anyRun {
                token += 1
                lastRun = (token, character)
            } else if token < tokens.count, matches(tokens[token], name[character]) {
                token += 1
                character += 1
            } else if let run = lastRun {
                lastRun = (run.token, run.character + 1)
                token = run.token
                character = run.character + 1
            } else {
                return false
            }
        }
        while token < tokens.count, tokens[token] == .anyRun { token += 1 }
        return token == tokens.count
    }

    /// Whether a token other than `*` takes `character`.
    private static func matches(_ token: Token, _ character: Unicode.Scalar) -> Bool {
        switch token {
        case .anyRun, .anyOne: true
        case .literal(let expected): character == expected
        case .set(let ranges, let negated): ranges.contains { $0.contains(character) } != negated
        }
    }
}
