terraform {
  required_version = ">= 1.8"

  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version               = ">= 5.70"
      configuration_aliases = [aws.us_east_1]
    }
    http = {
      source  = "hashicorp/http"
      version = ">= 3.4"
    }
  }

  backend "s3" {}
}
