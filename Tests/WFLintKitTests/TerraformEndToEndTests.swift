import Foundation
import Testing

/// The built binary over the Terraform examples: Terraform's names and
/// pointers at the HCL's positions, in every output format.
@Suite struct TerraformEndToEndTests {
    /// The findings of a `--format json` report.
    static func findings(inJSONReport report: String) throws -> [[String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        return try #require(report["findings"] as? [[String: Any]])
    }

    /// `line:col rule pointer` of a JSON report's finding.
    static func placeRuleAndPointer(_ finding: [String: Any]) -> String {
        let start = finding["start"] as? [String: Int] ?? [:]
        return "\(start["line"] ?? 0):\(start["column"] ?? 0) \(finding["ruleId"] ?? "") \(finding["pointer"] ?? "")"
    }

    /// The first result of rule `id` in the SARIF log of `path`, which must
    /// be valid, exit 1 and not show the examples' client secret.
    static func validSarifResult(_ id: String, of path: String) throws -> [String: Any] {
        let run = try WFLintBinary.run(["--format", "sarif", path])
        #expect(run.status == 1)
        try SarifValidator.expectValid(run.stdout)
        #expect(!run.stdout.contains("s3cr3t-value"))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        return try #require(results.first { $0["ruleId"] as? String == id })
    }

    @Test func validTerraformExamplesAreClean() throws {
        let run = try WFLintBinary.run(["examples/terraform/valid"])
        #expect(run.stdout == "no problems found; 6 files checked\n")
        #expect(run.status == 0)
    }

    @Test func jsonNamesTerraformsPointersAndPositions() throws {
        let run = try WFLintBinary.run(["--format", "json", "examples/terraform/invalid/network.tf"])
        #expect(run.status == 1)
        let findings = try Self.findings(inJSONReport: run.stdout)
        let described = findings.map(Self.placeRuleAndPointer)
        let p = "/resource/aws_sagemaker_workforce/network"
        #expect(described == [
            "14:28 WF204 \(p)/source_ip_config/0/cidrs/1",
            "14:43 WF203 \(p)/source_ip_config/0/cidrs/2",
            "14:78 WF201 \(p)/source_ip_config/0/cidrs/4",
            "17:3 WF502 \(p)/source_ip_config/1",
            "23:27 WF210 \(p)/workforce_vpc_config/0/security_group_ids/0",
            "27:3 WF003 \(p)/source_ip_confg",
        ])
        #expect(findings.last?["message"] as? String
            == "\"source_ip_confg\" is not a member of aws_sagemaker_workforce.network; did you mean 'source_ip_config'?")
    }

    @Test func sarifIsValidWithTerraformsLogicalLocations() throws {
        let issuer = try Self.validSarifResult("WF111", of: "examples/terraform/invalid/identity.tf")
        #expect((issuer["message"] as? [String: Any])?["text"] as? String
            == "oidc_config.issuer \"http://idp.example.com\" must begin with \"https://\"")
        let location = try #require((issuer["locations"] as? [[String: Any]])?.first)
        let region = (location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 12 && region?["startColumn"] as? Int == 30)
        let logical = (location["logicalLocations"] as? [[String: Any]])?.first?["fullyQualifiedName"] as? String
        #expect(logical == "/resource/aws_sagemaker_workforce/identity/oidc_config/0/issuer")
    }

    @Test func jsonSyntaxGivesTheJSONsPositionsAndHidesTheSecretInEveryFormat() throws {
        let path = "examples/terraform/invalid/cdktf/cdk.tf.json"
        let run = try WFLintBinary.run(["--format", "json", path])
        #expect(run.status == 1)
        let findings = try Self.findings(inJSONReport: run.stdout)
        let described = findings.map(Self.placeRuleAndPointer)
        let p = "/resource/aws_sagemaker_workforce/main"
        #expect(described == [
            "7:9 WF501 \(p)/subdomain",
            "8:9 WF110 \(p)/oidc_config/0",
            "12:30 WF140 \(p)/oidc_config/0/client_secret",
            "13:23 WF111 \(p)/oidc_config/0/issuer",
            "17:13 WF003 \(p)/oidc_config/0/user_info_endpint",
            "21:22 WF203 \(p)/source_ip_config/0/cidrs/0",
            "22:11 WF502 \(p)/source_ip_config/1",
        ])
        for format in ["text", "json", "sarif", "github"] {
            let output = try WFLintBinary.run(["--format", format, path]).stdout
            #expect(!output.contains("s3cr3t-value"), "\(format) shows the client secret")
        }
    }

    @Test func aPlansSarifIsValidWithTheResourceAsALogicalLocation() throws {
        let issuer = try Self.validSarifResult("WF111", of: "examples/terraform/invalid/plan.json")
        let location = try #require((issuer["locations"] as? [[String: Any]])?.first)
        let logical = (location["logicalLocations"] as? [[String: Any]])?.map { place in
            "\(place["fullyQualifiedName"] ?? "") \(place["kind"] ?? "-")"
        }
        #expect(logical == [
            "/planned_values/root_module/child_modules/0/resources/0/values/oidc_config/0/issuer -",
            "module.labeling.aws_sagemaker_workforce.main[0] resource",
        ])
        let text = try WFLintBinary.run(["examples/terraform/invalid/plan.json"]).stdout
        #expect(text.contains("""
            examples/terraform/invalid/plan.json:26:31: error: oidc_config.issuer "http://idp.example.com" must begin with "https://" [WF111 oidc-https]
               26 |                     "issuer": "http://idp.example.com",
                  |                               ^~~~~~~~~~~~~~~~~~~~~~~~
              note: in resource module.labeling.aws_sagemaker_workforce.main[0]

            """))
        let github = try WFLintBinary.run(["--format", "github", "examples/terraform/invalid/plan.json"]).stdout
        #expect(github.contains("title=WF111 oidc-https in module.labeling.aws_sagemaker_workforce.main[0]::"))
        for format in ["text", "json", "github"] {
            #expect(!(try WFLintBinary.run(["--format", format, "examples/terraform/invalid/plan.json"]).stdout
                .contains("s3cr3t-value")))
        }
    }

    @Test func aWalkSkipsTerraformWithoutAWorkforce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-tf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "resource \"aws_s3_bucket\" \"logs\" {}\n".write(
            to: folder.appendingPathComponent("s3.tf"), atomically: false, encoding: .utf8)
        try #"{"resource": {"aws_s3_bucket": {"logs": {}}}}"#.write(
            to: folder.appendingPathComponent("s3.tf.json"), atomically: false, encoding: .utf8)
        let walk = try WFLintBinary.run([folder.path])
        #expect(walk.stdout == "no problems found; 0 files checked\n")
        #expect(walk.status == 0)
    }

    /// `--var-file` is the last variable definitions file: its value wins
    /// over the module's own, and the finding names it as given; one that does
    /// not parse stops the run with exit code 2 and its place.
    @Test func aVarFileOverridesTheModulesValues() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-varfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "workforce_name = \"bad name\"\n".write(
            to: folder.appendingPathComponent("prod.tfvars"), atomically: false, encoding: .utf8)
        try "workforce_name = [\n".write(to: folder.appendingPathComponent("broken.tfvars"), atomically: false, encoding: .utf8)
        let module = Golden.repositoryRoot.appendingPathComponent("examples/terraform/valid/module").path
        let prod = folder.appendingPathComponent("prod.tfvars").path
        let run = try WFLintBinary.run([module + "/main.tf", "--var-file", prod, "--select", "WF007"])
        #expect(run.stdout.hasPrefix(
            "\(prod):1:18: error: \"workforce_name\" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', "
                + "got \"bad name\" [WF007 pattern]\n"))
        #expect(run.stdout.contains("  note: used by aws_sagemaker_workforce.labelers at \(module)/main.tf:6:20\n"))
        #expect(run.status == 1)
        let broken = try WFLintBinary.run([module + "/main.tf", "--var-file", folder.appendingPathComponent("broken.tfvars").path])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.tfvars:2:1: "))
    }

    /// A definitions file Terraform refuses though it is HCL, named with
    /// the workforce's file: its WF001 at the second argument, once, its
    /// line masked (any value of it may be a secret) and no value printed.
    @Test func aDefinitionsFileThatSetsAnArgumentTwiceIsASyntaxError() throws {
        let folder = try TemporaryDirectory()
        try folder.write("main.tf", TerraformWorkforceText.cognito(name: "var.v"))
        try folder.write("variables.tf", "variable \"v\" {}\n")
        try folder.write("terraform.tfvars", "v = \"zzTOP value\"\nv = \"zzTOPok\"\n")
        let run = try WFLintBinary.run(["--no-config", "main.tf", "terraform.tfvars"], in: folder.url)
        #expect(run.stdout == """
            terraform.tfvars:2:1: error: the argument was already set at 1:1; each argument may be set only once [WF001 syntax-error]
                2 | *************
                  | ^
            1 error in 1 file; 2 files checked

            """)
        #expect(run.status == 1)
        #expect(!(run.stdout + run.stderr).contains("zzTOP"))
    }

    /// `terraform plan -var-file=main.tf` reads `main.tf` as a definitions
    /// file, whose `variable` block Terraform refuses ("Blocks are not
    /// allowed here"): the run stops there (exit code 2), as for any
    /// `--var-file` Terraform refuses, and no WF505 says the file declares
    /// its own variables twice.
    @Test func aConfigurationFileGivenAsAVarFileStopsTheRunAtItsFirstBlock() throws {
        let folder = try TemporaryDirectory()
        try folder.write("main.tf", "variable \"cidr\" {\n  default = \"10.0.0.0/16\"\n}\n\n"
            + TerraformWorkforceText.cognito(cidrs: "[var.cidr]"))
        let run = try WFLintBinary.run(["--no-config", "--var-file", "main.tf", "main.tf"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "main.tf:1:1: error: unexpected block: a variable definitions file holds only arguments "
            + "(NAME = value); blocks are not allowed here\n")
    }

    /// Terraform reads a `-var-file` as JSON only when its name ends in
    /// `.json`, in lower case: `prod.Json` is native syntax and plans, and
    /// `prod.tfvars.JSON` holding JSON is refused ("Argument or block
    /// definition required"). wflint took any case as JSON: the first
    /// stopped the run (exit 2) and the second passed.
    @Test func aVarFileIsJSONOnlyWhenItsNameEndsInLowerCaseJSON() throws {
        let folder = try TemporaryDirectory()
        try folder.write("main.tf", "variable \"name\" {\n  default = \"labelers\"\n}\n" + TerraformWorkforceText.cognito(name: "var.name"))
        try folder.write("prod.Json", "name = \"labelers-prod\"\n")
        try folder.write("prod.tfvars.JSON", "{\"name\": \"labelers-prod\"}\n")
        let native = try WFLintBinary.run(["--no-config", "--var-file", "prod.Json", "main.tf"], in: folder.url)
        #expect(native.stdout == "no problems found; 1 file checked\n")
        #expect(native.status == 0)
        let json = try WFLintBinary.run(["--no-config", "--var-file", "prod.tfvars.JSON", "main.tf"], in: folder.url)
        #expect(json.stderr == "prod.tfvars.JSON:1:1: error: expected an attribute or block name, found a symbol\n")
        #expect(json.status == 2)
    }
}
