output "subnet_ids_team04_us_east_1_vpc04" {
  description = "Subnet ids of team04/us-east-1/vpc04 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc04_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc04_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc04_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc04_tgw_attach_b.id
  }
}

output "vpc_id_team04_us_east_1_vpc04" {
  description = "VPC team04/us-east-1/vpc04."
  value       = aws_vpc.team04_us_east_1_vpc04.id
}

output "vpc_peering_connection_id_pcx_team04_us_east_1_vpc04_team05_us_east_1_vpc05" {
  description = "Peering team04/us-east-1/vpc04 to team05/us-east-1/vpc05: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team04_us_east_1_vpc04_team05_us_east_1_vpc05[*].id)
}
