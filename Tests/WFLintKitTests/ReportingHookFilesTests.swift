import DocumentModel
import Foundation
import Testing
import YAMLReader

/// `.pre-commit-hooks.yaml` and the GitHub Action cannot be run here (no
/// GitHub runner); these tests parse them with wflint's YAML reader and check what pre-commit
/// and Actions rely on, plus that every shell step is valid bash.
@Suite struct ReportingHookFilesTests {
    /// YAML to plain values (`String`, `[Any]`, `[String: Any]`) through
    /// wflint's own YAML reader, which must accept the files without error.
    static func loadYAML(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any? {
        let url = Golden.repositoryRoot.appendingPathComponent(relativePath)
        let stream = YAMLReader.parse(Array(try Data(contentsOf: url)))
        if let error = stream.syntaxError {
            Issue.record("\(relativePath):\(error)", sourceLocation: sourceLocation)
            return nil
        }
        return stream.documents.first.map { plain($0.root) }
    }

    static func plain(_ node: Node) -> Any {
        if let entries = node.entries {
            var object: [String: Any] = [:]
            for entry in entries { object[entry.name ?? ""] = plain(entry.value) }
            return object
        }
        if let elements = node.elements { return elements.map(plain) }
        return node.scalarText ?? ""
    }

    static func run(_ arguments: [String], input: String? = nil) throws -> (Int32, String) {
        try ChildProcess.with { process in
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            let stdin = Pipe()
            process.standardInput = stdin
            try process.run()
            if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
            try stdin.fileHandleForWriting.close()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
    }

    @Test func preCommitHookRunsTheBuiltBinaryOnJSONYAMLAndTerraform() throws {
        let hooks = try #require(try Self.loadYAML(".pre-commit-hooks.yaml") as? [[String: Any]])
        #expect(hooks.count == 1)
        let hook = try #require(hooks.first)
        #expect(hook["id"] as? String == "wflint")
        #expect(hook["entry"] as? String == "wflint")
        #expect(hook["language"] as? String == "swift")
        #expect(hook["types_or"] as? [String] == ["json", "yaml", "terraform"])
        #expect(hook["name"] as? String != nil)
    }

    @Test func actionBuildsLintsAndUploadsTheSARIFOfACompletedRun() throws {
        let action = try #require(try Self.loadYAML(".github/actions/wflint/action.yml") as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        #expect(Set(inputs.keys).isSuperset(of: ["paths", "config", "fail-on"]))
        // Empty: the repository's own `fail-on` applies (see the test below).
        #expect(inputs["fail-on"]?["default"] as? String == "")
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        let upload = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        #expect(upload["uses"] as? String == "github/codeql-action/upload-sarif@v3")
        // After findings too (the lint step fails then), but only for a lint that completed.
        #expect(upload["if"] as? String
            == "always() && inputs.upload == 'true' && steps.lint.outputs.completed == 'true'")
        let lint = try #require(steps.first { $0["id"] as? String == "lint" })
        let script = try #require(lint["run"] as? String)
        #expect(script.contains("--format sarif --output \"$WFLINT_SARIF\""))
        // A composite step must name its shell, and every script must parse.
        for step in steps where step["run"] != nil {
            #expect(step["shell"] as? String == "bash")
            let (status, output) = try Self.run(["bash", "-n"], input: step["run"] as? String)
            #expect(status == 0, "step \(step["name"] ?? "?") is not valid bash: \(output)")
        }
    }

    /// The action's lint step, run as GitHub runs it: without a `fail-on`
    /// input the configuration's `fail-on` decides (the step passed
    /// `--fail-on error` always, so `fail-on: warning` never failed a job);
    /// with one, the input wins.
    @Test func actionLintStepKeepsTheConfigurationsFailOnUnlessGivenOne() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "fail-on: warning\n",
            "team.yaml": "WorkforceName: team\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"
                + "SourceIpConfig: {Cidrs: [0.0.0.0/0]}\n",
        ])
        defer { repository.remove() }
        let configured = try Self.runActionLintStep(in: repository, failOn: "")
        #expect(configured.run.stdout.contains("team.yaml:3:26: warning: CIDR \"0.0.0.0/0\" allows every address"))
        #expect(configured.run.status == 1)
        let given = try Self.runActionLintStep(in: repository, failOn: "error")
        #expect(given.run.status == 0)
    }

    /// A lint that did not complete (exit code 2: here a configuration that
    /// does not load) writes a SARIF log with no results; uploaded, it would
    /// close every open alert. The lint step says so, and the upload step
    /// runs only after a lint that completed, with or without findings.
    @Test func actionLintStepTellsTheUploadWhetherTheLintCompleted() throws {
        let repository = try TemporaryRepository(files: [
            "broken.yaml": "fail-on: eror\n",
            "team.yaml": "WorkforceName: team\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"
                + "SourceIpConfig: {Cidrs: [10.0.0.300/16]}\n",
        ])
        defer { repository.remove() }
        let broken = try Self.runActionLintStep(in: repository, config: "broken.yaml")
        #expect(broken.run.status == 2)
        #expect(broken.outputs == "sarif-file=wflint.sarif\ncompleted=false\n")
        // The error once, on standard error; no text run to end in a summary of nothing.
        #expect(broken.run.stderr.hasPrefix("broken.yaml:1:10: error: "))
        #expect(broken.run.stdout == "::error title=wflint::the lint did not complete (exit code 2, the error above);"
            + " its SARIF log is not uploaded, so that the open alerts stay open\n")
        let found = try Self.runActionLintStep(in: repository)
        #expect(found.run.status == 1)
        #expect(found.outputs == "sarif-file=wflint.sarif\ncompleted=true\n")
        #expect(found.run.stdout.contains("team.yaml:3:26: error: CIDR \"10.0.0.300/16\" is invalid"))
    }

    /// Runs the action's lint step on `team.yaml` in `repository` as GitHub
    /// runs it, with these inputs; returns the run and what the step wrote
    /// to its `GITHUB_OUTPUT` file (a new one for each run).
    static func runActionLintStep(
        in repository: TemporaryRepository, config: String = "", failOn: String = ""
    ) throws -> (run: WFLintBinary.Run, outputs: String) {
        let action = try #require(try loadYAML(".github/actions/wflint/action.yml") as? [String: Any])
        let steps = try #require((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        let script = try #require(steps.first { $0["id"] as? String == "lint" }?["run"] as? String)
        let outputs = repository.url("output-\(UUID().uuidString)")
        // As GitHub runs a step whose shell is bash.
        let run = try WFLintBinary.program(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], in: repository.root, environment: [
                "WFLINT": WFLintBinary.url.path, "WFLINT_PATHS": "team.yaml", "WFLINT_CONFIG": config,
                "WFLINT_FAIL_ON": failOn, "WFLINT_SARIF": "wflint.sarif", "GITHUB_OUTPUT": outputs.path,
            ])
        return (run, try String(contentsOf: outputs, encoding: .utf8))
    }

    /// The project's own workflow runs `.ci/run`, and lints the valid examples
    /// with the action, as users would.
    @Test func ciWorkflowRunsTheCIScriptAndTheActionOnTheExamples() throws {
        let workflow = try #require(try Self.loadYAML(".github/workflows/ci.yml") as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: [String: Any]])
        let testSteps = try #require(jobs["test"]?["steps"] as? [[String: Any]])
        #expect(testSteps.contains { $0["run"] as? String == "bash .ci/run" })
        let lint = try #require(jobs["lint-examples"])
        #expect((lint["permissions"] as? [String: String])?["security-events"] == "write")
        let steps = try #require(lint["steps"] as? [[String: Any]])
        let action = try #require(steps.first { $0["uses"] as? String == "./.github/actions/wflint" })
        #expect((action["with"] as? [String: String])?["paths"] == "examples/valid")
    }

    /// The workflow README offers for copying parses and uses the action.
    @Test func readmeWorkflowUsesTheAction() throws {
        let readme = try String(
            contentsOf: Golden.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "<!-- workflow -->\n```yaml\n"
        let start = try #require(readme.range(of: marker), "README has no workflow block after \(marker)")
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let yaml = String(readme[start.upperBound..<end.lowerBound])
        let stream = YAMLReader.parse(Array(yaml.utf8))
        #expect(stream.syntaxError == nil, "README's workflow is not YAML: \(String(describing: stream.syntaxError))")
        let workflow = try #require(stream.documents.first.map { Self.plain($0.root) } as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: [String: Any]])
        let steps = jobs.values.flatMap { $0["steps"] as? [[String: Any]] ?? [] }
        #expect(steps.contains { ($0["uses"] as? String)?.hasSuffix("/.github/actions/wflint@v0.1.0") == true })
        #expect(jobs.values.contains { ($0["permissions"] as? [String: String])?["security-events"] == "write" })
    }

    @Test func actionInstallScriptExists() {
        // The action reaches the repository's own scripts relative to itself.
        let script = Golden.repositoryRoot.appendingPathComponent("Scripts/install-deps").path
        #expect(FileManager.default.isExecutableFile(atPath: script) || FileManager.default.fileExists(atPath: script))
    }
}
