locals {
  merged = merge(var.a..., var.b)
}
