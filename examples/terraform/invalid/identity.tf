# An OIDC workforce with an http:// issuer (WF111), no logout endpoint
# (WF110), a client secret committed as a literal (WF140), a comma in the
# scope (WF123), and the computed `arn` set (WF501).
resource "aws_sagemaker_workforce" "identity" {
  workforce_name = "labelers"
  arn            = "arn:aws:sagemaker:us-east-1:123456789012:workforce/labelers"

  oidc_config {
    authorization_endpoint = "https://idp.example.com/authorize"
    client_id              = "labelers"
    client_secret          = "s3cr3t-value"
    issuer                 = "http://idp.example.com"
    jwks_uri               = "https://idp.example.com/jwks"
    token_endpoint         = "https://idp.example.com/token"
    user_info_endpoint     = "https://idp.example.com/userinfo"
    scope                  = "openid,email"
  }
}
