variable "workforce_name" {
  type    = string
  default = "labelers"
}

variable "cognito" {
  type = object({ client_id = string, user_pool = string })
}

variable "office_cidrs" {
  type    = list(string)
  default = ["203.0.113.0/24"]
}

variable "vpc_id" {
  type = string
}
