import DocumentModel
import Testing

@testable import WFLintKit

/// A run over `files` (name → text) in the folder /repo.
func summary(_ files: [(String, String)], ignores: IgnoreRules? = nil) -> RunSummary {
    var run = RunSummary(rules: suppressionRules, ignores: ignores, workingDirectory: "/repo")
    for (name, text) in files {
        let linted = lintWithSuppressions(text, name: name)
        run.add(InputOutcome(input: LintInput(source: .file(name), displayName: name, isExplicit: true), result: .success(linted)))
    }
    return run
}

func reported(_ run: RunSummary) -> [String] {
    run.files.flatMap { file in file.findings.map { "\(file.path):\($0.range.start) \($0.ruleID)" } }
}

func silenced(_ run: RunSummary) -> [String] {
    run.files.flatMap { file in
        file.suppressed.map { "\(file.path):\($0.finding.range.start) \($0.finding.ruleID) \($0.kind.rawValue) \($0.justification ?? "-")" }
    }
}

struct BaselineTests {
    static let before = """
        WorkforceName: team
        CognitoConfg: {}
        Tags:
          - Key: env
            Value: yes

        """

    @Test func recordsRuleFilePointerAndAFingerprintOfTheValue() {
        let run = summary([("workforces/team.yaml", Self.before)])
        let (baseline, messages) = run.recordBaseline(file: "baseline.json", directory: "/repo")
        let unknown = StableFingerprint.v1(
            ruleID: "WF003", path: "workforces/team.yaml", pointer: JSONPointer(["CognitoConfg"]), value: "CognitoConfg")
        let ambiguous = StableFingerprint.v1(
            ruleID: "WF009", path: "workforces/team.yaml", pointer: JSONPointer(["Tags", "0", "Value"]), value: "yes")
        #expect(baseline.rendered(messages: messages) == """
            {
              "version": 1,
              "tool": "wflint",
              "findings": [
                {
                  "ruleId": "WF003",
                  "file": "workforces/team.yaml",
                  "pointer": "/CognitoConfg",
                  "fingerprint": "\(unknown)",
                  "message": "\\"CognitoConfg\\" is not a member of CreateWorkforceRequest; did you mean 'CognitoConfig'?"
                },
                {
                  "ruleId": "WF009",
                  "file": "workforces/team.yaml",
                  "pointer": "/Tags/0/Value",
                  "fingerprint": "\(ambiguous)",
                  "message": "\\"Value\\" is the plain scalar yes, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: \\"yes\\""
                }
              ]
            }

            """)
    }

    @Test func silencesTheRecordedFindingsWhereverTheyMoveAndReportsNewOnes() throws {
        let recorded = summary([("team.yaml", Self.before)]).recordBaseline(file: "ci/baseline.json", directory: "/repo/ci")
        let baseline = try Baseline.parse(text: recorded.baseline.rendered(), file: "ci/baseline.json", directory: "/repo/ci")
        #expect(baseline.counts.keys.map(\.file) == ["../team.yaml", "../team.yaml"])
        let after = """
            # two lines added above,
            # so every line number changed
            WorkforceName: team
            CognitoConfg: {}
            Tags:
              - Key: env
                Value: yes
              - Key: tier
                Value: no

            """
        var run = summary([("team.yaml", after)])
        run.apply(baseline)
        #expect(reported(run) == ["team.yaml:9:12 WF009"])
        #expect(silenced(run) == [
            "team.yaml:4:1 WF003 external in the baseline ci/baseline.json",
            "team.yaml:7:12 WF009 external in the baseline ci/baseline.json",
        ])
        #expect(run.exitStatus(failOn: .error) == .clean)
        #expect(run.exitStatus(failOn: .warning) == .findings)
    }

    @Test func aChangedValueIsANewFinding() throws {
        let recorded = summary([("team.yaml", Self.before)]).recordBaseline(file: "b.json", directory: "/repo")
        var run = summary([("team.yaml", Self.before.split(separator: "\n").map { $0.hasSuffix(": yes") ? "    Value: Yes" : $0 }.joined(separator: "\n"))])
        run.apply(recorded.baseline)
        #expect(reported(run) == ["team.yaml:5:12 WF009"])
    }

    @Test func silencesAsManyFindingsAsItRecorded() throws {
        let one = "WorkforceName: team\nCognitoConfg: {}\n"
        let recorded = summary([("a.yaml", one)]).recordBaseline(file: "b.json", directory: "/repo")
        var run = summary([("a.yaml", one + "---\n" + one)])
        run.apply(recorded.baseline)
        #expect(reported(run) == ["a.yaml:5:1 WF003"])
    }

    @Test(arguments: [
        ("{\"version\": 1, \"findings\": [}", "b.json:1:29: error: invalid JSON: expected a value"),
        ("{\"version\": 2, \"findings\": []}", "b.json:1:13: error: unsupported baseline version 2; this wflint reads version 1"),
        ("{\"findings\": []}", "b.json:1:1: error: the baseline lacks the key \"version\""),
        ("{\"version\": 1, \"findings\": [{\"ruleId\": \"WF003\", \"file\": \"a.yaml\", \"pointer\": \"\"}]}",
         "b.json:1:29: error: a baseline entry lacks the key \"fingerprint\""),
        ("{\"version\": 1, \"findings\": [{\"rule\": \"WF003\"}]}",
         "b.json:1:30: error: unknown key \"rule\" in a baseline entry; did you mean \"ruleId\"? valid keys: file, fingerprint, message, pointer, ruleId"),
        ("{\"version\": 1, \"findings\": {}}", "b.json:1:28: error: \"findings\" must be a list, not a map"),
        // Entries a baseline never holds would silence nothing, silently.
        ("{\"version\": 1, \"findings\": [{\"ruleId\": \"WF003\", \"file\": \"a.yaml\", \"pointer\": \"x\", \"fingerprint\": \"0123456789abcdef\"}]}",
         "b.json:1:78: error: invalid JSON pointer \"x\": it must be empty or start with \"/\", and \"~\" must be followed by 0 or 1, like \"/SourceIpConfig/Cidrs/0\""),
        ("{\"version\": 1, \"findings\": [{\"ruleId\": \"WF003\", \"file\": \"a.yaml\", \"pointer\": \"\", \"fingerprint\": \"zz\"}]}",
         "b.json:1:97: error: invalid fingerprint \"zz\": it must be 16 lower-case hexadecimal digits, as --write-baseline writes it"),
    ])
    func aBrokenBaselineIsAnErrorAtItsPlace(text: String, message: String) {
        #expect(throws: SourceError.self) { try Baseline.parse(text: text, file: "b.json", directory: "/repo") }
        do {
            _ = try Baseline.parse(text: text, file: "b.json", directory: "/repo")
        } catch {
            #expect(error.diagnosticLine == message)
        }
    }
}

struct IgnoreRulesTests {
    @Test func silencesTheNamedRulesInMatchingFilesAtAndBelowThePointer() throws {
        let configuration = try ConfigurationReader.parse(text: """
            ignore:
              - path: legacy/**
                rules: [unknown-field]
                reason: old keys, removed in Q3
              - path: "*.yaml"
                rules: WF009
                pointer: /Tags/1
            """, file: ".wflint.yaml", directory: "/repo")
        let ignores = try IgnoreRules(configuration, names: RuleNames(suppressionRules))
        let text = "WorkforceName: team\nCognitoConfg: {}\nTags:\n  - {Key: a, Value: yes}\n  - {Key: b, Value: no}\n"
        let run = summary([("legacy/team.yaml", text), ("team.yaml", text)], ignores: ignores)
        #expect(reported(run) == ["legacy/team.yaml:4:21 WF009", "team.yaml:2:1 WF003", "team.yaml:4:21 WF009"])
        #expect(silenced(run) == [
            "legacy/team.yaml:2:1 WF003 external old keys, removed in Q3",
            "legacy/team.yaml:5:21 WF009 external ignored by .wflint.yaml:5:5",
            "team.yaml:5:21 WF009 external ignored by .wflint.yaml:5:5",
        ])
    }

    @Test func anUnknownRuleIsAnErrorAtItsPlace() throws {
        let configuration = try ConfigurationReader.parse(
            text: "ignore:\n  - path: a.yaml\n    rules: [WF003, WF08]\n", file: ".wflint.yaml", directory: "/repo")
        #expect(throws: SourceError(
            file: ".wflint.yaml", position: SourcePosition(line: 3, column: 20),
            message: "unknown rule \"WF08\" in an \"ignore\" entry; did you mean \"WF001\"?")) {
            try IgnoreRules(configuration, names: RuleNames(suppressionRules))
        }
    }
}
