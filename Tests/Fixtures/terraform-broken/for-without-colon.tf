locals {
  upper = [for name in var.names upper(name)]
}
