# A module folder with defects in values that come from elsewhere: each
# finding points at the value where it is written (variables.tf, a tfvars
# file, locals.tf), with a note where this resource uses it.
resource "aws_sagemaker_workforce" "labelers" {
  workforce_name = var.workforce_name

  oidc_config {
    authorization_endpoint = "https://idp.example.com/oauth2/authorize"
    client_id              = "wflint-example"
    client_secret          = local.idp.secret
    issuer                 = local.idp.issuer
    jwks_uri               = "https://idp.example.com/oauth2/keys"
    logout_endpoint        = "https://idp.example.com/logout"
    token_endpoint         = "https://idp.example.com/oauth2/token"
    user_info_endpoint     = "https://idp.example.com/oauth2/userinfo"
  }

  source_ip_config {
    cidrs = [var.office_cidrs[0], "10.0.0.0/8", upper(var.extra_cidr)]
  }
}
