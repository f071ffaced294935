# A Cognito workforce with an invalid CIDR (WF201), host bits (WF203), a
# range another covers (WF204), a CIDR list given twice (WF502), a security
# group without "sg-" (WF210) and a mistyped block (WF003). The CIDR from a
# variable is not known, and not checked; the list still counts it.
resource "aws_sagemaker_workforce" "network" {
  workforce_name = "labelers"

  cognito_config {
    client_id = "1example23456789"
    user_pool = "us-east-1_abcDEF123"
  }

  source_ip_config {
    cidrs = ["10.0.0.0/8", "10.1.0.0/16", "192.168.0.1/24", var.office_cidr, "10.300.0.0/16"]
  }

  source_ip_config {
    cidrs = ["172.16.0.0/12"]
  }

  workforce_vpc_config {
    vpc_id             = "vpc-0123456789abcdef0"
    security_group_ids = ["default"]
    subnets            = ["subnet-0123456789abcdef0"]
  }

  source_ip_confg {
  }
}

variable "office_cidr" {
  type = string
}
