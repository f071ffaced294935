data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

data "aws_ami" "node" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["amazon-eks-node-al2023-x86_64-standard-${var.cluster_version}-v*"]
  }
}

locals {
  create = var.create

  cluster_role = try(aws_iam_role.this[0].arn, var.iam_role_arn)

  # Every node group, with the module's defaults filled in; a group's own settings win.
  node_groups = {
    for name, group in var.node_groups : name => merge(var.node_group_defaults, group, {
      name           = coalesce(try(group.name, null), "${var.cluster_name}-${name}")
      instance_types = try(group.instance_types, var.node_group_defaults.instance_types, ["m6i.large"])
      min_size       = try(group.min_size, var.node_group_defaults.min_size, 1)
      max_size       = try(group.max_size, var.node_group_defaults.max_size, 3)
      desired_size   = try(group.desired_size, group.min_size, 1)
      labels         = merge(try(var.node_group_defaults.labels, {}), try(group.labels, {}), { "node-group" = name })
      taints = [
        for taint in try(group.taints, []) : {
          key    = taint.key
          value  = try(taint.value, null)
          effect = upper(replace(taint.effect, "-", "_"))
        }
      ]
    })
  }

  # Subnets grouped by zone: several groups may share one.
  subnets_by_zone = { for subnet in data.aws_subnet.selected : subnet.availability_zone => subnet.id... }

  node_group_subnets = {
    for name, group in local.node_groups : name => (
      length(try(group.subnet_ids, [])) > 0 ? group.subnet_ids :
      try(group.single_zone, false) ? [local.subnets_by_zone[sort(keys(local.subnets_by_zone))[0]][0]] :
      flatten(values(local.subnets_by_zone))
    )
  }

  # aws-auth style role mappings, deduplicated by role ARN
  role_mappings = distinct(concat(
    [for group in aws_eks_node_group.this : {
      rolearn  = group.node_role_arn
      username = "system:node:{{EC2PrivateDNSName}}"
      groups   = ["system:bootstrappers", "system:nodes"]
    }],
    var.extra_role_mappings,
  ))

  cluster_security_group_rules = {
    ingress_nodes_443 = {
      description                = "Node groups to cluster API"
      protocol                   = "tcp"
      from_port                  = 443
      to_port                    = 443
      type                       = "ingress"
      source_node_security_group = true
    }
    egress_nodes_kubelet = {
      description                = "Cluster API to node kubelets"
      protocol                   = "tcp"
      from_port                  = 10250
      to_port                    = 10250
      type                       = "egress"
      source_node_security_group = true
    }
  }

  addon_versions = { for addon in data.aws_eks_addon_version.this : addon.addon_name => addon.version }

  log_types = toset([for kind in var.cluster_enabled_log_types : lower(kind) if contains(["api", "audit", "authenticator", "controllerManager", "scheduler"], kind)])

  kms_key_arn = var.create_kms_key ? aws_kms_key.this[0].arn : var.kms_key_arn
  account_arn = provider::aws::arn_build(data.aws_partition.current.partition, "iam", "", data.aws_caller_identity.current.account_id, "root")
  oidc_issuer = trimprefix(try(aws_eks_cluster.this[0].identity[0].oidc[0].issuer, ""), "https://")

  bootstrap_ratio = var.max_pods_per_node > 0 ? floor(var.max_pods_per_node * 0.9) : -1
  timeouts_ok     = !(var.create_timeout == "" || var.delete_timeout == "")
}

resource "aws_eks_cluster" "this" {
  count = local.create ? 1 : 0

  name                      = var.cluster_name
  role_arn                  = local.cluster_role
  version                   = var.cluster_version
  enabled_cluster_log_types = local.log_types

  access_config {
    authentication_mode                         = var.authentication_mode
    bootstrap_cluster_creator_admin_permissions = false
  }

  vpc_config {
    security_group_ids      = compact(distinct(concat(var.cluster_additional_security_group_ids, [aws_security_group.cluster[0].id])))
    subnet_ids              = var.control_plane_subnet_ids != null ? var.control_plane_subnet_ids : var.subnet_ids
    endpoint_private_access = var.cluster_endpoint_private_access
    endpoint_public_access  = var.cluster_endpoint_public_access
    public_access_cidrs     = var.cluster_endpoint_public_access ? var.cluster_endpoint_public_access_cidrs : null
  }

  dynamic "kubernetes_network_config" {
    for_each = var.cluster_service_ipv4_cidr != null || var.cluster_ip_family == "ipv6" ? [1] : []

    content {
      ip_family         = var.cluster_ip_family
      service_ipv4_cidr = var.cluster_service_ipv4_cidr
    }
  }

  dynamic "encryption_config" {
    for_each = local.kms_key_arn != null ? [local.kms_key_arn] : []

    content {
      provider {
        key_arn = encryption_config.value
      }
      resources = ["secrets"]
    }
  }

  tags = merge(var.tags, var.cluster_tags)

  timeouts {
    create = try(var.cluster_timeouts.create, null)
    update = try(var.cluster_timeouts.update, null)
    delete = try(var.cluster_timeouts.delete, null)
  }

  lifecycle {
    ignore_changes = [access_config[0].bootstrap_cluster_creator_admin_permissions]

    precondition {
      condition     = var.authentication_mode != "CONFIG_MAP" || length(var.extra_role_mappings) == 0
      error_message = "Role mappings need the API authentication mode."
    }

    postcondition {
      condition     = self.status == "ACTIVE"
      error_message = "The cluster ${self.name} is ${self.status}, not ACTIVE."
    }
  }

  depends_on = [
    aws_iam_role_policy_attachment.this,
    aws_security_group_rule.cluster,
    aws_cloudwatch_log_group.this,
  ]
}

