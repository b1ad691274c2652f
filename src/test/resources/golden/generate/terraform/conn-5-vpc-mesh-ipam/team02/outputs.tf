output "subnet_ids_team02_us_east_1_vpc02" {
  description = "Subnet ids of team02/us-east-1/vpc02 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc02_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc02_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc02_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc02_tgw_attach_b.id
  }
}

output "vpc_id_team02_us_east_1_vpc02" {
  description = "VPC team02/us-east-1/vpc02."
  value       = aws_vpc.team02_us_east_1_vpc02.id
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc02_team03_us_east_1_vpc03" {
  description = "Peering team02/us-east-1/vpc02 to team03/us-east-1/vpc03: team03 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc02_team03_us_east_1_vpc03[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc02_team04_us_east_1_vpc04" {
  description = "Peering team02/us-east-1/vpc02 to team04/us-east-1/vpc04: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc02_team04_us_east_1_vpc04[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc02_team05_us_east_1_vpc05" {
  description = "Peering team02/us-east-1/vpc02 to team05/us-east-1/vpc05: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc02_team05_us_east_1_vpc05[*].id)
}
