workforce_name = "labelers-prod"
