# A Cognito workforce whose source_ip_config is a dynamic block, written
# only when the variable lists office ranges. It is checked as one block
# from its content; its CIDRs come from the iterator, so they are not known
# and not checked.
variable "office_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/16", "192.168.10.0/24"]
}

resource "aws_sagemaker_workforce" "offices" {
  workforce_name = "offices"

  cognito_config {
    client_id = "1example23456789"
    user_pool = "us-east-1_abcDEF123"
  }

  dynamic "source_ip_config" {
    for_each = length(var.office_cidrs) > 0 ? [var.office_cidrs] : []
    content {
      cidrs = source_ip_config.value
    }
  }
}
