# Network module: VPC, subnets per availability zone, NAT gateways.
# Written in the style of large public modules (long locals, for
# expressions, dynamic blocks, count and for_each, splats, conditionals).

locals {
  max_subnet_length = max(
    length(var.private_subnets),
    length(var.public_subnets),
  )
  nat_gateway_count = var.single_nat_gateway ? 1 : var.one_nat_gateway_per_az ? length(var.azs) : local.max_subnet_length

  # Use `local.vpc_id` to give a hint to Terraform that subnets should be deleted before secondary CIDR blocks can be free!
  vpc_id = try(aws_vpc_ipv4_cidr_block_association.this[0].vpc_id, aws_vpc.this[0].id, "")

  create_vpc = var.create_vpc && var.putin_khuylo

  public_subnets = {
    for index, cidr in var.public_subnets : "${var.name}-public-${element(var.azs, index)}" => {
      cidr_block        = cidr
      availability_zone = length(regexall("^[a-z]{2}-", element(var.azs, index))) > 0 ? element(var.azs, index) : null
      az_id             = length(regexall("^[a-z]{2}-", element(var.azs, index))) == 0 ? element(var.azs, index) : null
      tags              = merge({ Name = format("${var.name}-${var.public_subnet_suffix}-%s", element(var.azs, index)) }, var.tags)
    }
  }

  flat_routes = flatten([
    for table_key, table in var.route_tables : [
      for route in table.routes : {
        table_key   = table_key
        destination = route.destination
        target      = lookup(route, "nat_gateway_id", null) != null ? "nat" : "igw"
      }
    ]
  ])

  subnets_by_az = { for s in aws_subnet.private : s.availability_zone => s.id... }

  all_cidrs = distinct(concat([var.cidr], var.secondary_cidr_blocks, [for s in values(local.public_subnets) : s.cidr_block]))

  ports = [80, 443, 8080, 1.5e3, 0.25]
}

resource "aws_vpc" "this" {
  count = local.create_vpc ? 1 : 0

  cidr_block           = var.use_ipam_pool ? null : var.cidr
  ipv4_ipam_pool_id    = var.ipv4_ipam_pool_id
  enable_dns_hostnames = var.enable_dns_hostnames
  enable_dns_support   = var.enable_dns_support

  tags = merge(
    { "Name" = var.name },
    var.tags,
    var.vpc_tags,
  )
}

resource "aws_subnet" "public" {
  for_each = local.create_vpc ? local.public_subnets : {}

  vpc_id                  = local.vpc_id
  cidr_block              = each.value.cidr_block
  availability_zone       = each.value.availability_zone
  availability_zone_id    = each.value.az_id
  map_public_ip_on_launch = var.map_public_ip_on_launch

  tags = each.value.tags

  lifecycle { ignore_changes = [tags["kubernetes.io/role/elb"]] }
}

resource "aws_security_group" "endpoints" {
  name_prefix = "${var.name}-endpoints-"
  description = "VPC endpoints for ${var.name}"
  vpc_id      = local.vpc_id

  dynamic "ingress" {
    for_each = var.endpoint_ingress_rules
    iterator = rule

    content {
      description      = lookup(rule.value, "description", null)
      from_port        = rule.value.from_port
      to_port          = rule.value.to_port
      protocol         = rule.value.protocol
      cidr_blocks      = compact(split(",", lookup(rule.value, "cidr_blocks", "")))
      ipv6_cidr_blocks = try(rule.value.ipv6_cidr_blocks, [])
      self             = lookup(rule.value, "self", null)
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle {
    create_before_destroy = true
  }
}

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

resource "aws_route" "private_nat_gateway" {
  count = local.create_vpc && var.enable_nat_gateway && var.create_private_nat_gateway_route ? local.nat_gateway_count : 0

  route_table_id         = element(aws_route_table.private[*].id, count.index)
  destination_cidr_block = var.nat_gateway_destination_cidr_block
  nat_gateway_id         = element(aws_nat_gateway.this.*.id, count.index)

  timeouts {
    create = "5m"
  }
}

module "endpoints" {
  source  = "terraform-aws-modules/vpc/aws//modules/vpc-endpoints"
  version = "~> 5.0"

  vpc_id             = local.vpc_id
  security_group_ids = [aws_security_group.endpoints.id]

  endpoints = {
    s3 = {
      service         = "s3"
      service_type    = "Gateway"
      route_table_ids = flatten([aws_route_table.private[*].id, aws_route_table.public[*].id])
      tags            = { Name = "s3-vpc-endpoint" }
    },
    sagemaker_api = {
      service             = "sagemaker.api"
      private_dns_enabled = true
      subnet_ids          = values(local.subnets_by_az)[*][0]
    }
  }
}

output "private_subnets_cidr_blocks" {
  description = "List of cidr_blocks of private subnets"
  value       = compact(aws_subnet.private[*].cidr_block)
}

output "nat_public_ips" {
  value = var.reuse_nat_ips ? var.external_nat_ips : aws_eip.nat.*.public_ip
}

output "legacy_first_subnet" {
  value = aws_subnet.private.0.id
}
