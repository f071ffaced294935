import Testing

@testable import WFLintKit

struct GlobTests {
    @Test(arguments: [
        ("*.yaml", "a.yaml", true),
        ("*.yaml", "deep/down/a.yaml", true),
        ("*.yaml", "a.yml", false),
        ("*.{yaml,yml}", "x/a.yml", true),
        ("updates/**/*.yaml", "updates/a.yaml", true),
        ("updates/**/*.yaml", "updates/x/y/a.yaml", true),
        ("updates/**/*.yaml", "other/updates/a.yaml", false),
        ("updates/*.yaml", "updates/x/a.yaml", false),
        ("/updates/*.yaml", "updates/a.yaml", true),
        ("./updates/*.yaml", "updates/a.yaml", true),
        // A leading `./` anchors a name to the base folder, as `/` does.
        ("./workforce.yaml", "workforce.yaml", true),
        ("./workforce.yaml", "teams/a/workforce.yaml", false),
        ("/workforce.yaml", "teams/a/workforce.yaml", false),
        ("workforce.yaml", "teams/a/workforce.yaml", true),
        ("legacy", "legacy/a/b.yaml", true),
        ("legacy/", "x/legacy/b.yaml", true),
        ("legacy/**", "legacy/b.yaml", true),
        ("legacy/**", "legacy", false),
        ("**/fixtures/**", "a/fixtures/b/c.json", true),
        ("**/fixtures/**", "fixtures/c.json", true),
        ("team-?.json", "team-a.json", true),
        ("team-?.json", "team-ab.json", false),
        ("team-[a-c].json", "team-b.json", true),
        ("team-[!a-c].json", "team-b.json", false),
        ("team-[!a-c].json", "team-d.json", true),
        ("w*f*.yaml", "wxxfyy.yaml", true),
        ("w*f*.yaml", "wxxyy.yaml", false),
        ("a\\*b", "a*b", true),
        ("a\\*b", "axb", false),
        // Unicode scalars, compared exactly: two spellings of a name are two names.
        ("caf\u{E9}.yaml", "caf\u{E9}.yaml", true),
        ("caf\u{E9}.yaml", "cafe\u{301}.yaml", false),
        ("cafe\u{301}.yaml", "caf\u{E9}.yaml", false),
        ("caf?.yaml", "caf\u{E9}.yaml", true),
        ("caf?.yaml", "cafe\u{301}.yaml", false),
        ("caf??.yaml", "cafe\u{301}.yaml", true),
        ("caf*.yaml", "cafe\u{301}.yaml", true),
        ("[\u{E0}-\u{EF}]*", "\u{E9}t\u{E9}.yaml", true),
        ("a/\u{301}b", "a/\u{301}b/c.yaml", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected)
    }

    @Test(arguments: [
        ("team-[a-c.json", "a \"[\" is never closed by \"]\""),
        ("*.{yaml", "a \"{\" is never closed by \"}\""),
        ("*.yaml}", "a \"}\" has no opening \"{\""),
        ("{a,{b}}", "braces cannot be nested"),
        ("[z-a]", "the range \"z-a\" is reversed"),
        ("", "the pattern is empty"),
    ])
    func rejects(pattern: String, reason: String) {
        #expect(throws: Glob.SyntaxError(reason: reason)) { try Glob(pattern) }
    }

    /// A folder every path under which matches, so that a walk leaves it
    /// unread: `legacy`, `legacy/` and `legacy/**` alike (`legacy/**` does
    /// not match the folder's own path, `matches` above).
    @Test(arguments: [
        ("legacy", "legacy", true),
        ("legacy/", "legacy", true),
        ("legacy/**", "legacy", true),
        ("**/pgdata/**", "pgdata", true),
        ("**/pgdata/**", "docker/pgdata", true),
        ("/pgdata/**", "docker/pgdata", false),
        ("legacy/*.yaml", "legacy", false),
        ("legacy/**/*.yaml", "legacy", false),
        ("**", "anything", true),
        ("{old,legacy}/**", "legacy", true),
    ])
    func coversFolder(pattern: String, folder: String, expected: Bool) throws {
        #expect(try Glob(pattern).coversFolder(folder) == expected)
    }
}

/// Matching takes time bounded by the pattern's length times the path's:
/// the recursion it replaced backtracked at every `*` and `**`, so a few of
/// them against a long name or a deep path that nearly matched did not finish.
struct GlobBoundedMatchingTests {
    /// Patterns whose stars the backtracking matcher tried in every way:
    /// C(200, 10) ways for the first, C(60, 12) for the `**` one.
    @Test func manyStarsAgainstANearMatchAnswerAtOnce() throws {
        let name = String(repeating: "a", count: 200)
        #expect(try !Glob(String(repeating: "*a", count: 10) + "*b").matches(name))
        #expect(try Glob(String(repeating: "*a", count: 10) + "*").matches(name))
        let deep = Array(repeating: "a", count: 60).joined(separator: "/")
        #expect(try !Glob(String(repeating: "**/a/", count: 12) + "**/b").matches(deep))
        #expect(try Glob(String(repeating: "**/a/", count: 12) + "**").matches(deep + "/c.yaml"))
    }

