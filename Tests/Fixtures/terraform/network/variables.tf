variable "name" {
  description = "Name to be used on all the resources as identifier"
  type        = string
  default     = ""
}

variable "cidr" {
  description = "(Optional) The IPv4 CIDR block for the VPC. CIDR can be explicitly set or it can be derived from IPAM using `ipv4_netmask_length` & `ipv4_ipam_pool_id`"
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr, 0))
    error_message = "The cidr must be a valid IPv4 CIDR block, such as \"10.0.0.0/16\"."
  }
}

variable "azs" {
  description = "A list of availability zones names or ids in the region"
  type        = list(string)
  default     = []
}

variable "public_subnets" {
  type    = list(string)
  default = ["10.0.101.0/24", "10.0.102.0/24", "10.0.103.0/24"]
}

variable "private_subnets" {
  type = list(string)
  default = [
    "10.0.1.0/24",
    "10.0.2.0/24",
    "10.0.3.0/24",
  ]
}

variable "route_tables" {
  description = <<-EOT
    Route tables by key. Each holds a list of routes:
      destination    - the CIDR block
      nat_gateway_id - (optional) a NAT gateway
  EOT
  type = map(object({
    routes = list(object({
      destination    = string
      nat_gateway_id = optional(string)
    }))
  }))
  default = {}
}

variable "endpoint_ingress_rules" {
  type = list(object({
    from_port   = number
    to_port     = number
    protocol    = string
    description = optional(string, "managed by Terraform")
  }))
  default = [
    { from_port = 443, to_port = 443, protocol = "tcp", cidr_blocks = "10.0.0.0/8" },
  ]
}

variable "single_nat_gateway" {
  type    = bool
  default = false
}

variable "one_nat_gateway_per_az" {
  type    = bool
  default = false
}

variable "tags" {
  description = "A map of tags to add to all resources"
  type        = map(string)
  default = {
    Terraform   = "true"
    Environment = "dev"
    "cost:team" = "ml-platform"
  }
}

variable "putin_khuylo" {
  type     = bool
  default  = true
  nullable = false
}

variable "ratio" {
  type      = number
  default   = -0.5
  sensitive = false
}
