# A Cognito workforce with literal values, restricted to two office ranges.
resource "aws_sagemaker_workforce" "labelers" {
  workforce_name = "labelers"

  cognito_config {
    client_id = "1example23456789"
    user_pool = "us-east-1_abcDEF123"
  }

  source_ip_config {
    cidrs = ["10.0.0.0/16", "192.168.10.0/24"]
  }
}