    /// The bounded matcher answers as the backtracking one did (kept here as
    /// the definition), on patterns and paths drawn from a small alphabet so
    /// that stars, sets and `**` meet near-matches often.
    @Test func itAnswersAsTheBacktrackingDefinition() throws {
        var random = SplitMix64(seed: 12)
        func draw(_ bound: Int) -> Int { Int(random.next(below: UInt64(bound))) }
        let pieces = ["a", "b", "*", "?", "[ab]", "[!a]", "**", "/"]
        var compared = 0
        for _ in 0..<4_000 {
            let pattern = (0..<draw(7) + 1).map { _ in pieces[draw(pieces.count)] }.joined()
            guard let glob = try? Glob(pattern) else { continue }
            for _ in 0..<4 {
                let segments = (0..<draw(4) + 1).map { _ in
                    String((0..<draw(5) + 1).map { _ in draw(3) == 0 ? "b" : "a" })
                }
                let path = segments.joined(separator: "/")
                #expect(glob.matches(path) == BacktrackingGlob.matches(pattern, path), "\(pattern) against \(path)")
                compared += 1
            }
        }
        #expect(compared > 10_000)
    }
}

/// The matcher as it was defined before it was bounded: a recursion that
/// backtracks, over the same compiled segments (`Glob`'s, read back from
/// the pattern here for the few forms the test draws: `*`, `?`, `[ab]`,
/// `[!a]`, `**`, literals).
enum BacktrackingGlob {
    enum Token { case literal(Character), anyRun, anyOne, set(Set<Character>, negated: Bool) }
    enum Segment { case anyDepth, name([Token]) }

    static func matches(_ pattern: String, _ path: String) -> Bool {
        // Anchored as `Glob` compiles it: by a `/` inside, or one in front;
        // a trailing `/` (a folder) leaves the pattern free to match at any depth.
        var trimmed = Substring(pattern)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let parts = pattern.split(separator: "/").map(String.init)
        var segments: [Segment] = trimmed.drop { $0 == "/" }.contains("/") || pattern.hasPrefix("/") ? [] : [.anyDepth]
        for part in parts {
            if part == "**" {
                if case .anyDepth? = segments.last {} else { segments.append(.anyDepth) }
            } else {
                segments.append(.name(tokens(part)))
            }
        }
        let names = path.split(separator: "/").map { Array($0) }
        return prefix(segments[...], names[...])
    }

    private static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Array(text)[...]
        while let character = rest.popFirst() {
            switch character {
            case "*": if case .anyRun? = tokens.last {} else { tokens.append(.anyRun) }
            case "?": tokens.append(.anyOne)
            case "[":
                let negated = rest.first == "!"
                if negated { rest.removeFirst() }
                var members: Set<Character> = []
                while let member = rest.popFirst(), member != "]" { members.insert(member) }
                tokens.append(.set(members, negated: negated))
            default: tokens.append(.literal(character))
            }
        }
        return tokens
    }

