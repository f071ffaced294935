# Values of the labeling workforce in production.
name   = "labeling"
region = "us-east-1"

idp = {
  type      = "oidc"
  domain    = "login.example.com"
  tenant    = "default"
  client_id = "0oa1b2c3d4e5f6g7h8i9"
}

allowed_cidrs = [
  "10.0.0.0/8",
  "192.168.10.0/24", // office
  "203.0.113.7/32",  # VPN egress
]

teams = [
  {
    name        = "images"
    description = "Image \"bounding box\" team\tEU"
    groups      = ["labelers-images"]
  },
  {
    name   = "text"
    groups = ["labelers-text", "reviewers"]
  },
]

max_workers      = 250
review_ratio     = 0.125
budget           = 1.5e4
enabled          = true
notification_arn = null
unicode_note     = "Équipe d'étiquetage — 東京 \u00e9\U0001F600"
escaped_template = "$${not_interpolated} and %%{ not_a_directive }"
description      = <<-EOT
  Workforce for the labeling platform.
    Indented line kept relative.
EOT
