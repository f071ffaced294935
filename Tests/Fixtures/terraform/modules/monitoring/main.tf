locals {
  alarm_prefix = "${var.project}-${var.environment}"

  # One alarm per (queue, metric) pair, keyed "queue/metric".
  queue_alarms = merge([
    for queue in var.queues : {
      for metric, threshold in var.queue_thresholds : "${queue}/${metric}" => {
        queue     = queue
        metric    = metric
        threshold = threshold
      }
    }
  ]...)

  severities = {
    critical = { period = 60, evaluation_periods = 3, actions = var.pager_topic_arns }
    warning  = { period = 300, evaluation_periods = 2, actions = var.chat_topic_arns }
  }

  dashboard_widgets = [
    for index, queue in var.queues : {
      type   = "metric"
      x      = (index % 2) * 12
      y      = floor(index / 2) * 6
      width  = 12
      height = 6
      properties = {
        title   = "Queue ${queue}"
        region  = var.region
        stat    = "Maximum"
        period  = 300
        metrics = [["AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", queue]]
      }
    }
  ]

  message_footer = <<-EOT
    Runbook: ${var.runbook_url}
    %{~ if var.environment == "prod" }
    Escalate to the on-call engineer after 15 minutes.
    %{~ else }
    Non-production: no escalation.
    %{~ endif }
  EOT

  # Identifiers may hold letters of any script; Terraform takes them.
  étiquettes = { équipe = "données", coût = "labeling" }
}

resource "aws_sns_topic" "alarms" {
  for_each = local.severities

  name              = "${local.alarm_prefix}-${each.key}"
  kms_master_key_id = var.kms_key_id

  tags = merge(var.tags, local.étiquettes)
}

resource "aws_sns_topic_subscription" "email" {
  for_each = { for pair in setproduct(keys(local.severities), var.alarm_emails) : "${pair[0]}:${pair[1]}" => pair }

  topic_arn = aws_sns_topic.alarms[each.value[0]].arn
  protocol  = "email"
  endpoint  = each.value[1]
}

resource "aws_cloudwatch_metric_alarm" "queue" {
  for_each = local.queue_alarms

  alarm_name          = "${local.alarm_prefix}-${replace(each.key, "/", "-")}"
  alarm_description   = "${each.value.metric} of ${each.value.queue} above ${each.value.threshold}.\n${local.message_footer}"
  namespace           = "AWS/SQS"
  metric_name         = each.value.metric
  statistic           = "Maximum"
  comparison_operator = "GreaterThanThreshold"
  threshold           = each.value.threshold
  period              = local.severities[each.value.threshold > 1000 ? "critical" : "warning"].period
  evaluation_periods  = local.severities[each.value.threshold > 1000 ? "critical" : "warning"].evaluation_periods
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms[each.value.threshold > 1000 ? "critical" : "warning"].arn]
  ok_actions          = each.value.threshold > 1000 ? [aws_sns_topic.alarms["critical"].arn] : []

  dimensions = {
    QueueName = each.value.queue
  }

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "labeling_errors" {
  alarm_name          = "${local.alarm_prefix}-labeling-job-errors"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  threshold           = 1
  treat_missing_data  = "notBreaching"

  metric_query {
    id          = "errors"
    expression  = "SUM(METRICS())"
    label       = "Failed labeling jobs"
    return_data = true
  }

  dynamic "metric_query" {
    for_each = var.labeling_job_names
    content {
      id = "m${metric_query.key}"

      metric {
        namespace   = "AWS/SageMaker/LabelingJobs"
        metric_name = "JobsFailed"
        period      = 300
        stat        = "Sum"
        dimensions  = { LabelingJobName = metric_query.value }
      }
    }
  }

  alarm_actions = values(aws_sns_topic.alarms)[*].arn
}

resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = local.alarm_prefix
  dashboard_body = jsonencode({ widgets = local.dashboard_widgets })
}

resource "aws_cloudwatch_dashboard" "templated" {
  count = var.dashboard_template != null ? 1 : 0

  dashboard_name = "${local.alarm_prefix}-overview"
  dashboard_body = templatefile("${path.module}/dashboards/${var.dashboard_template}", {
    region   = var.region
    queues   = var.queues
    alarms   = [for alarm in aws_cloudwatch_metric_alarm.queue : alarm.arn]
    services = { for name in ["sagemaker", "sqs", "lambda"] : name => upper(name) }
  })
}

resource "aws_cloudwatch_log_metric_filter" "worker_rejections" {
  name           = "${local.alarm_prefix}-worker-rejections"
  log_group_name = "/aws/sagemaker/LabelingJobs"
  pattern        = "{ ($.event = \"TaskRejected\") && ($.reason != \"timeout\") }"

  metric_transformation {
    name          = "WorkerRejections"
    namespace     = "Labeling/${var.project}"
    value         = "1"
    default_value = "0"
  }
}

output "topic_arns" {
  value = { for severity, topic in aws_sns_topic.alarms : severity => topic.arn }
}

output "alarm_names" {
  value = sort(concat(
    [for alarm in aws_cloudwatch_metric_alarm.queue : alarm.alarm_name],
    [aws_cloudwatch_metric_alarm.labeling_errors.alarm_name],
  ))
}

output "worst_threshold" {
  value = length(local.queue_alarms) == 0 ? null : max([for alarm in local.queue_alarms : alarm.threshold]...)
}
