# An OIDC workforce whose oidc_config is a dynamic block, checked as one
# block from its content: an "http://" issuer (WF111) and no
# logout_endpoint (WF110). The client id comes from the iterator and the
# secret from a sensitive variable without a value here: neither is known,
# and neither is checked.
variable "idp_client_secret" {
  type      = string
  sensitive = true
}

resource "aws_sagemaker_workforce" "dynamic" {
  workforce_name = "dynamic"

  dynamic "oidc_config" {
    for_each = { labelers = "labelers-client" }
    content {
      authorization_endpoint = "https://idp.example.com/authorize"
      client_id              = oidc_config.value
      client_secret          = var.idp_client_secret
      issuer                 = "http://idp.example.com"
      jwks_uri               = "https://idp.example.com/jwks"
      token_endpoint         = "https://idp.example.com/token"
      user_info_endpoint     = "https://idp.example.com/userinfo"
    }
  }
}
