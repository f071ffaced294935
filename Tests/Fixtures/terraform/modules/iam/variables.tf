variable "create_role" {
  description = "Whether to create a role"
  type        = bool
  default     = false
}

variable "role_name" {
  description = "IAM role name"
  type        = string
  default     = null
}

variable "role_name_prefix" {
  description = "IAM role name prefix"
  type        = string
  default     = null
}

variable "role_path" {
  description = "Path of IAM role"
  type        = string
  default     = "/"
}

variable "role_description" {
  description = "IAM Role description"
  type        = string
  default     = ""
}

variable "role_requires_mfa" {
  description = "Whether role requires MFA"
  type        = bool
  default     = true
}

variable "max_session_duration" {
  description = "Maximum CLI/API session duration in seconds between 3600 and 43200"
  type        = number
  default     = 3600

  validation {
    condition     = var.max_session_duration >= 3600 && var.max_session_duration <= 43200
    error_message = "The session lasts from one hour (3600) to twelve hours (43200)."
  }
}

variable "trusted_role_arns" {
  description = "ARNs of AWS entities who can assume these roles"
  type        = list(string)
  default     = []

  validation {
    condition = alltrue([
      for arn in var.trusted_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:(root|role/.+|user/.+)$", arn))
    ])
    error_message = "Every trusted ARN must be an account root, a role or a user ARN."
  }
}

variable "trusted_role_services" {
  description = "AWS Services that can assume these roles"
  type        = list(string)
  default     = []
}

variable "oidc_provider_arn" {
  description = "ARN of the OIDC provider trusted for web identity, or empty"
  type        = string
  default     = ""
}

variable "oidc_provider_url" {
  description = "URL of the OIDC provider"
  type        = string
  default     = ""
}

variable "oidc_subjects" {
  description = "The OIDC subjects allowed to assume the role"
  type        = list(string)
  default     = []
}

variable "role_policy_arns" {
  description = "List of ARNs of IAM policies to attach to IAM role"
  type        = list(string)
  default     = []
}

variable "attach_readonly_policy" {
  description = "Whether to attach a readonly policy to a role"
  type        = bool
  default     = false
}

variable "attach_logs_policy" {
  description = "Whether to attach the log streams policy"
  type        = bool
  default     = true
}

variable "allow_delete" {
  description = "Whether the bucket policy allows s3:DeleteObject"
  type        = bool
  default     = false
}

variable "bucket_names" {
  description = "Buckets the role reads and writes"
  type        = list(string)
  default     = []
}

variable "kms_key_arns" {
  description = "KMS keys the role may use"
  type        = list(string)
  default     = []
}

variable "policy_templates" {
  description = "Policies rendered from files under policies/, by name"
  type = map(object({
    file = string
    vars = optional(map(string), {})
  }))
  default = {}
}

variable "existing_role_names" {
  description = "Roles created outside Terraform to import, by key"
  type        = map(string)
  default     = {}
}

variable "create_instance_profile" {
  description = "Whether to create an instance profile"
  type        = bool
  default     = false
}

variable "force_detach_policies" {
  description = "Whether policies should be detached from this role when destroying"
  type        = bool
  default     = false
}

variable "role_permissions_boundary_arn" {
  description = "Permissions boundary ARN to use for IAM role"
  type        = string
  default     = ""
}

variable "tags" {
  description = "A map of tags to add to IAM role resources"
  type        = map(string)
  default     = {}
}
