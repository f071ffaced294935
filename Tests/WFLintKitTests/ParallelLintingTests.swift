import Foundation
import Testing

@testable import WFLintKit

/// Linting on several threads inside the test process, not only in the
/// spawned binary, so that Scripts/test-sanitizers.sh runs both parallel paths
/// under ThreadSanitizer: files spread over workers (`Linter.lint(_:jobs:)`)
/// and the documents of one long stream spread too
/// (`DocumentLinter.minimumDocumentsToSpread`). Whatever the job count, the
/// findings are the same ones, in the same order.
@Suite struct ParallelLintingTests {
    static let jobs = 4
    static let namePattern = #"'[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}'"#

    /// The built-in rules and the example packs (user patterns run through
    /// the shared PCRE2 cache), as one run of wflint would hold them.
    static func linter() throws -> Linter {
        let ruleSet = try RuleTestSupport.ruleSetWithExamplePacks()
        let table = RuleTable(ruleSet.descriptors)
        return Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil)
    }

    /// Twice the documents that make a stream spread over threads: document
    /// `i` starts on line `4i + 1`; every 16th (from the 5th) has a name with a
    /// space, every 16th (from the 11th) a duplicated tag key on its line `4i + 3`.
    /// Every document has the tags the example packs require, with a 4-digit CostCenter.
    static let streamLength = DocumentLinter.minimumDocumentsToSpread * 2

    static var stream: String {
        (0..<streamLength).map { index in
            let name = index % 16 == 5 ? "team \(index)" : "team-\(index)"
            let again = index % 16 == 11 ? ", {Key: Owner, Value: p}" : ""
            return "WorkforceName: \(name)\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"
                + "Tags: [{Key: Owner, Value: o}, {Key: CostCenter, Value: '4711'}\(again)]\n"
        }.joined(separator: "---\n")
    }

    /// What the stream's defects give, in report order.
    static func streamFindings(file: String) -> [String] {
        (0..<streamLength).compactMap { index in
            let line = 4 * index + 1
            switch index % 16 {
            case 5:
                return "\(file):\(line):16 WF007 \"WorkforceName\" must match the API pattern \(namePattern), "
                    + "got \"team \(index)\""
            case 11:
                return "\(file):\(line + 2):72 WF302 duplicate tag key \"Owner\", first defined at \(line + 2):14"
            default: return nil
            }
        }
    }

    static func described(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.file):\($0.range.start) \($0.ruleID) \($0.message)" }
    }

    @Test func aLongStreamGivesTheSameFindingsOnOneThreadAsOnSeveral() throws {
        let linter = try Self.linter()
        let input = LintInput(source: .standardInput, displayName: "bundle.yaml", isExplicit: true)
        let bytes = Array(Self.stream.utf8)
        let single = Self.described(linter.lint(bytes, as: input, jobs: 1).findings)
        #expect(single == Self.streamFindings(file: "bundle.yaml"))
        #expect(Self.described(linter.lint(bytes, as: input, jobs: Self.jobs).findings) == single)
    }

    /// Many files at once, the long stream among them (documents spread inside
    /// a file that is itself one of the spread items), and every example file.
    @Test func manyFilesGiveTheSameFindingsOnOneThreadAsOnSeveral() throws {
        let directory = try TemporaryDirectory()
        var inputs: [LintInput] = []
        func add(_ name: String, _ data: Data) throws {
            try directory.write(name, data)
            inputs.append(LintInput(
                source: .file(directory.url.appendingPathComponent(name).path), displayName: name, isExplicit: true))
        }
        var expected: [String] = []
        for index in 0..<24 {
            try add("team-\(index).json", Data((#"{"WorkforceName": "team \#(index)", "#
                + #""CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}, "#
                + #""Tags": [{"Key": "Owner", "Value": "o"}, {"Key": "CostCenter", "Value": "4711"}]}"#).utf8))
            expected.append("team-\(index).json:1:19 WF007 \"WorkforceName\" must match the API pattern "
                + "\(Self.namePattern), got \"team \(index)\"")
        }
        try add("bundle.yaml", Data(Self.stream.utf8))
        expected += Self.streamFindings(file: "bundle.yaml")
        let examples = Golden.repositoryRoot.appendingPathComponent("examples")
        for folder in ["valid", "invalid"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent(folder).path)
            for name in files.sorted() {
                try add("\(folder)-\(name)", try Data(contentsOf: examples.appendingPathComponent("\(folder)/\(name)")))
            }
        }

        let linter = try Self.linter()
        let single = try Self.findings(linter.lint(inputs, jobs: 1))
        let parallel = try Self.findings(linter.lint(inputs, jobs: Self.jobs))
        #expect(single.filter { !$0.hasPrefix("valid-") && !$0.hasPrefix("invalid-") } == expected)
        #expect(single.contains { $0.hasPrefix("invalid-") })
        #expect(parallel == single)
    }

    /// Every finding of every outcome, in input order; a file that could not be read fails the test.
    static func findings(_ outcomes: [InputOutcome]) throws -> [String] {
        try outcomes.flatMap { Self.described(try $0.result.get().findings) }
    }
}
