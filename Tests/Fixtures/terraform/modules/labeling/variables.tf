variable "teams" {
  description = "Work teams of the private workforce, each with the IdP groups it takes"
  type = list(object({
    name        = string
    description = optional(string, "A labeling team")
    groups      = list(string)
    notify      = optional(bool, true)
  }))
  default = [
    { name = "annotators", groups = ["Labeling-Annotators"] },
    { name = "reviewers", groups = ["Labeling-Reviewers", "labeling-reviewers"], notify = false },
  ]

  validation {
    condition     = length(var.teams) == length(distinct(var.teams[*].name))
    error_message = "Team names must be unique."
  }
}