resource "aws_cloudwatch_log_group" "this" {
  count = local.create && length(local.log_types) > 0 ? 1 : 0

  name              = "/aws/eks/${var.cluster_name}/cluster"
  retention_in_days = var.cloudwatch_log_group_retention_in_days
  kms_key_id        = var.cloudwatch_log_group_kms_key_id

  tags = merge(var.tags, { Name = "/aws/eks/${var.cluster_name}/cluster" })
}

resource "aws_security_group" "cluster" {
  count = local.create ? 1 : 0

  name_prefix = "${var.cluster_name}-cluster-"
  description = "EKS cluster security group"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { "Name" = "${var.cluster_name}-cluster" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group_rule" "cluster" {
  for_each = { for key, rule in merge(local.cluster_security_group_rules, var.cluster_security_group_additional_rules) : key => rule if local.create }

  security_group_id        = aws_security_group.cluster[0].id
  protocol                 = each.value.protocol
  from_port                = each.value.from_port
  to_port                  = each.value.to_port
  type                     = each.value.type
  description              = lookup(each.value, "description", null)
  cidr_blocks              = lookup(each.value, "cidr_blocks", null)
  ipv6_cidr_blocks         = lookup(each.value, "ipv6_cidr_blocks", null)
  prefix_list_ids          = lookup(each.value, "prefix_list_ids", null)
  self                     = lookup(each.value, "self", null)
  source_security_group_id = try(each.value.source_node_security_group, false) ? aws_security_group.node[0].id : lookup(each.value, "source_security_group_id", null)
}

resource "aws_security_group" "node" {
  count = local.create ? 1 : 0

  name_prefix = "${var.cluster_name}-node-"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = var.node_ingress_ports
    content {
      description     = "Port ${ingress.value} from the cluster"
      from_port       = ingress.value
      to_port         = ingress.value
      protocol        = "tcp"
      security_groups = [aws_security_group.cluster[0].id]
    }
  }

  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = merge(var.tags, {
    "Name"                                      = "${var.cluster_name}-node"
    "kubernetes.io/cluster/${var.cluster_name}" = "owned"
  })
}

resource "aws_launch_template" "node" {
  for_each = local.create ? local.node_groups : {}

  name_prefix            = "${each.value.name}-"
  image_id               = try(each.value.ami_id, data.aws_ami.node.id)
  update_default_version = true
  vpc_security_group_ids = [aws_security_group.node[0].id]

  user_data = base64encode(templatefile("${path.module}/templates/nodeadm.yaml.tftpl", {
    cluster_name         = aws_eks_cluster.this[0].name
    cluster_endpoint     = aws_eks_cluster.this[0].endpoint
    cluster_auth_base64  = aws_eks_cluster.this[0].certificate_authority[0].data
    cluster_service_cidr = try(aws_eks_cluster.this[0].kubernetes_network_config[0].service_ipv4_cidr, "")
    max_pods             = local.bootstrap_ratio
    labels               = join(",", [for key, value in each.value.labels : "${key}=${value}"])
    taints               = each.value.taints
  }))

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = try(each.value.disk_size, 50)
      volume_type           = "gp3"
      iops                  = try(each.value.disk_iops, 3000)
      throughput            = try(each.value.disk_throughput, 125)
      encrypted             = true
      kms_key_id            = local.kms_key_arn
      delete_on_termination = true
    }
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
    instance_metadata_tags      = "disabled"
  }

  dynamic "tag_specifications" {
    for_each = toset(["instance", "volume", "network-interface"])

    content {
      resource_type = tag_specifications.key
      tags          = merge(var.tags, { Name = each.value.name })
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_eks_node_group" "this" {
  for_each = local.create ? local.node_groups : {}

  cluster_name    = aws_eks_cluster.this[0].name
  node_group_name = each.value.name
  node_role_arn   = aws_iam_role.node[each.key].arn
  subnet_ids      = local.node_group_subnets[each.key]
  instance_types  = each.value.instance_types
  capacity_type   = try(each.value.capacity_type, "ON_DEMAND")
  labels          = each.value.labels

  scaling_config {
    min_size     = each.value.min_size
    max_size     = each.value.max_size
    desired_size = each.value.desired_size
  }

  update_config {
    max_unavailable_percentage = try(each.value.max_unavailable_percentage, 33)
  }

  launch_template {
    id      = aws_launch_template.node[each.key].id
    version = aws_launch_template.node[each.key].latest_version
  }

  dynamic "taint" {
    for_each = each.value.taints

    content {
      key    = taint.value.key
      value  = taint.value.value
      effect = taint.value.effect
    }
  }

  tags = merge(var.tags, try(each.value.tags, {}))

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [scaling_config[0].desired_size]
  }
}

