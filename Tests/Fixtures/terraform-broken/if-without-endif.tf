locals {
  greeting = "Hello%{ if var.formal }, Sir"
}
