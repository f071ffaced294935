/// The Cognito workforce the Terraform tests lint, in HCL: resource
/// `aws_sagemaker_workforce` (`main` unless told), its `workforce_name` and a
/// `cognito_config` (lines 1 to 6), then the blocks asked for. Tests pin
/// findings at its lines and columns, so what it writes does not change.
enum TerraformWorkforceText {
    /// The resource named `label`; `workforce_name = name`; the Cognito user
    /// pool `userPool` (an HCL expression, as `name` is); a
    /// `source_ip_config` whose `cidrs` is `cidrs`, then a
    /// `workforce_vpc_config` whose `vpc_id` is `vpcID`, each only when
    /// given; `rest` (whole lines) before the closing brace.
    static func cognito(
        label: String = "main", name: String = "\"labelers\"", userPool: String = "\"us-east-1_abcDEF123\"",
        cidrs: String? = nil, vpcID: String? = nil, rest: String = ""
    ) -> String {
        var text = """
            resource "aws_sagemaker_workforce" "\(label)" {
              workforce_name = \(name)
              cognito_config {
                client_id = "c"
                user_pool = \(userPool)
              }

            """
        if let cidrs {
            text += """
                  source_ip_config {
                    cidrs = \(cidrs)
                  }

                """
        }
        if let vpcID {
            text += """
                  workforce_vpc_config {
                    vpc_id             = \(vpcID)
                    security_group_ids = ["sg-0123456789abcdef0"]
                    subnets            = ["subnet-0123456789abcdef0"]
                  }

                """
        }
        return text + rest + "}\n"
    }

    /// An OIDC workforce: the resource named `label`, `workforce_name =
    /// name`, and an `oidc_config` whose `client_secret` is `clientSecret`
    /// (HCL expressions), its endpoints HTTPS URLs of idp.example.com, then
    /// `extra` (whole lines, from line 12) before its closing brace.
    static func oidc(label: String = "main", name: String = "\"labelers\"", clientSecret: String, extra: String = "") -> String {
        """
        resource "aws_sagemaker_workforce" "\(label)" {
          workforce_name = \(name)
          oidc_config {
            authorization_endpoint = "https://idp.example.com/auth"
            client_id              = "id"
            client_secret          = \(clientSecret)
            issuer                 = "https://idp.example.com"
            jwks_uri               = "https://idp.example.com/jwks"
            logout_endpoint        = "https://idp.example.com/logout"
            token_endpoint         = "https://idp.example.com/token"
            user_info_endpoint     = "https://idp.example.com/userinfo"
        \(extra)  }
        }

        """
    }

    /// The same workforce's members in `.tf.json` syntax, for
    /// `TerraformJSONSyntaxTests.resource`: `clientSecret` is a JSON string's
    /// text, and `extra` (members, from the body's line 11) follows
    /// `user_info_endpoint` inside `oidc_config`.
    static func oidcJSON(clientSecret: String, extra: String = "") -> String {
        """
        "workforce_name": "labelers",
        "oidc_config": {
          "authorization_endpoint": "https://idp.example.com/auth",
          "client_id": "id",
          "client_secret": "\(clientSecret)",
          "issuer": "https://idp.example.com",
          "jwks_uri": "https://idp.example.com/jwks",
          "logout_endpoint": "https://idp.example.com/logout",
          "token_endpoint": "https://idp.example.com/token",
          "user_info_endpoint": "https://idp.example.com/userinfo"\(extra.isEmpty ? "" : ",\n" + extra)
        }
        """
    }
}
