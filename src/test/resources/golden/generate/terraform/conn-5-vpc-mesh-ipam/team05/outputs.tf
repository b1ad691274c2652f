output "subnet_ids_team05_us_east_1_vpc05" {
  description = "Subnet ids of team05/us-east-1/vpc05 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc05_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc05_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc05_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc05_tgw_attach_b.id
  }
}

output "vpc_id_team05_us_east_1_vpc05" {
  description = "VPC team05/us-east-1/vpc05."
  value       = aws_vpc.team05_us_east_1_vpc05.id
}
