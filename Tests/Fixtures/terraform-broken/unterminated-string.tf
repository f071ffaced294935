variable "name" {
  default = "labelers
}
