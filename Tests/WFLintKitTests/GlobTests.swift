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
    }
}
