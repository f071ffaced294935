import DocumentModel
import Foundation
import Testing
@testable import WFLintKit

/// Plan and state JSON (`terraform show -json`): every aws_sagemaker_workforce
/// checked as evaluated, unknown values never reported, sensitive ones never
/// shown, findings in the plan file with the resource's address.
@Suite struct TerraformPlanTests {
    static func lint(_ text: String, name: String = "plan.json", named: Bool = true) -> LintedSource {
        builtinLinter().lint(Array(text.utf8), as: LintInput(source: .file(name), displayName: name, isExplicit: named))
    }

    /// `line:col rule pointer [address] message` of every finding.
    static func findings(_ text: String, name: String = "plan.json") -> [String] {
        lint(text, name: name).findings.map {
            "\($0.range.start) \($0.ruleID) \($0.pointer) [\($0.logicalLocation ?? "-")] \($0.message)"
        }
    }

    /// A plan with one root-module workforce whose `values` are `values`
    /// (from line 7) and whose change marks `unknown` and `sensitive`.
    static func plan(_ values: String, unknown: String = "{}", sensitive: String = "{}") -> String {
        """
        {"format_version": "1.2", "terraform_version": "1.9.8",
         "planned_values": {"root_module": {"resources": [
          {"address": "aws_sagemaker_workforce.main", "mode": "managed", "type": "aws_sagemaker_workforce",
           "name": "main", "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
           "sensitive_values": \(sensitive),
           "values":
        \(values)}]}},
         "resource_changes": [{"address": "aws_sagemaker_workforce.main", "mode": "managed",
          "type": "aws_sagemaker_workforce", "name": "main",
          "change": {"actions": ["create"], "before": null, "after_unknown": \(unknown), "after_sensitive": \(sensitive)}}]}
        """
    }

