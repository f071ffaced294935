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
}
