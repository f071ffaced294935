workforce_name = "labelers dev"
