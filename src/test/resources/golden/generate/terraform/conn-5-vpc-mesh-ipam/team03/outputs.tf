output "subnet_ids_team03_us_east_1_vpc03" {
  description = "Subnet ids of team03/us-east-1/vpc03 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc03_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc03_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc03_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc03_tgw_attach_b.id
  }
}

output "vpc_id_team03_us_east_1_vpc03" {
  description = "VPC team03/us-east-1/vpc03."
  value       = aws_vpc.team03_us_east_1_vpc03.id
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc03_team04_us_east_1_vpc04" {
  description = "Peering team03/us-east-1/vpc03 to team04/us-east-1/vpc04: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc03_team04_us_east_1_vpc04[*].id)
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc03_team05_us_east_1_vpc05" {
  description = "Peering team03/us-east-1/vpc03 to team05/us-east-1/vpc05: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc03_team05_us_east_1_vpc05[*].id)
}
