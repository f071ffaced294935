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
