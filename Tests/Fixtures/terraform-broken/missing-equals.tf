resource "aws_sagemaker_workforce" "main" {
  workforce_name "labelers"
}
