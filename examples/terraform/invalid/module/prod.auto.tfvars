office_cidrs = ["10.0.0.1/16"]
