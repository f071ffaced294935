module "vpc" {
  source = "./vpc"
  providers = { aws = aws.west }
}}
