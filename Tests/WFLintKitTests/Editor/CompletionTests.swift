import DocumentModel
import Testing
@testable import WFLintKit

/// Completion from the shapes at the cursor, in text that need not parse.
@Suite struct CompletionTests {
    static func labels(_ text: String, name: String = "team.yaml", at line: Int, _ column: Int) -> [String] {
        items(text, name: name, at: line, column).map(\.label)
    }

    static func items(_ text: String, name: String = "team.yaml", at line: Int, _ column: Int) -> [CompletionItem] {
        Completion.items(at: SourcePosition(line: line, column: column), in: Array(text.utf8), path: name)
    }

    @Test func yamlMembersNotYetWrittenWithWhatFollowsThem() {
        let text = "WorkforceName: w\nCognitoConfig:\n  UserPool: p\n  \n"
        #expect(Self.items(text, at: 4, 3) == [
            CompletionItem(label: "ClientId", kind: .member, detail: "string", insertText: "ClientId: ")
        ])
        let top = Self.items(text, at: 5, 1)
        #expect(top.map(\.label) == ["OidcConfig", "SourceIpConfig", "Tags", "WorkforceVpcConfig", "IpAddressType"])
        #expect(top.map(\.insertText) == ["OidcConfig:", "SourceIpConfig:", "Tags:", "WorkforceVpcConfig:", "IpAddressType: "])
    }

    @Test func yamlWhileTypingInAListItemOfADocumentThatDoesNotParse() {
        // Line 3 is half a key, and the document does not parse.
        let text = "WorkforceName: w\nTags:\n  - Key: a\n    Va\n  - [\n"
        #expect(Self.labels(text, at: 4, 7) == ["Value"])
        // A new item's first key: both members.
        #expect(Self.labels("WorkforceName: w\nTags:\n  - Key: a\n    Value: b\n  - \n", at: 5, 5) == ["Key", "Value"])
    }

    @Test func yamlEnumValues() {
        let text = "WorkforceName: w\nIpAddressType: \nCognitoConfig: {UserPool: p, ClientId: c}\n"
        #expect(Self.items(text, at: 2, 16) == [
            CompletionItem(label: "ipv4", kind: .enumValue, detail: "string", insertText: "ipv4"),
            CompletionItem(label: "dualstack", kind: .enumValue, detail: "string", insertText: "dualstack"),
        ])
        // A value with no enum, and a document of no kind: nothing.
        #expect(Self.labels(text, at: 1, 16).isEmpty)
        #expect(Self.labels("name: x\n\n", at: 2, 1).isEmpty)
    }

    @Test func yamlDocumentsOfAStreamHaveTheirOwnKind() {
        let text = "Workforces:\n  - WorkforceName: w\n---\nWorkforceName: w\nCognitoConfig:\n  \n"
        #expect(Self.labels(text, at: 6, 3) == ["UserPool", "ClientId"])
        // The first document is a ListWorkforces response: its items are Workforces.
        #expect(Self.labels(text, at: 2, 5).prefix(3) == ["WorkforceName", "WorkforceArn", "LastUpdatedDate"])
    }

    @Test func jsonKeysQuotedOrInsideTheirQuote() {
        let text = #"{"WorkforceName": "w", "CognitoConfig": {"UserPool": "p", }, "#
        #expect(Self.items(text, name: "t.json", at: 1, 59) == [
            CompletionItem(label: "ClientId", kind: .member, detail: "string", insertText: #""ClientId": "#)
        ])
        let open = #"{"WorkforceName": "w", "CognitoConfig": {"Cl"#
        #expect(Self.items(open, name: "t.json", at: 1, 45).map(\.insertText) == ["UserPool", "ClientId"])
        let value = #"{"SortBy": "#
        #expect(Self.items(value, name: "t.json", at: 1, 12).map(\.insertText) == [])
        #expect(Completion.items(
            at: SourcePosition(line: 1, column: 12), in: Array(value.utf8), path: "t.json", operation: .listWorkforces
        ).map(\.insertText) == [#""Name""#, #""CreateDate""#])
    }

    @Test func terraformArgumentsAndBlocksOfTheResource() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers" # a { in a comment
              description = <<EOT
            } not a brace
            EOT
              oidc_config {
                issuer = "https://idp.example.com"
                cl
              }
              
            }
            resource "aws_s3_bucket" "b" {
              
            }

            """
        #expect(Self.labels(text, name: "main.tf", at: 8, 7) == [
            "authorization_endpoint", "client_id", "client_secret", "jwks_uri", "logout_endpoint", "token_endpoint",
            "user_info_endpoint", "scope", "authentication_request_extra_params",
        ])
        #expect(Self.items(text, name: "main.tf", at: 10, 3) == [
            CompletionItem(label: "cognito_config", kind: .block, detail: "block, the API member CognitoConfig", insertText: "cognito_config {"),
            CompletionItem(label: "source_ip_config", kind: .block, detail: "block, the API member SourceIpConfig", insertText: "source_ip_config {"),
            CompletionItem(label: "workforce_vpc_config", kind: .block, detail: "block, the API member WorkforceVpcConfig", insertText: "workforce_vpc_config {"),
        ])
        // After `=`, and in another resource: nothing.
        #expect(Self.labels(text, name: "main.tf", at: 7, 14).isEmpty)
        #expect(Self.labels(text, name: "main.tf", at: 13, 3).isEmpty)
    }

    /// Terraform's JSON syntax: the same names as JSON keys, in a workforce
    /// resource's object or a nested block's (an object, or one in a list).
    @Test func terraformJSONArgumentsAndBlocksAsKeys() {
        let text = """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "labelers",
              "oidc_config": [{"issuer": "https://idp.example.com", }],
              
            }}, "aws_s3_bucket": {"b": { }}}}
            """
        #expect(Self.labels(text, name: "cdk.tf.json", at: 3, 57) == [
            "authorization_endpoint", "client_id", "client_secret", "jwks_uri", "logout_endpoint", "token_endpoint",
            "user_info_endpoint", "scope", "authentication_request_extra_params",
        ])
        #expect(Self.items(text, name: "cdk.tf.json", at: 4, 3) == [
            CompletionItem(label: "cognito_config", kind: .block, detail: "block, the API member CognitoConfig", insertText: #""cognito_config": {"#),
            CompletionItem(label: "source_ip_config", kind: .block, detail: "block, the API member SourceIpConfig", insertText: #""source_ip_config": {"#),
            CompletionItem(label: "workforce_vpc_config", kind: .block, detail: "block, the API member WorkforceVpcConfig", insertText: #""workforce_vpc_config": {"#),
        ])
        // Inside an open string the quotes are there already.
        let typing = #"{"resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "w", "cog"}}}}"#
        #expect(Self.items(typing, name: "main.tf.json", at: 1, 79).map(\.insertText) == [
            "cognito_config", "oidc_config", "source_ip_config", "workforce_vpc_config",
        ])
        // A value, the resource's name, another resource, a .tfvars.json: nothing.
        #expect(Self.labels(text, name: "cdk.tf.json", at: 2, 22).isEmpty)
        #expect(Self.labels(text, name: "cdk.tf.json", at: 1, 44).isEmpty)
        #expect(Self.labels(text, name: "cdk.tf.json", at: 5, 29).isEmpty)
        #expect(Self.labels(text, name: "x.tfvars.json", at: 4, 3).isEmpty)
    }
}
