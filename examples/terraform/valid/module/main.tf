# A module folder: every .tf file here is one module, whose variables and
# locals wflint resolves as Terraform does before plan. Values come from
# variables.tf (defaults), terraform.tfvars and labelers.auto.tfvars (which
# wins over terraform.tfvars), and locals.tf.
resource "aws_sagemaker_workforce" "labelers" {
  workforce_name = var.workforce_name

  cognito_config {
    client_id = var.cognito.client_id
    user_pool = var.cognito.user_pool
  }

  source_ip_config {
    cidrs = local.office_cidrs
  }

  workforce_vpc_config {
    vpc_id             = local.network.vpc_id
    security_group_ids = [local.network.security_group_id]
    subnets            = local.network.subnets
  }
}
