locals {
  office_cidrs = concat(var.office_cidrs, ["198.51.100.0/24"])
  network = {
    vpc_id            = var.vpc_id
    security_group_id = "sg-0123456789abcdef0"
    subnets           = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}
