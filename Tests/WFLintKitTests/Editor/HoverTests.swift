import DocumentModel
import Testing
@testable import WFLintKit

/// Hover: a rule's `explain` text over its finding, a member's
/// documentation over a key (Terraform's names in a `.tf` file).
@Suite struct HoverTests {
    static func hover(_ text: String, name: String = "team.yaml", at line: Int, _ column: Int) -> String? {
        let bytes = Array(text.utf8)
        let linted = builtinLinter().lint(bytes, as: editorInput(name))
        return Hover.markdown(
            at: SourcePosition(line: line, column: column), in: bytes, as: editorInput(name), findings: linted.findings,
            ruleSet: RuleSet.builtin())
    }

    @Test func overAFindingTheRulesExplainText() throws {
        let text = CodeActionTests.request()
        let hover = try #require(Self.hover(text, at: 5, 12))
        let rule = try #require(RuleSet.builtin().rule("WF203"))
        #expect(hover == "```text\n" + RuleCatalogText.explain(rule).trimmedTrailingNewlines + "\n```")
        #expect(hover.hasPrefix("```text\nWF203 cidr-host-bits (warning)\n"))
    }

    @Test func overAKeyTheMembersTypeRequiredDocumentationAndConstraints() {
        let text = CodeActionTests.request()
        #expect(Self.hover(text, at: 1, 3) == """
            **WorkforceName**: string, required

            The name of the private workforce.

            Member `WorkforceName` of `CreateWorkforceRequest` (shape `WorkforceName`).

            - length: 1 to 63
            - pattern: `[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}`
            """)
        // A key in a flow mapping, and one in a list's item.
        #expect(Self.hover(text, at: 2, 45) == """
            **ClientId**: string, required

            The client ID for your Amazon Cognito user pool.

            Member `ClientId` of `CognitoConfig` (shape `ClientId`).

            - length: 1 to 1024
            - pattern: `[ -~]+`
            """)
        #expect(Self.hover(text, at: 4, 3) == """
            **Cidrs**: list of string, required

            A list of one to ten Classless Inter-Domain Routing (CIDR) values.

            Member `Cidrs` of `SourceIpConfig` (shape `Cidrs`).

            - entries: 1 to 10
            """)
    }

    /// Columns count Unicode scalars: an astral character before the key is one.
    @Test func aKeyAfterNonASCIIText() {
        let text = "WorkforceName: w\nCognitoConfig: {UserPool: \"us-east-1_p😀é\", ClientId: c}\n"
        #expect(Self.hover(text, at: 2, 44)?.hasPrefix("**ClientId**: string, required") == true)
        #expect(Self.hover(text, at: 2, 43) == nil)
    }

    @Test func enumsSensitiveMembersAndJSON() {
        let json = #"{"Workforce": {"WorkforceName": "w", "Status": "Active"}, "Extra": 1}"#
        #expect(Self.hover(json, name: "r.json", at: 1, 41) == """
            **Status**: string, optional

            The status of your workforce.

            Member `Status` of `Workforce` (shape `WorkforceStatus`).

            - one of `Initializing`, `Updating`, `Deleting`, `Failed`, `Active`
            """)
        let oidc = "WorkforceName: w\nOidcConfig:\n  ClientSecret: x\n"
        #expect(Self.hover(oidc, at: 3, 4)?.hasSuffix("- sensitive: wflint never shows its value") == true)
    }

    @Test func nothingOverAValueOrAnUnknownKeyOrANonWorkforceDocument() {
        let text = CodeActionTests.request()
        #expect(Self.hover(text, at: 1, 20) == nil)
        #expect(Self.hover("name: x\nversion: 2\n", at: 1, 2) == nil)
    }

    /// Over `issuer` of a resource's `oidc_config`, in `.tf` and `.tf.json`.
    static var issuerHover: String {
        """
            **oidc_config.issuer**: string, required

            The OIDC IdP issuer used to configure your private workforce.

            Member `Issuer` of `OidcConfig` (shape `OidcEndpoint`).

            - length: 0 to 500
            - pattern: `https://\\S+`

            Terraform string; the API member `OidcConfig.Issuer`.
            """
    }

    @Test func terraformNamesWithTheirMember() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              oidc_config {
                issuer = var.issuer
              }
            }

            """
        #expect(Self.hover(text, name: "main.tf", at: 4, 6) == Self.issuerHover)
        #expect(Self.hover(text, name: "main.tf", at: 3, 4)?.hasSuffix("Terraform block, at most 1; the API member `OidcConfig`.") == true)
        #expect(Self.hover(text, name: "main.tf", at: 1, 3) == nil)
    }

    /// Terraform's JSON syntax: a key of the resource's object, or of a
    /// block's object in a list, is the member it is, as in a `.tf` file.
    @Test func terraformJSONKeysWithTheirMember() {
        let text = """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "labelers",
              "oidc_config": [{"issuer": "https://idp.example.com"}]
            }}}}
            """
        #expect(Self.hover(text, name: "cdk.tf.json", at: 3, 22) == Self.issuerHover)
        #expect(Self.hover(text, name: "cdk.tf.json", at: 3, 5)?.hasSuffix("Terraform block, at most 1; the API member `OidcConfig`.") == true)
        #expect(Self.hover(text, name: "cdk.tf.json", at: 2, 5)?.hasPrefix("**workforce_name**: string, required\n\nThe name of the private workforce.") == true)
        // The resource's name, a value, a .tfvars.json: nothing.
        #expect(Self.hover(text, name: "cdk.tf.json", at: 1, 45) == nil)
        #expect(Self.hover(text, name: "cdk.tf.json", at: 2, 25) == nil)
        #expect(Self.hover(text, name: "x.tfvars.json", at: 3, 22) == nil)
    }
}
