output "iam_role_arn" {
  description = "ARN of IAM role"
  value       = try(aws_iam_role.this[0].arn, "")
}

output "iam_role_name" {
  description = "Name of IAM role"
  value       = try(aws_iam_role.this[0].name, "")
}

output "iam_role_unique_id" {
  description = "Unique ID of IAM role"
  value       = try(aws_iam_role.this[0].unique_id, "")
}

output "policy_arns" {
  description = "Every policy attached, by attachment key"
  value       = { for key, attachment in aws_iam_role_policy_attachment.custom : key => attachment.policy_arn }
}

output "imported_role_arns" {
  description = "ARNs of the imported roles"
  value       = values(aws_iam_role.imported)[*].arn
}

output "instance_profile" {
  description = "The instance profile, if one was created"
  value = var.create_instance_profile ? {
    arn  = aws_iam_instance_profile.this[0].arn
    name = aws_iam_instance_profile.this[0].name
  } : null
}
