locals {
  len_public_subnets  = max(length(var.public_subnets), 0)
  len_private_subnets = max(length(var.private_subnets), 0)
  len_intra_subnets   = max(length(var.intra_subnets), 0)

  max_subnet_length = max(
    local.len_private_subnets,
    local.len_public_subnets,
    local.len_intra_subnets,
  )

  # Use `local.vpc_id` to give a hint to Terraform that subnets should be deleted before secondary CIDR blocks can be free!
  vpc_id = try(aws_vpc_ipv4_cidr_block_association.this[0].vpc_id, aws_vpc.this[0].id, "")

  create_vpc      = var.create_vpc && var.manage_network
  enable_flow_log = var.flow_log != null && local.create_vpc

  nat_gateway_count = var.single_nat_gateway ? 1 : var.one_nat_gateway_per_az ? length(var.azs) : local.max_subnet_length
  nat_gateway_ips   = var.reuse_nat_ips ? var.external_nat_ip_ids : aws_eip.nat[*].id

  subnet_names = {
    public  = [for i, az in var.azs : format("${var.name}-${var.public_subnet_suffix}-%s", element(var.azs, i))]
    private = [for i, az in var.azs : format("${var.name}-${var.private_subnet_suffix}-%s", az)]
  }

  az_by_index = { for index, az in var.azs : tostring(index) => az }

  # A /20 for each zone, carved from the VPC block; 8 bits for the intra /24s.
  derived_private_cidrs = [for index in range(length(var.azs)) : cidrsubnet(var.cidr, 4, index)]
  derived_intra_cidrs   = [for index in range(length(var.azs)) : cidrsubnet(var.cidr, 8, 240 + index)]

  acl_rules = flatten([
    for kind, rules in { inbound = var.public_inbound_acl_rules, outbound = var.public_outbound_acl_rules } : [
      for rule in rules : merge(rule, { egress = kind == "outbound" })
    ]
  ])

  tags = merge(
    { "Name" = var.name },
    var.tags,
    var.vpc_tags,
  )
}

################################################################################
# VPC
################################################################################

resource "aws_vpc" "this" {
  count = local.create_vpc ? 1 : 0

  cidr_block          = var.use_ipam_pool ? null : var.cidr
  ipv4_ipam_pool_id   = var.ipv4_ipam_pool_id
  ipv4_netmask_length = var.ipv4_netmask_length

  assign_generated_ipv6_cidr_block = var.enable_ipv6 && !var.use_ipam_pool ? true : null
  instance_tenancy                 = var.instance_tenancy
  enable_dns_hostnames             = var.enable_dns_hostnames
  enable_dns_support               = var.enable_dns_support

  tags = local.tags
}

resource "aws_vpc_ipv4_cidr_block_association" "this" {
  count = local.create_vpc && length(var.secondary_cidr_blocks) > 0 ? length(var.secondary_cidr_blocks) : 0

  # Do not turn this into `local.vpc_id`
  vpc_id = aws_vpc.this[0].id

  cidr_block = element(var.secondary_cidr_blocks, count.index)
}

################################################################################
# Public Subnets
################################################################################

locals {
  create_public_subnets = local.create_vpc && local.len_public_subnets > 0
}

resource "aws_subnet" "public" {
  count = local.create_public_subnets && (!var.one_nat_gateway_per_az || local.len_public_subnets >= length(var.azs)) ? local.len_public_subnets : 0

  assign_ipv6_address_on_creation                = var.enable_ipv6 && var.public_subnet_ipv6_native ? true : var.public_subnet_assign_ipv6_address_on_creation
  availability_zone                              = length(regexall("^[a-z]{2}-", element(var.azs, count.index))) > 0 ? element(var.azs, count.index) : null
  availability_zone_id                           = length(regexall("^[a-z]{2}-", element(var.azs, count.index))) == 0 ? element(var.azs, count.index) : null
  cidr_block                                     = var.public_subnet_ipv6_native ? null : element(concat(var.public_subnets, [""]), count.index)
  ipv6_cidr_block                                = var.enable_ipv6 && length(var.public_subnet_ipv6_prefixes) > 0 ? cidrsubnet(aws_vpc.this[0].ipv6_cidr_block, 8, var.public_subnet_ipv6_prefixes[count.index]) : null
  map_public_ip_on_launch                        = var.map_public_ip_on_launch
  vpc_id                                         = local.vpc_id

  tags = merge(
    {
      Name = try(
        var.public_subnet_names[count.index],
        format("${var.name}-${var.public_subnet_suffix}-%s", element(var.azs, count.index))
      )
    },
    var.tags,
    var.public_subnet_tags,
    lookup(var.public_subnet_tags_per_az, element(var.azs, count.index), {})
  )
}

resource "aws_route_table" "public" {
  count = local.create_public_subnets ? 1 : 0

  vpc_id = local.vpc_id

  tags = merge(
    { "Name" = "${var.name}-${var.public_subnet_suffix}" },
    var.tags,
    var.public_route_table_tags,
  )
}

resource "aws_route" "public_internet_gateway" {
  count = local.create_public_subnets && var.create_igw ? 1 : 0

  route_table_id         = aws_route_table.public[0].id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this[0].id

  timeouts {
    create = "5m"
  }
}