    @Test func theExamplePlanPointsIntoTheFileWithTheResourcesAddress() throws {
        let text = try String(contentsOfFile: "examples/terraform/invalid/plan.json", encoding: .utf8)
        let v = "/planned_values/root_module/child_modules/0/resources/0/values"
        let address = "[module.labeling.aws_sagemaker_workforce.main[0]]"
        // No WF140 (a plan holds every secret as evaluated), no WF213 for the
        // security groups known only after apply, no WF501 for `arn`.
        #expect(Self.findings(text, name: "examples/terraform/invalid/plan.json") == [
            #"26:31 WF111 \#(v)/oidc_config/0/issuer \#(address) oidc_config.issuer "http://idp.example.com" must begin with "https://""#,
            #"29:30 WF121 \#(v)/oidc_config/0/scope \#(address) oidc_config.scope "email profile" lacks the token "openid", without which the provider issues no ID token"#,
            #"37:31 WF203 \#(v)/source_ip_config/0/cidrs/0 \#(address) CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16""#,
            #"43:33 WF211 \#(v)/workforce_vpc_config/0/subnets/0 \#(address) subnet id "subnet-1" is not "subnet-" followed by 8 or 17 lower-case hexadecimal digits"#,
        ])
        // The client secret, sensitive in the plan, is kept out of excerpts.
        let linted = Self.lint(text)
        #expect(linted.sensitiveRanges.map(\.start.description).contains("25:38"))
    }

    /// Every workforce of a plan is checked: each instance of a `count`, and
    /// those of child modules, with their own `after_unknown` marks; the
    /// state before the change (`prior_state`) is not.
    @Test func everyWorkforceOfAPlanIsChecked() {
        func resource(_ address: String, _ name: String, _ cidr: String) -> String {
            """
            {"address": "\(address)", "mode": "managed", "type": "aws_sagemaker_workforce", "name": "\(name)",
             "values": {"workforce_name": "\(name)", "cognito_config": [{"client_id": "c", "user_pool": "us-east-1_abcDEF123"}],
                        "source_ip_config": [{"cidrs": ["\(cidr)"]}]}}
            """
        }
        func change(_ address: String, _ unknown: String) -> String {
            #"{"address": "\#(address)", "change": {"actions": ["create"], "after_unknown": \#(unknown)}}"#
        }
        let text = """
            {"format_version": "1.2", "terraform_version": "1.9.8",
             "prior_state": {"format_version": "1.0", "values": {"root_module": {"resources": [
            \(resource("aws_sagemaker_workforce.old", "old", "10.9.0.1/16"))]}}},
             "planned_values": {"root_module": {"resources": [
            \(resource("aws_sagemaker_workforce.main[0]", "main", "10.0.0.1/16")),
            \(resource("aws_sagemaker_workforce.main[1]", "main", "10.1.0.1/16"))],
              "child_modules": [{"address": "module.m", "resources": [
            \(resource("module.m.aws_sagemaker_workforce.w", "w", "10.2.0.1/16"))]}]}},
             "resource_changes": [
              \(change("aws_sagemaker_workforce.main[0]", "{}")),
              \(change("aws_sagemaker_workforce.main[1]", #"{"source_ip_config": [{"cidrs": [true]}]}"#)),
              \(change("module.m.aws_sagemaker_workforce.w", "{}"))]}
            """
        let hostBits = "has host bits set; the block it allows is"
        #expect(Self.findings(text) == [
            #"9:45 WF203 /planned_values/root_module/resources/0/values/source_ip_config/0/cidrs/0 [aws_sagemaker_workforce.main[0]] CIDR "10.0.0.1/16" \#(hostBits) "10.0.0.0/16""#,
            #"16:45 WF203 /planned_values/root_module/child_modules/0/resources/0/values/source_ip_config/0/cidrs/0 [module.m.aws_sagemaker_workforce.w] CIDR "10.2.0.1/16" \#(hostBits) "10.2.0.0/16""#,
        ])
    }

    @Test func aValueKnownOnlyAfterApplyIsPresentButNeverChecked() {
        let values = """
            {"workforce_name": "labelers", "cognito_config": [{"client_id": "c"}],
             "source_ip_config": [{"cidrs": ["10.0.0.1/16", null]}]}
            """
        let unknown = #"{"cognito_config": [{"user_pool": true}], "source_ip_config": [{"cidrs": [false, true]}]}"#
        #expect(Self.findings(Self.plan(values, unknown: unknown)) == [
            #"8:34 WF203 /planned_values/root_module/resources/0/values/source_ip_config/0/cidrs/0 [aws_sagemaker_workforce.main] CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16""#,
        ])
        // Without the marks, the same values are a missing user pool and a null CIDR.
        #expect(Self.findings(Self.plan(values)).map { $0.split(separator: " ")[1] } == ["WF005", "WF203", "WF004"])
    }

    /// What the provider's Read writes for a workforce with no allow list and
    /// no OIDC scope (its acceptance tests: `source_ip_config.0.cidrs.# = 0`;
    /// `scope` is read as ""): no WF202 and no WF120 on every plan and state
    /// of such a workforce. The provider sends neither (`scope` only when it
    /// is not "", `source_ip_config` only when it changes).
    @Test func theProvidersReadingOfNoAllowListAndNoScopeIsNotChecked() {
        let endpoints = #""authorization_endpoint": "https://idp.example.com/a", "client_id": "c", "client_secret": "s", "issuer": "https://idp.example.com", "jwks_uri": "https://idp.example.com/j", "logout_endpoint": "https://idp.example.com/l", "token_endpoint": "https://idp.example.com/t", "user_info_endpoint": "https://idp.example.com/u""#
        func values(scope: String, cidrs: String) -> String {
            #"{"workforce_name": "labelers", "oidc_config": [{\#(endpoints), "scope": "\#(scope)", "authentication_request_extra_params": {}}], "source_ip_config": [{"cidrs": [\#(cidrs)]}]}"#
        }
        #expect(Self.findings(Self.plan(values(scope: "", cidrs: ""))) == [])
        // A scope with text, and an allow list with CIDRs, are checked as before.
        #expect(Self.findings(Self.plan(values(scope: "email", cidrs: #""10.0.0.1/16""#))).map {
            $0.split(separator: " ")[1]
        } == ["WF121", "WF203"])
    }

    @Test func aSensitiveValueIsNeverShown() {
        let values = #"{"workforce_name": "bad name!", "cognito_config": [{"client_id": "c", "user_pool": "us-east-1_abcDEF123"}]}"#
        let linted = Self.lint(Self.plan(values, sensitive: #"{"workforce_name": true}"#))
        #expect(linted.findings.map(\.ruleID) == ["WF007"])
        #expect(!linted.findings.contains { $0.message.contains("bad name!") })
        #expect(linted.sensitiveRanges.map(\.start.description) == ["7:20"])
    }

    /// `oidc_config` marked sensitive as a whole, as Terraform writes a block
    /// whose value is marked (`true`, or `[true]` for its one element): every
    /// value in it is sensitive, never shown in a message or an excerpt.
    @Test func aBlockMarkedSensitiveAsAWholeIsNeverShown() {
        let values = #"{"workforce_name": "labelers", "oidc_config": [{"authorization_endpoint": "https://idp.example.com/a", "client_id": "c", "client_secret": "s", "issuer": "http://idp.example.com", "jwks_uri": "https://idp.example.com/j", "logout_endpoint": "https://idp.example.com/l", "token_endpoint": "https://idp.example.com/t", "user_info_endpoint": "https://idp.example.com/u"}]}"#
        for mark in [#"{"oidc_config": true}"#, #"{"oidc_config": [true]}"#] {
            let linted = Self.lint(Self.plan(values, sensitive: mark))
            #expect(linted.findings.map(\.ruleID) == ["WF111"])
            #expect(!linted.findings.contains { $0.message.contains("idp.example.com") })
            // Each of the block's eight values, at its column on line 7.
            #expect(Set(linted.sensitiveRanges.map(\.start.description)) == [
                "7:75", "7:117", "7:139", "7:154", "7:192", "7:240", "7:287", "7:338",
            ])
        }
        // Marked value by value, only the secret is.
        let marked = Self.lint(Self.plan(values, sensitive: #"{"oidc_config": [{"client_secret": true}]}"#))
        #expect(marked.findings.map(\.message) == [#"oidc_config.issuer "http://idp.example.com" must begin with "https://""#])
        #expect(Set(marked.sensitiveRanges.map(\.start.description)) == ["7:139"])
    }

    /// The state of an imported OIDC workforce: DescribeWorkforce never
    /// returns the client secret, so the provider's Read writes `""` for it
    /// (its import test ignores `oidc_config.0.client_secret`). That is no
    /// secret too short (WF006) but one not known; a configuration cannot
    /// give `""` (the provider's StringLenBetween(1, 1024) refuses it).
    @Test func theEmptySecretOfAnImportedWorkforceIsNotChecked() {
        func values(secret: String) -> String {
            #"{"workforce_name": "labelers", "oidc_config": [{"authorization_endpoint": "https://idp.example.com/a", "client_id": "c", "client_secret": "\#(secret)", "issuer": "https://idp.example.com", "jwks_uri": "https://idp.example.com/j", "logout_endpoint": "https://idp.example.com/l", "token_endpoint": "https://idp.example.com/t", "user_info_endpoint": "https://idp.example.com/u", "scope": "", "authentication_request_extra_params": {}}]}"#
        }
        let sensitive = #"{"oidc_config": [{"client_secret": true}]}"#
        #expect(Self.findings(Self.plan(values(secret: ""), sensitive: sensitive)) == [])
        // A secret the state holds is checked as before.
        #expect(Self.findings(Self.plan(values(secret: String(repeating: "s", count: 1025)), sensitive: sensitive)) == [
            #"7:139 WF006 /planned_values/root_module/resources/0/values/oidc_config/0/client_secret [aws_sagemaker_workforce.main] "oidc_config.client_secret" must be between 1 and 1024 characters long, got 1025"#,
        ])
    }

    @Test func aStateIsReadFromItsValuesAndAPlanWithoutAWorkforceIsNoDocument() {
        let state = """
            {"format_version": "1.0", "terraform_version": "1.9.8", "values": {"root_module": {"child_modules": [
              {"address": "module.a", "child_modules": [{"address": "module.a.module.b", "resources": [
                {"address": "module.a.module.b.aws_sagemaker_workforce.w[\\"x\\"]", "mode": "managed",
                 "type": "aws_sagemaker_workforce", "name": "w", "index": "x",
                 "values": {"workforce_name": "w", "arn": "arn:aws:sagemaker:us-east-1:1:workforce/w", "id": "w",
                            "cognito_config": [{"client_id": "c", "user_pool": "us-east-1_abcDEF123"}],
                            "source_ip_config": [{"cidrs": ["0.0.0.0/0"]}]},
                 "sensitive_values": {}}]}]}]}}}
            """
        #expect(Self.findings(state) == [
            #"7:49 WF205 /values/root_module/child_modules/0/child_modules/0/resources/0/values/source_ip_config/0/cidrs/0 [module.a.module.b.aws_sagemaker_workforce.w["x"]] CIDR "0.0.0.0/0" allows every address; the allow list then restricts nothing"#,
        ])
        let empty = #"{"format_version": "1.2", "terraform_version": "1.9.8", "planned_values": {"root_module": {}}}"#
        #expect(Self.findings(empty) == [
            #"1:1 WF000  [-] not a workforce document: the Terraform plan or state has no resource "aws_sagemaker_workforce""#,
        ])
        #expect(Self.lint(empty, named: false).findings.isEmpty)
        // A document that only mentions the keys deeper down is not a plan.
        let request = #"{"WorkforceName": "w", "Tags": [{"Key": "terraform_version", "Value": "format_version"}]}"#
        #expect(Self.findings(request).map { $0.split(separator: " ")[1] } == ["WF102"])
    }
}
