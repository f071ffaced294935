variable "project" {
  type = string
}

variable "environment" {
  type    = string
  default = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment is dev, staging or prod, not \"${var.environment}\"."
  }
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "queues" {
  type    = list(string)
  default = ["labeling-input", "labeling-output", "labeling-dlq"]
}

variable "queue_thresholds" {
  type = map(number)
  default = {
    ApproximateNumberOfMessagesVisible = 5000
    ApproximateAgeOfOldestMessage      = 3600
    NumberOfMessagesDeleted            = 1e6
    ApproximateNumberOfMessagesDelayed = 2.5E2
  }
}

variable "pager_topic_arns" {
  type    = list(string)
  default = []
}

variable "chat_topic_arns" {
  type    = list(string)
  default = []
}

variable "alarm_emails" {
  type      = list(string)
  default   = []
  sensitive = false
}

variable "labeling_job_names" {
  type    = list(string)
  default = []
}

variable "runbook_url" {
  type    = string
  default = "https://wiki.example.com/runbooks/labeling"
}

variable "dashboard_template" {
  type    = string
  default = null
}

variable "kms_key_id" {
  type    = string
  default = "alias/aws/sns"
}

variable "tags" {
  type    = map(string)
  default = {}
}
