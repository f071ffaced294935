locals {
  idp = {
    issuer = "http://idp.example.com"
    secret = var.oidc_client_secret
  }
}
