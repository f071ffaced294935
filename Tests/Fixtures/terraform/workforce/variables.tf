variable "name" {
  type = string
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "idp" {
  type = object({
    type      = string
    domain    = string
    tenant    = string
    client_id = string
  })
}

variable "idp_client_secret" {
  type      = string
  sensitive = true
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]

  validation {
    condition     = alltrue([for c in var.allowed_cidrs : can(cidrnetmask(c))])
    error_message = "Every entry must be an IPv4 CIDR block."
  }
}

variable "teams" {
  type = list(object({
    name        = string
    description = optional(string)
    groups      = list(string)
  }))
  default = []
}
