data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.name
  dns_suffix = data.aws_partition.current.dns_suffix

  role_name_condition = var.role_name != null ? var.role_name : "${var.role_name_prefix}*"

  # Principals that may assume the role, grouped by kind; empty kinds are dropped.
  trusted_principals = {
    for kind, identifiers in {
      AWS       = var.trusted_role_arns
      Service   = var.trusted_role_services
      Federated = compact([var.oidc_provider_arn])
    } : kind => identifiers if length(identifiers) > 0
  }

  bucket_arns  = [for name in var.bucket_names : "arn:${local.partition}:s3:::${name}"]
  object_arns  = [for arn in local.bucket_arns : "${arn}/*"]
  managed_arns = toset(concat(var.role_policy_arns, var.attach_readonly_policy ? ["arn:${local.partition}:iam::aws:policy/ReadOnlyAccess"] : []))
}

data "aws_iam_policy_document" "assume_role" {
  count = var.create_role ? 1 : 0

  dynamic "statement" {
    for_each = local.trusted_principals

    content {
      sid     = "Trust${statement.key}"
      effect  = "Allow"
      actions = statement.key == "Federated" ? ["sts:AssumeRoleWithWebIdentity"] : ["sts:AssumeRole", "sts:TagSession"]

      principals {
        type        = statement.key
        identifiers = statement.value
      }

      dynamic "condition" {
        for_each = statement.key == "Federated" ? var.oidc_subjects : []
        content {
          test     = "StringLike"
          variable = "${replace(var.oidc_provider_url, "https://", "")}:sub"
          values   = [condition.value]
        }
      }

      dynamic "condition" {
        for_each = var.role_requires_mfa && statement.key == "AWS" ? [1] : []
        content {
          test     = "Bool"
          variable = "aws:MultiFactorAuthPresent"
          values   = ["true"]
        }
      }
    }
  }
}

resource "aws_iam_role" "this" {
  count = var.create_role ? 1 : 0

  name                  = var.role_name
  name_prefix           = var.role_name_prefix
  path                  = var.role_path
  max_session_duration  = var.max_session_duration
  description           = var.role_description
  force_detach_policies = var.force_detach_policies
  permissions_boundary  = var.role_permissions_boundary_arn
  assume_role_policy    = data.aws_iam_policy_document.assume_role[0].json

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "managed" {
  for_each = { for arn in local.managed_arns : basename(arn) => arn if var.create_role }

  role       = aws_iam_role.this[0].name
  policy_arn = each.value
}

# Inline policy written as a heredoc, the way many older modules still do it.
resource "aws_iam_policy" "logs" {
  count = var.create_role && var.attach_logs_policy ? 1 : 0

  name_prefix = "${var.role_name_prefix}logs-"
  description = "Lets ${local.role_name_condition} write its own log streams"
  policy      = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "CreateLogGroup",
      "Effect": "Allow",
      "Action": "logs:CreateLogGroup",
      "Resource": "arn:${local.partition}:logs:${local.region}:${local.account_id}:*"
    },
    {
      "Sid": "WriteLogStreams",
      "Effect": "Allow",
      "Action": [
        "logs:CreateLogStream",
        "logs:PutLogEvents"
      ],
      "Resource": [
        "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:/aws/sagemaker/*"
      ]
    }
  ]
}
EOF

  tags = var.tags
}

# The same kind of policy with an indented heredoc and template directives.
resource "aws_iam_policy" "buckets" {
  count = var.create_role && length(var.bucket_names) > 0 ? 1 : 0

  name_prefix = "${var.role_name_prefix}s3-"
  policy      = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "ListBuckets",
          "Effect": "Allow",
          "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
          "Resource": [
            %{~ for index, arn in local.bucket_arns ~}
            "${arn}"%{ if index < length(local.bucket_arns) - 1 },%{ endif }
            %{~ endfor ~}
          ]
        },
        {
          "Sid": "ReadWriteObjects",
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:PutObject"%{ if var.allow_delete }, "s3:DeleteObject"%{ endif }],
          "Resource": ${jsonencode(local.object_arns)}
        }
      ]
    }
  POLICY
}

resource "aws_iam_policy" "kms" {
  count = var.create_role && length(var.kms_key_arns) > 0 ? 1 : 0

  name_prefix = "${var.role_name_prefix}kms-"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "UseKeys"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"]
        Resource = var.kms_key_arns
        Condition = {
          StringEquals = {
            "kms:ViaService" = [for service in ["s3", "sagemaker"] : "${service}.${local.region}.${local.dns_suffix}"]
          }
        }
      },
    ]
  })
}

resource "aws_iam_policy" "templated" {
  for_each = var.policy_templates

  name = "${var.role_name}-${each.key}"
  policy = templatefile("${path.module}/policies/${each.value.file}", merge(each.value.vars, {
    account_id = local.account_id
    partition  = local.partition
    region     = local.region
  }))
}

resource "aws_iam_role_policy_attachment" "custom" {
  for_each = merge(
    { for key, policy in aws_iam_policy.templated : "templated-${key}" => policy.arn },
    var.attach_logs_policy ? { logs = aws_iam_policy.logs[0].arn } : {},
    length(aws_iam_policy.buckets) > 0 ? { buckets = one(aws_iam_policy.buckets[*].arn) } : {},
    { for index, policy in aws_iam_policy.kms : "kms-${index}" => policy.arn },
  )

  role       = aws_iam_role.this[0].name
  policy_arn = each.value
}

resource "aws_iam_instance_profile" "this" {
  count = var.create_role && var.create_instance_profile ? 1 : 0

  name = var.role_name
  path = var.role_path
  role = aws_iam_role.this[0].name

  lifecycle {
    create_before_destroy = true
  }
}

import {
  for_each = var.existing_role_names
  to       = aws_iam_role.imported[each.key]
  id       = each.value
}

resource "aws_iam_role" "imported" {
  for_each = var.existing_role_names

  name               = each.value
  assume_role_policy = data.aws_iam_policy_document.assume_role[0].json

  lifecycle {
    prevent_destroy = true
    ignore_changes  = [description, max_session_duration]
  }
}
