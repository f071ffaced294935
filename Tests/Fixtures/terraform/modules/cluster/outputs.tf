output "cluster_arn" {
  description = "The Amazon Resource Name (ARN) of the cluster"
  value       = try(aws_eks_cluster.this[0].arn, null)
}

output "cluster_endpoint" {
  description = "Endpoint for your Kubernetes API server"
  value       = try(aws_eks_cluster.this[0].endpoint, null)
}

output "cluster_certificate_authority_data" {
  description = "Base64 encoded certificate data required to communicate with the cluster"
  value       = try(aws_eks_cluster.this[0].certificate_authority[0].data, null)
}

output "cluster_oidc_issuer_url" {
  description = "The URL on the EKS cluster for the OpenID Connect identity provider"
  value       = try(aws_eks_cluster.this[0].identity[0].oidc[0].issuer, null)
}

output "oidc_provider" {
  description = "The OpenID Connect identity provider (issuer URL without leading `https://`)"
  value       = local.oidc_issuer
}

output "node_groups" {
  description = "Map of attribute maps for all EKS managed node groups created"
  value = {
    for name, group in aws_eks_node_group.this : name => {
      arn           = group.arn
      status        = group.status
      capacity_type = group.capacity_type
      resources     = group.resources[*].autoscaling_groups[*].name
    }
  }
}

output "node_role_arns" {
  description = "IAM role ARNs of the node groups"
  value       = values(aws_iam_role.node)[*].arn
}

output "role_mappings" {
  description = "aws-auth role mappings"
  value       = local.role_mappings
}

output "addon_versions" {
  description = "Versions of the installed addons"
  value       = { for name, addon in aws_eks_addon.this : name => addon.addon_version }
}

output "kubeconfig" {
  description = "A kubeconfig for the cluster, using the AWS CLI for tokens"
  sensitive   = true
  value       = <<-KUBECONFIG
    apiVersion: v1
    kind: Config
    clusters:
      - name: ${var.cluster_name}
        cluster:
          server: ${try(aws_eks_cluster.this[0].endpoint, "")}
          certificate-authority-data: ${try(aws_eks_cluster.this[0].certificate_authority[0].data, "")}
    contexts:
      - name: ${var.cluster_name}
        context:
          cluster: ${var.cluster_name}
          user: ${var.cluster_name}
    current-context: ${var.cluster_name}
    users:
      - name: ${var.cluster_name}
        user:
          exec:
            apiVersion: client.authentication.k8s.io/v1beta1
            command: aws
            args: ["eks", "get-token", "--cluster-name", "${var.cluster_name}"]
  KUBECONFIG
}
