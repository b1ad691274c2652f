output "subnet_ids_team03_us_east_1_vpc05" {
  description = "Subnet ids of team03/us-east-1/vpc05 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc05_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc05_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc05_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc05_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc06" {
  description = "Subnet ids of team03/us-east-1/vpc06 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc06_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc06_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc06_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc06_tgw_attach_b.id
  }
}

output "vpc_id_team03_us_east_1_vpc05" {
  description = "VPC team03/us-east-1/vpc05."
  value       = aws_vpc.team03_us_east_1_vpc05.id
}

output "vpc_id_team03_us_east_1_vpc06" {
  description = "VPC team03/us-east-1/vpc06."
  value       = aws_vpc.team03_us_east_1_vpc06.id
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc05_team04_us_east_1_vpc07" {
  description = "Peering team03/us-east-1/vpc05 to team04/us-east-1/vpc07: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc05_team04_us_east_1_vpc07[*].id)
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc05_team04_us_east_1_vpc08" {
  description = "Peering team03/us-east-1/vpc05 to team04/us-east-1/vpc08: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc05_team04_us_east_1_vpc08[*].id)
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc05_team05_us_east_1_vpc09" {
  description = "Peering team03/us-east-1/vpc05 to team05/us-east-1/vpc09: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc05_team05_us_east_1_vpc09[*].id)
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc05_team05_us_east_1_vpc10" {
  description = "Peering team03/us-east-1/vpc05 to team05/us-east-1/vpc10: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc05_team05_us_east_1_vpc10[*].id)
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc06_team04_us_east_1_vpc07" {
  description = "Peering team03/us-east-1/vpc06 to team04/us-east-1/vpc07: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc06_team04_us_east_1_vpc07[*].id)
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc06_team04_us_east_1_vpc08" {
  description = "Peering team03/us-east-1/vpc06 to team04/us-east-1/vpc08: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc06_team04_us_east_1_vpc08[*].id)
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc06_team05_us_east_1_vpc09" {
  description = "Peering team03/us-east-1/vpc06 to team05/us-east-1/vpc09: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc06_team05_us_east_1_vpc09[*].id)
}

output "vpc_peering_connection_id_pcx_team03_us_east_1_vpc06_team05_us_east_1_vpc10" {
  description = "Peering team03/us-east-1/vpc06 to team05/us-east-1/vpc10: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team03_us_east_1_vpc06_team05_us_east_1_vpc10[*].id)
}
