# A labeling platform: the private workforce, its network and its work teams.
# Written in the style of a module that wraps aws_sagemaker_workforce.

data "aws_vpc" "labeling" {
  tags = { Name = "labeling" }
}

data "aws_subnets" "private" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.labeling.id]
  }

  tags = { Tier = "private" }
}

data "aws_secretsmanager_secret_version" "idp" {
  secret_id = "labeling/idp-client"
}

locals {
  idp = jsondecode(data.aws_secretsmanager_secret_version.idp.secret_string)

  teams = {
    for team in var.teams : team.name => merge(team, {
      groups = distinct([for group in team.groups : lower(group)])
    })
  }
}

resource "aws_security_group" "workers" {
  name_prefix = "labeling-workers-"
  vpc_id      = data.aws_vpc.labeling.id

  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_sagemaker_workforce" "labeling" {
  workforce_name = "labeling-private"

  oidc_config {
    authorization_endpoint = "https://login.example.com/oauth2/v1/authorize"
    client_id              = local.idp.client_id
    client_secret          = local.idp.client_secret
    issuer                 = "https://login.example.com"
    jwks_uri               = "https://login.example.com/oauth2/v1/keys"
    logout_endpoint        = "https://login.example.com/oauth2/v1/logout"
    token_endpoint         = "https://login.example.com/oauth2/v1/token"
    user_info_endpoint     = "https://login.example.com/oauth2/v1/userinfo"
    scope                  = "openid email profile"
  }

  source_ip_config {
    cidrs = [
      "203.0.113.0/24",
      "198.51.100.17/28", # the office range, written with its host bits
      data.aws_vpc.labeling.cidr_block,
    ]
  }

  workforce_vpc_config {
    security_group_ids = [aws_security_group.workers.id]
    subnets            = slice(sort(data.aws_subnets.private.ids), 0, 2)
    vpc_id             = data.aws_vpc.labeling.id
  }

  lifecycle {
    ignore_changes = [oidc_config[0].client_secret]
  }
}

resource "aws_sagemaker_workteam" "this" {
  for_each = local.teams

  workteam_name  = each.key
  workforce_name = aws_sagemaker_workforce.labeling.id
  description    = each.value.description

  member_definition {
    oidc_member_definition {
      groups = each.value.groups
    }
  }

  dynamic "notification_configuration" {
    for_each = each.value.notify ? [aws_sns_topic.tasks.arn] : []
    content {
      notification_topic_arn = notification_configuration.value
    }
  }
}

resource "aws_sns_topic" "tasks" {
  name = "labeling-tasks"
}
