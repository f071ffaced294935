locals {
  size = var.large
    ? 10 : 2
}
