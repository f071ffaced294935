locals {
  arn = "arn:aws:s3:::${var.bucket"
}
