// IAM for the labeling workforce: heredoc policies, jsonencode, policy
// documents with dynamic statements, templatefile.

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account_id  = data.aws_caller_identity.current.account_id
  partition   = data.aws_partition.current.partition
  bucket_arns = [for b in var.buckets : "arn:${local.partition}:s3:::${b}"]
  object_arns = formatlist("%s/*", local.bucket_arns)
}

resource "aws_iam_role" "labeling" {
  name = "${var.name}-labeling"
  path = "/service-role/"

  assume_role_policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "sagemaker.amazonaws.com" },
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": { "aws:SourceAccount": "${local.account_id}" }
      }
    }
  ]
}
EOF

  max_session_duration = 3600
  tags                 = var.tags
}

resource "aws_iam_role_policy" "labeling" {
  name = "labeling-data"
  role = aws_iam_role.labeling.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadWriteLabelingData"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]
        Resource = concat(local.bucket_arns, local.object_arns)
      },
      {
        Sid    = "KMS"
        Effect = "Allow"
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey*",
        ]
        Resource = var.kms_key_arn != null ? [var.kms_key_arn] : ["*"]
        Condition = {
          StringLike = {
            "kms:ViaService" = "s3.*.amazonaws.com"
          }
        }
      },
    ]
  })
}

data "aws_iam_policy_document" "workteam" {
  statement {
    sid       = "CognitoRead"
    effect    = "Allow"
    actions   = ["cognito-idp:DescribeUserPool", "cognito-idp:ListUsers"]
    resources = ["arn:${local.partition}:cognito-idp:*:${local.account_id}:userpool/*"]
  }

  dynamic "statement" {
    for_each = var.extra_statements
    content {
      sid       = statement.key
      actions   = statement.value.actions
      resources = statement.value.resources

      dynamic "condition" {
        for_each = lookup(statement.value, "conditions", [])
        content {
          test     = condition.value.test
          variable = condition.value.variable
          values   = condition.value.values
        }
      }
    }
  }
}

resource "aws_iam_policy" "boundary" {
  name = "${var.name}-boundary"
  policy = templatefile("${path.module}/templates/boundary.json.tftpl", {
    account_id = local.account_id
    partition  = local.partition
    buckets    = var.buckets
  })
}

resource "aws_iam_policy" "inline_template" {
  name = "notifications"
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        %{~ for i, topic in var.topics ~}
        {
          "Effect": "Allow",
          "Action": "sns:Publish",
          "Resource": "${topic}"
        }%{ if i < length(var.topics) - 1 },%{ endif }
        %{~ endfor ~}
      ]
    }
  POLICY
}

output "role_arn" {
  value = aws_iam_role.labeling.arn
}
