workforce_name = "labelers-dev"
cognito = {
  client_id = "4example1clientid"
  user_pool = "us-east-1_abcDEF123"
}
vpc_id = "vpc-0123456789abcdef0"
