# An override file: Terraform merges each block into the block of the same
# header in the module's other files. This workforce_vpc_config is added to
# aws_sagemaker_workforce.labelers of main.tf, and its findings are shown
# here, where it is written.
resource "aws_sagemaker_workforce" "labelers" {
  workforce_vpc_config {
    vpc_id             = "vpc-0123456789abcdef0"
    security_group_ids = ["0123456789abcdef0"]
    subnets            = ["subnet-0123456789abcdef0"]
  }
}

# A misspelt name: there is nothing to override (WF504).
resource "aws_sagemaker_workforce" "labeller" {
  workforce_name = "labelers"
}