resource "aws_network_acl" "public" {
  count = local.create_public_subnets && var.public_dedicated_network_acl ? 1 : 0

  vpc_id     = local.vpc_id
  subnet_ids = aws_subnet.public[*].id

  dynamic "ingress" {
    for_each = [for rule in local.acl_rules : rule if !rule.egress]
    iterator = rule
    content {
      rule_no         = rule.value.rule_number
      action          = rule.value.rule_action
      from_port       = lookup(rule.value, "from_port", null)
      to_port         = lookup(rule.value, "to_port", null)
      icmp_code       = lookup(rule.value, "icmp_code", null)
      icmp_type       = lookup(rule.value, "icmp_type", null)
      protocol        = rule.value.protocol
      cidr_block      = lookup(rule.value, "cidr_block", null)
      ipv6_cidr_block = lookup(rule.value, "ipv6_cidr_block", null)
    }
  }

  dynamic "egress" {
    for_each = [for rule in local.acl_rules : rule if rule.egress]
    content {
      rule_no    = egress.value.rule_number
      action     = egress.value.rule_action
      from_port  = lookup(egress.value, "from_port", null)
      to_port    = lookup(egress.value, "to_port", null)
      protocol   = egress.value.protocol
      cidr_block = lookup(egress.value, "cidr_block", null)
    }
  }

  tags = merge({ "Name" = "${var.name}-${var.public_subnet_suffix}" }, var.tags)
}

################################################################################
# Private Subnets
################################################################################

resource "aws_subnet" "private" {
  for_each = { for index, cidr in coalescelist(var.private_subnets, local.derived_private_cidrs) : local.az_by_index[tostring(index % length(var.azs))] => cidr... }

  availability_zone = each.key
  cidr_block        = each.value[0]
  vpc_id            = local.vpc_id

  tags = merge(
    { Name = "${var.name}-${var.private_subnet_suffix}-${each.key}" },
    var.tags,
  )

  lifecycle {
    ignore_changes = [tags["kubernetes.io/role/internal-elb"], tags_all]
    precondition {
      condition     = length(each.value) == 1
      error_message = "Each availability zone takes one private subnet; ${each.key} has ${length(each.value)}."
    }
  }
}

################################################################################
# NAT Gateway
################################################################################

resource "aws_eip" "nat" {
  count = local.create_vpc && var.enable_nat_gateway && !var.reuse_nat_ips ? local.nat_gateway_count : 0

  domain = "vpc"

  tags = merge(
    {
      "Name" = format(
        "${var.name}-%s",
        element(var.azs, var.single_nat_gateway ? 0 : count.index),
      )
    },
    var.tags,
    var.nat_eip_tags,
  )

  depends_on = [aws_internet_gateway.this]
}

resource "aws_nat_gateway" "this" {
  count = local.create_vpc && var.enable_nat_gateway ? local.nat_gateway_count : 0

  allocation_id = element(
    local.nat_gateway_ips,
    var.single_nat_gateway ? 0 : count.index,
  )
  subnet_id = element(
    aws_subnet.public[*].id,
    var.single_nat_gateway ? 0 : count.index,
  )

  tags = merge(
    {
      "Name" = format(
        "${var.name}-%s",
        element(var.azs, var.single_nat_gateway ? 0 : count.index),
      )
    },
    var.tags,
    var.nat_gateway_tags,
  )

  depends_on = [aws_internet_gateway.this]
}

################################################################################
# Flow Log
################################################################################

resource "aws_flow_log" "this" {
  count = local.enable_flow_log ? 1 : 0

  log_destination_type     = var.flow_log.destination_type
  log_destination          = aws_cloudwatch_log_group.flow_log[0].arn
  log_format               = var.flow_log.log_format
  iam_role_arn             = aws_iam_role.vpc_flow_log_cloudwatch[0].arn
  traffic_type             = var.flow_log.traffic_type
  vpc_id                   = local.vpc_id
  max_aggregation_interval = var.flow_log.max_aggregation

  dynamic "destination_options" {
    for_each = var.flow_log.destination_type == "s3" ? [true] : []

    content {
      file_format                = "parquet"
      hive_compatible_partitions = var.flow_log.hive_compatible
      per_hour_partition         = var.flow_log.per_hour_partition
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-flow-log" })
}

resource "aws_cloudwatch_log_group" "flow_log" {
  count = local.enable_flow_log && var.flow_log.destination_type == "cloud-watch-logs" ? 1 : 0

  name              = "/aws/vpc-flow-log/${local.vpc_id}"
  retention_in_days = var.flow_log.retention_in_days
  kms_key_id        = var.flow_log_cloudwatch_log_group_kms_key_id

  tags = var.tags
}

data "aws_iam_policy_document" "flow_log_cloudwatch_assume_role" {
  count = local.enable_flow_log ? 1 : 0

  statement {
    sid = "AWSVPCFlowLogsAssumeRole"

    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }

    effect = "Allow"

    actions = ["sts:AssumeRole"]

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current[0].account_id]
    }
  }
}

resource "aws_iam_role" "vpc_flow_log_cloudwatch" {
  count = local.enable_flow_log ? 1 : 0

  name_prefix          = "vpc-flow-log-role-"
  assume_role_policy   = data.aws_iam_policy_document.flow_log_cloudwatch_assume_role[0].json
  permissions_boundary = var.vpc_flow_log_permissions_boundary

  tags = merge(var.tags, var.vpc_flow_log_tags)
}

data "aws_caller_identity" "current" {
  count = local.enable_flow_log ? 1 : 0
}

moved {
  from = aws_subnet.private_legacy
  to   = aws_subnet.private
}

check "nat_gateways_match_zones" {
  assert {
    condition     = !var.one_nat_gateway_per_az || length(aws_nat_gateway.this) == length(var.azs)
    error_message = "One NAT gateway per zone was asked for, but ${length(aws_nat_gateway.this)} exist for ${length(var.azs)} zones."
  }
}