    private static func prefix(_ pattern: ArraySlice<Segment>, _ path: ArraySlice<[Character]>) -> Bool {
        guard let first = pattern.first else { return true }
        switch first {
        case .anyDepth:
            let rest = pattern.dropFirst()
            if rest.isEmpty { return !path.isEmpty }
            return (path.startIndex...path.endIndex).contains { prefix(rest, path[$0...]) }
        case .name(let tokens):
            guard let segment = path.first, name(tokens[...], segment[...]) else { return false }
            return prefix(pattern.dropFirst(), path.dropFirst())
        }
    }

    private static func name(_ tokens: ArraySlice<Token>, _ text: ArraySlice<Character>) -> Bool {
        guard let token = tokens.first else { return text.isEmpty }
        switch token {
        case .anyRun:
            return (text.startIndex...text.endIndex).contains { name(tokens.dropFirst(), text[$0...]) }
        case .anyOne:
            return !text.isEmpty && name(tokens.dropFirst(), text.dropFirst())
        case .literal(let expected):
            return text.first == expected && name(tokens.dropFirst(), text.dropFirst())
        case .set(let members, let negated):
            guard let character = text.first, members.contains(character) != negated else { return false }
            return name(tokens.dropFirst(), text.dropFirst())
        }
    }
}

struct ProjectPathTests {
    @Test func absoluteAndRelative() {
        #expect(ProjectPath.absolute("a/./b/../c.yaml", from: "/repo/sub") == "/repo/sub/a/c.yaml")
        #expect(ProjectPath.absolute("/x//y", from: "/repo") == "/x/y")
        #expect(ProjectPath.relative("/repo/sub/a.yaml", to: "/repo") == "sub/a.yaml")
        #expect(ProjectPath.relative("/repo/a.yaml", to: "/repo/sub") == "../a.yaml")
        #expect(ProjectPath.relative("/repo", to: "/repo") == ".")
        #expect(ProjectPath.inside("/other/a.yaml", base: "/repo") == nil)
        #expect(ProjectPath.parent("/repo/a.yaml") == "/repo")
        #expect(ProjectPath.parent("/a.yaml") == "/")
    }

    /// Folder names are compared by bytes, as the file system does: a
    /// decomposed `cafe\u{301}` is not the composed `caf\u{E9}` folder.
    @Test func namesInAnotherUnicodeSpellingAreOtherFolders() {
        let relative = ProjectPath.relative("/repo/caf\u{E9}/a.yaml", to: "/repo/cafe\u{301}")
        #expect(relative.utf8.elementsEqual("../caf\u{E9}/a.yaml".utf8))
        #expect(ProjectPath.inside("/repo/caf\u{E9}/a.yaml", base: "/repo/cafe\u{301}") == nil)
        #expect(ProjectPath.inside("/repo/caf\u{E9}/a.yaml", base: "/repo/caf\u{E9}") == "a.yaml")
        // A name may begin with a combining mark: the slash before it still cuts.
        let marked = ProjectPath.relative("/repo/a/\u{301}b.yaml", to: "/repo/a")
        #expect(marked.utf8.elementsEqual("\u{301}b.yaml".utf8))
        #expect(ProjectPath.normalize("/repo/./a/../\u{301}b").utf8.elementsEqual("/repo/\u{301}b".utf8))
        #expect(ProjectPath.parent("/repo/\u{301}b") == "/repo")
    }
}

/// `PathParts`: a path cut at its last `/` byte, also before a name that
/// begins with a combining mark (a slash and the mark are one character).
struct PathPartsTests {
    @Test(arguments: [
        ("a/b/main.tf", "a/b", "main.tf"), ("/main.tf", "/", "main.tf"), ("main.tf", nil, "main.tf"),
        ("a/\u{301}b.tf", "a", "\u{301}b.tf"), ("caf\u{E9}/x", "caf\u{E9}", "x"),
    ] as [(String, String?, String)])
    func aPathIsCutAtItsLastSlashByte(path: String, folder: String?, name: String) {
        let parts = PathParts(path)
        #expect(parts.folder.map { Array($0.utf8) } == folder.map { Array($0.utf8) })
        #expect(Array(parts.name.utf8) == Array(name.utf8))
    }
}
