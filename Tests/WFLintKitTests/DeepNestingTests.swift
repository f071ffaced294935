import DocumentModel
import Foundation
import Testing

@testable import WFLintKit

/// The deepest documents the default limit allows must lint, and their trees
/// be released, even on a thread with 128 KiB of stack (a library user may
/// call `Linter.lint(_:as:)` on any thread), since checking a tree recurses
/// once per level (releasing it does not: `NodeReleaseTests`); the binary runs every document on its own worker threads,
/// whose stacks hold the deepest `max-depth` allows. The test process
/// crashing is the failure.
@Suite struct DeepNestingTests {
    static let depth = ReadLimits.defaultDepth
    static let cognito = #""CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}"#

    /// A CreateWorkforce request whose `Tags` is `levels` nested lists: the
    /// whole document is `levels + 1` deep.
    static func jsonTags(levels: Int) -> String {
        #"{"WorkforceName": "w", \#(cognito), "Tags": "# + String(repeating: "[", count: levels)
            + String(repeating: "]", count: levels) + "}"
    }

    /// The same in YAML flow style, one line.
    static func yamlTags(levels: Int) -> String {
        "WorkforceName: w\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\nTags: "
            + String(repeating: "[", count: levels) + String(repeating: "]", count: levels) + "\n"
    }

    /// Nested block mappings under an unknown member, `levels` deep below it.
    static func yamlMappings(levels: Int) -> String {
        var text = "WorkforceName: w\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\nX:\n"
        for level in 1..<levels { text += String(repeating: " ", count: level) + "a:\n" }
        return text + String(repeating: " ", count: levels) + "a: 1\n"
    }

    /// `ruleID line:col message` of every finding, linted on a thread with `stackSize` bytes of stack.
    static func findings(_ text: String, name: String, stackSize: Int = 128 * 1024) throws -> [String] {
        let ruleSet = RuleSet.builtin()
        let table = RuleTable(ruleSet.descriptors)
        let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil)
        let input = LintInput(source: .standardInput, displayName: name, isExplicit: true)
        // PCRE2 compiles a pattern when it is first matched, with stack
        // frames that AddressSanitizer makes several times larger: when no
        // test had matched `WorkforceName`'s pattern yet, compiling it on the
        // small stack overflowed it under ASan (a CI run, ae9d350). What this
        // test measures is the recursion of a deep tree, so the patterns
        // these documents match are compiled first, here, by shallow ones.
        for shallow in [Self.jsonTags(levels: 1), Self.yamlTags(levels: 1), Self.yamlMappings(levels: 2)] {
            _ = linter.lint(Array(shallow.utf8), as: input)
        }
        let result = LockedBox<[String]>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            // The tree is built, checked and released inside this call.
            let linted = linter.lint(Array(text.utf8), as: input)
            result.value = linted.findings.map { "\($0.ruleID) \($0.range.start) \($0.message)" }
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return result.value ?? []
    }

    @Test func theDeepestAllowedJSONLintsOnASmallStack() throws {
        #expect(try Self.findings(Self.jsonTags(levels: Self.depth - 1), name: "deep.json")
            == [#"WF004 1:106 "Tags[0]" must be a map, got a list"#])
        #expect(try Self.findings(Self.jsonTags(levels: Self.depth), name: "deeper.json")
            == ["WF011 1:\(104 + Self.depth) nesting deeper than \(Self.depth) levels (limits.max-depth)"])
    }

    @Test func theDeepestAllowedYAMLLintsOnASmallStack() throws {
        #expect(try Self.findings(Self.yamlTags(levels: Self.depth - 1), name: "deep.yaml")
            == [#"WF004 3:8 "Tags[0]" must be a map, got a list"#])
        #expect(try Self.findings(Self.yamlMappings(levels: Self.depth - 1), name: "mappings.yaml")
            == [#"WF003 3:1 "X" is not a member of CreateWorkforceRequest; expected one of 'CognitoConfig', "#
                + #"'IpAddressType', 'OidcConfig', 'SourceIpConfig', 'Tags', 'WorkforceName', 'WorkforceVpcConfig'"#])
        #expect(try Self.findings(Self.yamlTags(levels: Self.depth), name: "deeper.yaml")
            == ["WF011 3:\(6 + Self.depth) nesting deeper than \(Self.depth) levels (limits.max-depth)"])
    }

    /// The deepest nesting a configuration may allow, through the binary with
    /// one job and with two: every document is read, checked and released on
    /// a worker thread with a stack for it (`WorkerThreads`).
    @Test(arguments: ["1", "2"]) func theCeilingOfMaxDepthLintsOnTheWorkers(jobs: String) throws {
        let directory = try TemporaryDirectory()
        let ceiling = ReadLimits.depthCeiling
        try directory.write(".wflint.yaml", "limits:\n  max-depth: \(ceiling)\n  max-file-size: 1 MiB\n")
        try directory.write("deep.json", Self.jsonTags(levels: ceiling - 1))
        try directory.write("deep.yaml", Self.yamlTags(levels: ceiling - 1))
        try directory.write("deeper.json", Self.jsonTags(levels: ceiling))
        let run = try WFLintBinary.run(["--jobs", jobs, "deep.json", "deep.yaml", "deeper.json"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout) == [
            #"deep.json:1:106: error: "Tags[0]" must be a map, got a list [WF004 wrong-type]"#,
            #"deep.yaml:3:8: error: "Tags[0]" must be a map, got a list [WF004 wrong-type]"#,
            "deeper.json:1:\(104 + ceiling): error: nesting deeper than \(ceiling) levels (limits.max-depth) [WF011 resource-limit]",
            "3 errors in 3 files; 3 files checked",
        ])
        #expect(run.status == 1)
    }

    /// A `.tf` file stops at the HCL reader's own ceiling, 2,000 levels,
    /// below the most `max-depth` may allow: the finding names that ceiling,
    /// not the configured limit the file did not reach.
    @Test func theHCLReadersCeilingIsNamedWhereMaxDepthAllowsMore() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".wflint.yaml", "limits:\n  max-depth: 10000\n")
        try directory.write("deep.tf", """
            resource "aws_sagemaker_workforce" "m" {
              workforce_name = \(String(repeating: "(", count: 2_500))"w"\(String(repeating: ")", count: 2_500))
            }

            """)
        let run = try WFLintBinary.run(["deep.tf"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout) == [
            "deep.tf:2:2019: error: nesting deeper than 2000 levels, the HCL reader's own ceiling, which "
                + "limits.max-depth (10000) does not raise [WF011 resource-limit]",
            "1 error in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)
    }

    /// The binary on its workers: several deepest documents at once.
    @Test func parallelWorkersLintTheDeepestDocuments() throws {
        let directory = try TemporaryDirectory()
        for index in 0..<4 {
            try directory.write("deep\(index).json", Self.jsonTags(levels: Self.depth - 1))
            try directory.write("deep\(index).yaml", Self.yamlTags(levels: Self.depth - 1))
            try directory.write("mappings\(index).yaml", Self.yamlMappings(levels: Self.depth - 1))
        }
        let run = try WFLintBinary.run(["--jobs", "2", "."], in: directory.url)
        #expect(run.stdout.hasSuffix("12 errors in 12 files; 12 files checked\n"))
        #expect(run.stderr == "")
        #expect(run.status == 1)
    }
}

/// A value one thread writes and another reads after a semaphore.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    var value: Value? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// A fresh directory under the system's temporary directory, removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }

    func write(_ name: String, _ data: Data) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }
}
