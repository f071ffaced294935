import DocumentModel
import WFLintKit

/// A small hand-built run every reporter test renders: a YAML file with an
/// OIDC secret a finding points at, a JSON file with a character outside the
/// BMP and a suppressed finding, a YAML file with a syntax error inside a
/// `ClientSecret` value (no sensitive range recorded), an unreadable file.
enum ReportingFixtures {
    static let secretValue = "s3cr3t-value"
    static let brokenSecretValue = "abc,def"

    /// Fixed here rather than `.wflint`, so a version bump does not change the goldens.
    static let tool = ToolInfo(
        version: "0.1.0", informationURI: "https://github.com/wflint/wflint",
        rulesDocumentationURI: "https://github.com/wflint/wflint/blob/main/docs/rules.md")

    static let rules: [RuleDescriptor] = [
        rule("WF001", "syntax-error", .error, "The file is not well-formed JSON or YAML."),
        rule("WF003", "unknown-field", .error, "A member the API does not define."),
        rule("WF007", "pattern", .error, "A string does not match the API's pattern."),
        rule("WF201", "cidr-invalid", .error, "A CIDR in SourceIpConfig is not a valid CIDR block."),
        rule("WF301", "tag-reserved-prefix", .error, "A tag key begins with the reserved prefix aws:."),
    ]

    static func rule(_ id: String, _ name: String, _ severity: Severity, _ summary: String) -> RuleDescriptor {
        RuleDescriptor(
            id: id, name: name, severity: severity, summary: summary,
            description: summary + "\n\nSee the `\(name)` section for examples.")
    }

    static func finding(
        _ rule: String, _ name: String, _ message: String, severity: Severity = .error, file: String,
        _ start: (Int, Int), _ end: (Int, Int), pointer: [String], document: Int = 0
    ) -> Finding {
        Finding(
            ruleID: rule, ruleName: name, severity: severity, message: message, file: file, documentIndex: document,
            range: SourceRange(
                start: SourcePosition(line: start.0, column: start.1), end: SourcePosition(line: end.0, column: end.1)),
            pointer: JSONPointer(pointer))
    }

    static let yamlPath = "examples/invalid/create-workforce.yaml"
    static let yamlText = """
        WorkforceName: my-team
        CognitoConfg:
          UserPool: us-east-1_abc
        OidcConfig:
          ClientId: client
          ClientSecret: \(secretValue)
        SourceIpConfig:
          Cidrs:
            - 10.0.0.0/33

        """

    static let jsonPath = "data/ünï code.json"
    static let jsonText = """
        {
          "WorkforceName": "😀team",
          "Tags": [{"Key": "aws:x", "Value": "v"}]
        }

        """

    static let brokenPath = "broken.yaml"
    static let brokenText = """
        OidcConfig:
          ClientId: client
          ClientSecret: "\(brokenSecretValue)
          Issuer: https://idp.example.com

        """

    static var yamlFile: LintReport.FileReport {
        LintReport.FileReport(
            path: yamlPath,
            findings: [
                finding("WF003", "unknown-field", #"unknown field "CognitoConfg" in CreateWorkforceRequest; did you mean "CognitoConfig"?"#,
                        file: yamlPath, (2, 1), (2, 13), pointer: ["CognitoConfg"]),
                finding("WF007", "pattern", #"OidcConfig.ClientSecret does not match the pattern "^[\S]+$""#,
                        file: yamlPath, (6, 17), (6, 29), pointer: ["OidcConfig", "ClientSecret"]),
                finding("WF201", "cidr-invalid", #""10.0.0.0/33" is not a valid CIDR block: prefix length 33 exceeds 32"#,
                        file: yamlPath, (9, 7), (9, 18), pointer: ["SourceIpConfig", "Cidrs", "0"]),
            ],
            source: SourceLines(yamlText),
            sensitiveRanges: [SourceRange(start: SourcePosition(line: 6, column: 17), end: SourcePosition(line: 6, column: 29))])
    }

    static var jsonFile: LintReport.FileReport {
        LintReport.FileReport(
            path: jsonPath,
            findings: [
                finding("WF007", "pattern", #"WorkforceName "😀team" does not match the pattern "^[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}$""#,
                        file: jsonPath, (2, 20), (2, 27), pointer: ["WorkforceName"]),
            ],
            suppressed: [
                SuppressedFinding(
                    finding: finding("WF301", "tag-reserved-prefix", #"tag key "aws:x" begins with the reserved prefix "aws:""#,
                                     file: jsonPath, (3, 20), (3, 27), pointer: ["Tags", "0", "Key"]),
                    kind: .external, justification: "legacy tag, tracked in TICKET-12"),
            ],
            source: SourceLines(jsonText))
    }

    static var brokenFile: LintReport.FileReport {
        LintReport.FileReport(
            path: brokenPath,
            findings: [
                finding("WF001", "syntax-error", "found unexpected end of stream while scanning a quoted scalar that starts here",
                        file: brokenPath, (3, 17), (3, 17), pointer: []),
            ],
            source: SourceLines(brokenText))
    }

    static var report: LintReport {
        LintReport(
            tool: tool, files: [brokenFile, jsonFile, yamlFile], filesChecked: 6,
            notifications: [ToolNotification(
                kind: .unreadableFile, path: "locked.yaml", message: #"could not read "locked.yaml": permission denied"#)],
            rules: rules, ruleTags: ["WF201": ["network", "correctness"], "WF301": ["tags"]],
            exitCode: 2)
    }

    static var cleanReport: LintReport {
        LintReport(tool: tool, files: [], filesChecked: 1, rules: rules, exitCode: 0)
    }

    /// Every output a run can produce, for checks that hold across formats.
    static func allOutputs(_ report: LintReport) -> [String] {
        OutputFormat.allCases.map { $0.render(report) } + [OutputFormat.text.render(report, color: true)]
    }
}
