terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40, < 7.0"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Owner     = "ml-platform"
      ManagedBy = "terraform"
    }
  }
}

locals {
  use_oidc = var.idp.type == "oidc"
  cidrs    = sort(distinct(var.allowed_cidrs))
  issuer   = "https://${var.idp.domain}/oauth2/${var.idp.tenant}"
  endpoints = {
    authorization = "${local.issuer}/v1/authorize"
    token         = "${local.issuer}/v1/token"
    user_info     = "${local.issuer}/v1/userinfo"
    logout        = "${local.issuer}/v1/logout"
    jwks          = "${local.issuer}/v1/keys"
  }
  scope = join(" ", ["openid", "email", "profile"])
}

resource "aws_sagemaker_workforce" "main" {
  workforce_name = "${var.name}-${terraform.workspace}"

  dynamic "oidc_config" {
    for_each = local.use_oidc ? [1] : []
    content {
      authorization_endpoint = local.endpoints.authorization
      client_id              = var.idp.client_id
      client_secret          = var.idp_client_secret
      issuer                 = local.issuer
      jwks_uri               = local.endpoints.jwks
      logout_endpoint        = local.endpoints.logout
      token_endpoint         = local.endpoints.token
      user_info_endpoint     = local.endpoints.user_info
      scope                  = local.scope
      authentication_request_extra_params = {
        prompt = "login"
      }
    }
  }

  dynamic "cognito_config" {
    for_each = local.use_oidc ? [] : [1]
    content {
      client_id = aws_cognito_user_pool_client.labeling[0].id
      user_pool = aws_cognito_user_pool_domain.labeling[0].user_pool_id
    }
  }

  source_ip_config {
    cidrs = local.cidrs
  }

  workforce_vpc_config {
    security_group_ids = [aws_security_group.workforce.id]
    subnets            = module.network.private_subnets
    vpc_id             = module.network.vpc_id
  }
}

resource "aws_sagemaker_workteam" "labelers" {
  for_each = { for team in var.teams : team.name => team }

  workteam_name  = each.key
  workforce_name = aws_sagemaker_workforce.main.id
  description    = coalesce(each.value.description, "Labelers of ${each.key}")

  dynamic "member_definition" {
    for_each = each.value.groups
    content {
      oidc_member_definition {
        groups = [member_definition.value]
      }
    }
  }

  notification_configuration {
    notification_topic_arn = try(aws_sns_topic.labeling[each.key].arn, null)
  }
}

resource "aws_cognito_user_pool" "labeling" {
  count = local.use_oidc ? 0 : 1
  name  = "${var.name}-labelers"

  admin_create_user_config {
    allow_admin_create_user_only = true
    invite_message_template {
      email_subject = "Your labeling account"
      email_message = "Hello {username}, your temporary password is {####}."
      sms_message   = "Username {username}, password {####}"
    }
  }

  password_policy {
    minimum_length    = 14
    require_symbols   = true
    require_lowercase = true
  }
}

check "workforce_cidrs" {
  assert {
    condition     = length(local.cidrs) <= 10
    error_message = "At most 10 CIDRs: got ${length(local.cidrs)}."
  }
}

moved {
  from = aws_sagemaker_workforce.this
  to   = aws_sagemaker_workforce.main
}

import {
  to = aws_sagemaker_workforce.main
  id = "labeling"
}

output "subdomain" {
  value       = aws_sagemaker_workforce.main.subdomain
  description = "Sign-in URL host of the workforce"
}

output "team_arns" {
  value = { for name, team in aws_sagemaker_workteam.labelers : name => team.arn }
}

output "summary" {
  value = <<-EOT
    Workforce ${aws_sagemaker_workforce.main.workforce_name}
    %{ if local.use_oidc ~}
    Identity provider: ${local.issuer}
    %{ else ~}
    Cognito user pool: ${one(aws_cognito_user_pool.labeling[*].id)}
    %{ endif ~}
    CIDRs: ${join(", ", local.cidrs)}
  EOT
}

output "arn_region" {
  value = provider::aws::arn_parse(aws_sagemaker_workforce.main.arn).region
}