data "aws_subnet" "selected" {
  for_each = toset(var.subnet_ids)
  id       = each.value
}

data "aws_eks_addon_version" "this" {
  for_each = { for name, addon in var.cluster_addons : name => addon if local.create }

  addon_name         = try(each.value.name, each.key)
  kubernetes_version = aws_eks_cluster.this[0].version
  most_recent        = try(each.value.most_recent, true)
}

resource "aws_eks_addon" "this" {
  for_each = { for name, addon in var.cluster_addons : name => addon if local.create && !try(addon.before_compute, false) }

  cluster_name                = aws_eks_cluster.this[0].name
  addon_name                  = try(each.value.name, each.key)
  addon_version               = coalesce(try(each.value.addon_version, null), local.addon_versions[try(each.value.name, each.key)])
  configuration_values        = try(each.value.configuration_values, null)
  resolve_conflicts_on_create = try(each.value.resolve_conflicts_on_create, "OVERWRITE")
  resolve_conflicts_on_update = try(each.value.resolve_conflicts_on_update, "OVERWRITE")
  service_account_role_arn    = try(each.value.service_account_role_arn, null)

  tags = merge(var.tags, try(each.value.tags, {}))

  depends_on = [aws_eks_node_group.this]
}

resource "aws_kms_key" "this" {
  count = local.create && var.create_kms_key ? 1 : 0

  description             = coalesce(var.kms_key_description, "${var.cluster_name} cluster encryption key")
  deletion_window_in_days = var.kms_key_deletion_window_in_days
  enable_key_rotation     = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Default"
        Effect    = "Allow"
        Principal = { AWS = local.account_arn }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "KeyUsage"
        Effect    = "Allow"
        Principal = { AWS = concat([local.cluster_role], var.kms_key_users) }
        Action = [
          "kms:Encrypt",
          "kms:Decrypt",
          "kms:ReEncrypt*",
          "kms:GenerateDataKey*",
          "kms:DescribeKey",
        ]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role" "this" {
  count = local.create && var.create_iam_role ? 1 : 0

  name_prefix = "${var.cluster_name}-cluster-"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Action    = ["sts:AssumeRole", "sts:TagSession"]
      Effect    = "Allow"
      Principal = { Service = "eks.${data.aws_partition.current.dns_suffix}" }
    }]
  })
  force_detach_policies = true

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "this" {
  for_each = { for key, arn in {
    AmazonEKSClusterPolicy         = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
    AmazonEKSVPCResourceController = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSVPCResourceController"
  } : key => arn if local.create && var.create_iam_role }

  policy_arn = each.value
  role       = aws_iam_role.this[0].name
}

resource "aws_iam_role" "node" {
  for_each = local.create ? local.node_groups : {}

  name_prefix = substr("${each.value.name}-node-", 0, 38)
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Action = "sts:AssumeRole", Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" } }]
  })

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "node" {
  for_each = {
    for pair in setproduct(keys(local.node_groups), ["AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryReadOnly", "AmazonEKS_CNI_Policy"]) :
    "${pair[0]}/${pair[1]}" => { group = pair[0], policy = pair[1] }
    if local.create
  }

  role       = aws_iam_role.node[each.value.group].name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/${each.value.policy}"
}

moved {
  from = aws_eks_node_group.default
  to   = aws_eks_node_group.this["default"]
}

moved {
  from = module.legacy_nodes.aws_launch_template.this
  to   = aws_launch_template.node["legacy"]
}

removed {
  from = aws_iam_role_policy_attachment.legacy_cni

  lifecycle {
    destroy = false
  }
}

check "cluster_endpoint_answers" {
  data "http" "health" {
    url      = "${try(aws_eks_cluster.this[0].endpoint, "https://localhost")}/healthz"
    insecure = true
  }

  assert {
    condition     = data.http.health.status_code == 200
    error_message = "${var.cluster_name}'s API answered ${data.http.health.status_code}."
  }
}

check "log_retention" {
  assert {
    condition     = var.cloudwatch_log_group_retention_in_days >= 30 || length(local.log_types) == 0
    error_message = "Keep control plane logs for at least 30 days."
  }
}
