# An OIDC workforce in a VPC. The client secret and the subnets come from
# variables without a value in this folder (they come from outside it, as a
# secret should): values wflint cannot know are never checked and never
# reported. Meta-arguments are not members.
variable "oidc_client_secret" {
  type      = string
  sensitive = true
}

variable "private_subnets" {
  type = list(string)
}

resource "aws_sagemaker_workforce" "oidc" {
  count          = 1
  workforce_name = "oidc-labelers"

  oidc_config {
    authorization_endpoint = "https://idp.example.com/oauth2/authorize"
    client_id              = "wflint-example"
    client_secret          = var.oidc_client_secret
    issuer                 = "https://idp.example.com"
    jwks_uri               = "https://idp.example.com/oauth2/keys"
    logout_endpoint        = "https://idp.example.com/logout"
    token_endpoint         = "https://idp.example.com/oauth2/token"
    user_info_endpoint     = "https://idp.example.com/oauth2/userinfo"
    scope                  = "openid email profile"
  }

  workforce_vpc_config {
    vpc_id             = "vpc-0123456789abcdef0"
    security_group_ids = ["sg-0123456789abcdef0"]
    subnets            = var.private_subnets
  }

  lifecycle {
    prevent_destroy = true
  }
}
