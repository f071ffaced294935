import Foundation
import Testing

/// The paths `--diff`'s headers name (`DiffPath`): what `patch -p1` and
/// `git apply` accept, whatever form the path was given in.
@Suite struct DiffHeaderPathTests {
    /// The diff of `FixCommandTests.fixable` under the header path `path`.
    static func diff(_ path: String) -> String {
        """
        --- a/\(path)
        +++ b/\(path)
        @@ -2,5 +2,4 @@
         CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
         SourceIpConfig:
           Cidrs:
        -    - 10.0.0.1/16  # office
        -    - 10.0.0.0/16
        +    - 10.0.0.0/16  # office

        """
    }

    @Test func pathsInsideTheWorkingDirectoryAreRelativeWithoutDotSegments() throws {
        let directory = try TemporaryDirectory()
        try directory.write("sub/team.yaml", FixCommandTests.fixable)
        let absolute = directory.path("sub/team.yaml")
        for path in ["./", ".//sub", "sub/./team.yaml", "./sub//team.yaml", "sub/../sub/team.yaml", absolute] {
            let run = try WFLintBinary.run(["--no-config", "--diff", path], in: directory.url)
            #expect(run.stdout == Self.diff("sub/team.yaml"), "\(path)")
            #expect(run.stderr == "wflint: would apply 2 fixes, 1 file would change\n", "\(path)")
        }
        let run = try WFLintBinary.run(["--no-config", "--diff", "./"], in: directory.url)
        let applied = try WFLintBinary.shell(
            ["sh", "-c", "cd \(directory.url.path) && printf '%s' \"$0\" | git apply 2>&1", run.stdout])
        #expect(applied == "")
        #expect(try String(contentsOfFile: absolute, encoding: .utf8) == FixCommandTests.fixed)
    }

    @Test func aPathOutsideTheWorkingDirectoryIsNamedFromTheRoot() throws {
        let directory = try TemporaryDirectory()
        try directory.write("other/team.yaml", FixCommandTests.fixable)
        try directory.write("here/.keep", "")
        let here = directory.url.appendingPathComponent("here")
        let resolved = URL(fileURLWithPath: directory.path("other/team.yaml")).resolvingSymlinksInPath().path
        let fromRoot = String(resolved.dropFirst())
        for path in [directory.path("other/team.yaml"), "../other/team.yaml", "./../other/./team.yaml"] {
            let run = try WFLintBinary.run(["--no-config", "--diff", path], in: here)
            #expect(run.stdout == Self.diff(fromRoot), "\(path)")
        }
        let run = try WFLintBinary.run(["--no-config", "--diff", "../other/team.yaml"], in: here)
        let patched = try WFLintBinary.shell(["sh", "-c", "cd / && printf '%s' \"$0\" | patch -s -p1 2>&1", run.stdout])
        #expect(patched == "")
        #expect(try String(contentsOfFile: resolved, encoding: .utf8) == FixCommandTests.fixed)
    }

    /// A name with a tab, a quote or a backslash is quoted with C escapes, as
    /// `git diff` writes it: raw, the tab ended the name for `patch` and
    /// `git apply`, which refused the whole diff. Both apply it now; a name
    /// with a space alone still ends in a tab, and non-ASCII stays as written.
    @Test func aNameWithATabOrAQuoteIsQuotedAsGitWritesIt() throws {
        let directory = try TemporaryDirectory()
        let names = ["t\tab.yaml", "q\"x\\é.yaml", "sp ace.yaml"]
        for name in names { try directory.write(name, FixCommandTests.fixable) }
        let run = try WFLintBinary.run(["--no-config", "--diff", "."], in: directory.url)
        let headers = run.stdout.split(separator: "\n").filter { $0.hasPrefix("--- ") || $0.hasPrefix("+++ ") }
        #expect(headers == [
            #"--- "a/q\"x\\é.yaml""#, #"+++ "b/q\"x\\é.yaml""#,
            "--- a/sp ace.yaml\t", "+++ b/sp ace.yaml\t",
            #"--- "a/t\tab.yaml""#, #"+++ "b/t\tab.yaml""#,
        ])
        for apply in ["git apply --check 2>&1", "patch -p1 --dry-run -s 2>&1"] {
            let output = try WFLintBinary.shell(
                ["sh", "-c", "cd \(directory.url.path) && printf '%s' \"$0\" | \(apply)", run.stdout])
            #expect(output == "", "\(apply)")
        }
        let patched = try WFLintBinary.shell(
            ["sh", "-c", "cd \(directory.url.path) && printf '%s' \"$0\" | patch -s -p1 2>&1", run.stdout])
        #expect(patched == "")
        for name in names { #expect(try String(contentsOfFile: directory.path(name), encoding: .utf8) == FixCommandTests.fixed) }
    }
}
