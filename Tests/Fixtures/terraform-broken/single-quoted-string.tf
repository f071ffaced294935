locals {
  name = 'labelers'
}
