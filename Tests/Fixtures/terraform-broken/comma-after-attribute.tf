locals {
  zones = 3,
  name  = "x"
}
