import Foundation
import Testing

/// Issue 13 end to end: the CIDRs of a variable declared `sensitive = true`,
/// however they reach `source_ip_config.cidrs` (a definitions file of each
/// kind, `--var-file`, locals, a traversal, a `.tf.json` resource), are
/// reported at the place they are written, by the built binary, and appear
/// in no output: text (its excerpt masked), JSON, SARIF (its snippet),
/// GitHub annotations, `--diff` and `--fix`. Nothing derived from them
/// (the network a CIDR allows, the octet that is wrong) appears either.
@Suite struct TerraformSensitiveOutputTests {
    static var cidrs: String { "[\"10.9.8.7/8\", \"192.168.1.300/24\"]" }
    static var fragments: [String] { ["10.9.8.7", "192.168.1.300", "10.0.0.0/8", "\"300\"", "\\\"300\\\""] }

    static var hostBits: String { "warning WF203 CIDR \"***\" has host bits set; the block it allows is \"***\"" }
    static var invalid: String {
        "error WF201 CIDR \"***\" is invalid: ***; expected an address and a prefix length, like "
            + "\"10.0.0.0/16\" or \"2001:db8::/32\""
    }

    static var declaration: String { "variable \"allowed\" {\n  sensitive = true\n}\n" }
    static var withDefault: String { "variable \"allowed\" {\n  sensitive = true\n  default   = \(cidrs)\n}\n" }

    static func workforce(cidrs reference: String) -> String { TerraformWorkforceText.cognito(cidrs: reference) }

    /// A module, the file linted, its `--var-file`s, and its findings as
    /// `file:line:col severity rule message`.
    struct Case {
        let name: String
        let files: [String: String]
        var linted = "main.tf"
        var varFiles: [String] = []
        let expected: [String]
    }

    /// The two findings, at `file:line:` columns `first` and `second`.
    static func found(_ place: String, _ first: Int, _ second: Int) -> [String] {
        ["\(place)\(first) \(hostBits)", "\(place)\(second) \(invalid)"]
    }

    /// The module whose definitions file `file` sets the variable to `text`,
    /// the CIDRs at `columns` of its first line.
    static func definitions(_ file: String, _ text: String, columns: (Int, Int), varFiles: [String] = []) -> Case {
        Case(
            name: file, files: ["main.tf": workforce(cidrs: "var.allowed"), "variables.tf": declaration, file: text],
            varFiles: varFiles, expected: found("\(file):1:", columns.0, columns.1))
    }

    static var cases: [Case] {
        let values = "allowed = \(cidrs)\n"
        return [
            definitions("terraform.tfvars", values, columns: (12, 26)),
            definitions("prod.auto.tfvars", values, columns: (12, 26)),
            definitions("secret.tfvars", values, columns: (12, 26), varFiles: ["secret.tfvars"]),
            definitions("terraform.tfvars.json", "{\"allowed\": \(cidrs)}\n", columns: (14, 28)),
            Case(
                name: "a local that is the variable",
                files: ["main.tf": workforce(cidrs: "local.x"), "variables.tf": withDefault + "locals {\n  x = var.allowed\n}\n"],
                expected: found("variables.tf:3:", 16, 30)),
            Case(
                name: "a local object holding the variable",
                files: [
                    "main.tf": workforce(cidrs: "local.y.a"),
                    "variables.tf": withDefault + "locals {\n  y = { a = var.allowed }\n}\n",
                ],
                expected: found("variables.tf:3:", 16, 30)),
            Case(
                name: "a traversal of a sensitive object",
                files: [
                    "main.tf": workforce(cidrs: "[var.net.cidrs[0], var.net.cidrs[1]]"),
                    "variables.tf": "variable \"net\" {\n  sensitive = true\n  default   = { cidrs = \(cidrs) }\n}\n",
                ],
                expected: found("variables.tf:3:", 26, 40)),
            Case(
                name: "a .tf.json resource",
                files: [
                    "main.tf.json": """
                        {"resource": {"aws_sagemaker_workforce": {"main": {
                          "workforce_name": "labelers",
                          "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"},
                          "source_ip_config": {"cidrs": "${var.allowed}"}
                        }}}}

                        """,
                    "variables.tf": withDefault,
                ],
                linted: "main.tf.json", expected: found("variables.tf:3:", 16, 30)),
        ]
    }

    @Test(arguments: cases.map(\.name))
    func theValueIsReportedAtItsPlaceAndInNoOutput(_ name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        let folder = try TemporaryDirectory()
        for (name, text) in testCase.files { try folder.write(name, text) }
        let common = ["--no-config"] + testCase.varFiles.flatMap { ["--var-file", $0] } + [testCase.linted]
        var outputs: [String: String] = [:]
        for format in ["text", "json", "sarif", "github"] {
            let run = try WFLintBinary.run(common + ["--format", format], in: folder.url)
            #expect(run.status == 1, "\(format): \(run.stderr)")
            outputs[format] = run.stdout + run.stderr
        }
        for mode in ["--diff", "--fix"] {
            let run = try WFLintBinary.run(common + [mode], in: folder.url)
            outputs[mode] = run.stdout + run.stderr
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data((outputs["json"] ?? "").utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map(Self.described) == testCase.expected)
        // The text shows each finding's excerpt, its values masked.
        #expect(findings.count == 2 && (outputs["text"] ?? "").contains(" | ") && (outputs["text"] ?? "").contains("***"))
        for (output, text) in outputs {
            for fragment in Self.fragments { #expect(!text.contains(fragment), "\(output) shows \(fragment):\n\(text)") }
        }
    }

    /// `file:line:col severity rule message` of a JSON finding.
    static func described(_ finding: [String: Any]) -> String {
        let start = finding["start"] as? [String: Any]
        return "\(finding["file"] ?? ""):\(start?["line"] ?? ""):\(start?["column"] ?? "") \(finding["severity"] ?? "") "
            + "\(finding["ruleId"] ?? "") \(finding["message"] ?? "")"
    }
}
