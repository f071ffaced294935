output "workforce_arn" {
  value = aws_sagemaker_workforce.labeling.arn
}

output "subdomain" {
  value = aws_sagemaker_workforce.labeling.subdomain
}

output "team_arns" {
  value = { for name, team in aws_sagemaker_workteam.this : name => team.arn }
}
