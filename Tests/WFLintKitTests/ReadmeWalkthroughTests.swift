import Foundation
import Testing

/// README's "Writing your own rules" followed to the letter: the pack it shows
/// loads, its examples pass `wflint test-rules`, and linting with it prints
/// the line README promises.
@Suite struct ReadmeWalkthroughTests {
    static func readme() throws -> String {
        try String(contentsOf: Golden.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The text of the first fenced block of `language` after `heading`.
    static func block(_ language: String, after heading: String, in text: String) throws -> String {
        let section = try #require(text.range(of: heading), "README has no \(heading)")
        let fence = "```\(language)\n"
        let start = try #require(text.range(of: fence, range: section.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// A new folder with README's pack as `policy/workforce-names.yaml`; the caller removes it.
    static func folderWithReadmePack(_ readme: String) throws -> URL {
        let pack = try block("yaml", after: "## Writing your own rules", in: readme)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-readme-\(UUID().uuidString)")
        let policy = folder.appendingPathComponent("policy")
        try FileManager.default.createDirectory(at: policy, withIntermediateDirectories: true)
        try pack.write(to: policy.appendingPathComponent("workforce-names.yaml"), atomically: false, encoding: .utf8)
        return folder
    }

    @Test func theCustomRuleOfTheReadmeWorks() throws {
        let readme = try Self.readme()
        let folder = try Self.folderWithReadmePack(readme)
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = Golden.repositoryRoot.appendingPathComponent("examples/valid/create-workforce-cognito.json")
        try FileManager.default.copyItem(at: example, to: folder.appendingPathComponent("create-workforce-cognito.json"))

        let commands = try Self.block("sh", after: "**2. Check the pack's examples**", in: readme)
        let promisedCheck = try #require(commands.split(separator: "\n").first { $0.hasPrefix("# ") }).dropFirst(2)
        let check = try WFLintBinary.run(["test-rules", "--rules", "policy/workforce-names.yaml"], in: folder)
        #expect(check.stdout == promisedCheck + "\n")
        #expect(check.status == 0)

        let lintCommands = try Self.block("sh", after: "**3. Lint with it**", in: readme)
        let promisedLine = try #require(lintCommands.split(separator: "\n").first { $0.hasPrefix("# ") })
            .dropFirst(2).replacingOccurrences(of: "examples/valid/", with: "")
        let lint = try WFLintBinary.run(["--no-config", "--rules", "policy/", "create-workforce-cognito.json"], in: folder)
        #expect(lint.stdout.hasPrefix(promisedLine + "\n"))
        #expect(lint.status == 1)
    }

    /// README's pack and every pack of rules/examples/ copied into one policy
    /// folder load together: no id or name clashes, and every example holds.
    @Test func theReadmePackAndTheExamplePacksCopiedTogetherLoad() throws {
        let folder = try Self.folderWithReadmePack(try Self.readme())
        defer { try? FileManager.default.removeItem(at: folder) }
        let policy = folder.appendingPathComponent("policy")
        let examples = Golden.repositoryRoot.appendingPathComponent("rules/examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: policy.appendingPathComponent(name))
        }
        let check = try WFLintBinary.run(["test-rules", "--rules", "policy/"], in: folder)
        #expect(check.stderr == "")
        #expect(check.stdout.hasPrefix("all "), "\(check.stdout)")
        #expect(check.status == 0)
    }

    /// README's Terraform example, and docs/terraform.md's in JSON syntax,
    /// linted as written print the one finding they show, and no other:
    /// README's once read a variable it did not declare, which is WF507.
    @Test(arguments: [
        ("README.md", "## Terraform\n", "hcl", "main.tf"),
        ("docs/terraform.md", "## JSON syntax (`.tf.json`)\n", "json", "main.tf.json"),
    ])
    func aTerraformExamplePrintsWhatItShows(document: String, heading: String, language: String, name: String) throws {
        let text = try String(
            contentsOf: Golden.repositoryRoot.appendingPathComponent(document), encoding: .utf8)
        let example = try Self.block(language, after: heading, in: text)
        // The output block after the example's closing fence.
        let shown = try Self.block("", after: example + "```\n", in: text)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try example.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        let lint = try WFLintBinary.run(["--no-config", name], in: folder)
        let headlines = lint.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(headlines == shown.split(separator: "\n") + ["1 warning in 1 file; 1 file checked"])
        #expect(lint.status == 0)
    }

    @Test func explainPrintsARuleWithItsExamples() throws {
        let run = try WFLintBinary.run(["explain", "WF201"])
        #expect(run.stdout.hasPrefix("WF201 cidr-invalid (error)\n"))
        #expect(run.stdout.contains("Invalid example 1"))
        #expect(run.status == 0)
        let byName = try WFLintBinary.run(["explain", "cidr-invalid"])
        #expect(byName.stdout == run.stdout)

        let unknown = try WFLintBinary.run(["explain", "WF999"])
        #expect(unknown.stderr == "wflint: error: unknown rule \"WF999\" in wflint explain; did you mean \"WF009\"?\n")
        #expect(unknown.status == 2)
    }

    @Test func theExampleOrgPacksRunFromTheCheckout() throws {
        let run = try WFLintBinary.run(["--no-config", "--rules", "rules/examples/", "examples/valid"])
        Golden.check(run.stdout, matches: "org-packs-on-valid-examples.txt")
        #expect(run.status == 1)
    }
}
