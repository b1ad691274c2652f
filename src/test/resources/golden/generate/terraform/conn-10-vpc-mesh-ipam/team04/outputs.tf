output "subnet_ids_team04_us_east_1_vpc07" {
  description = "Subnet ids of team04/us-east-1/vpc07 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc07_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc07_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc07_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc07_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc08" {
  description = "Subnet ids of team04/us-east-1/vpc08 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc08_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc08_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc08_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc08_tgw_attach_b.id
  }
}

output "vpc_id_team04_us_east_1_vpc07" {
  description = "VPC team04/us-east-1/vpc07."
  value       = aws_vpc.team04_us_east_1_vpc07.id
}

output "vpc_id_team04_us_east_1_vpc08" {
  description = "VPC team04/us-east-1/vpc08."
  value       = aws_vpc.team04_us_east_1_vpc08.id
}

output "vpc_peering_connection_id_pcx_team04_us_east_1_vpc07_team05_us_east_1_vpc09" {
  description = "Peering team04/us-east-1/vpc07 to team05/us-east-1/vpc09: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team04_us_east_1_vpc07_team05_us_east_1_vpc09[*].id)
}

output "vpc_peering_connection_id_pcx_team04_us_east_1_vpc07_team05_us_east_1_vpc10" {
  description = "Peering team04/us-east-1/vpc07 to team05/us-east-1/vpc10: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team04_us_east_1_vpc07_team05_us_east_1_vpc10[*].id)
}

output "vpc_peering_connection_id_pcx_team04_us_east_1_vpc08_team05_us_east_1_vpc09" {
  description = "Peering team04/us-east-1/vpc08 to team05/us-east-1/vpc09: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team04_us_east_1_vpc08_team05_us_east_1_vpc09[*].id)
}

output "vpc_peering_connection_id_pcx_team04_us_east_1_vpc08_team05_us_east_1_vpc10" {
  description = "Peering team04/us-east-1/vpc08 to team05/us-east-1/vpc10: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team04_us_east_1_vpc08_team05_us_east_1_vpc10[*].id)
}
