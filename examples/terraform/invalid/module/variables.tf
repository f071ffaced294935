variable "workforce_name" {
  type    = string
  default = "labelers"
}

# Feeds client_secret but is not declared sensitive = true (WF503).
variable "oidc_client_secret" {
  type = string
}

variable "office_cidrs" {
  type    = list(string)
  default = ["10.1.0.0/16"]
}

variable "extra_cidr" {
  type    = string
  default = "not a cidr"
}
