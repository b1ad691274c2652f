output "subnet_ids_team02_us_east_1_vpc03" {
  description = "Subnet ids of team02/us-east-1/vpc03 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc03_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc03_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc03_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc03_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc04" {
  description = "Subnet ids of team02/us-east-1/vpc04 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc04_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc04_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc04_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc04_tgw_attach_b.id
  }
}

output "vpc_id_team02_us_east_1_vpc03" {
  description = "VPC team02/us-east-1/vpc03."
  value       = aws_vpc.team02_us_east_1_vpc03.id
}

output "vpc_id_team02_us_east_1_vpc04" {
  description = "VPC team02/us-east-1/vpc04."
  value       = aws_vpc.team02_us_east_1_vpc04.id
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc03_team03_us_east_1_vpc05" {
  description = "Peering team02/us-east-1/vpc03 to team03/us-east-1/vpc05: team03 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc03_team03_us_east_1_vpc05[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc03_team03_us_east_1_vpc06" {
  description = "Peering team02/us-east-1/vpc03 to team03/us-east-1/vpc06: team03 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc03_team03_us_east_1_vpc06[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc03_team04_us_east_1_vpc07" {
  description = "Peering team02/us-east-1/vpc03 to team04/us-east-1/vpc07: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc03_team04_us_east_1_vpc07[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc03_team04_us_east_1_vpc08" {
  description = "Peering team02/us-east-1/vpc03 to team04/us-east-1/vpc08: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc03_team04_us_east_1_vpc08[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc03_team05_us_east_1_vpc09" {
  description = "Peering team02/us-east-1/vpc03 to team05/us-east-1/vpc09: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc03_team05_us_east_1_vpc09[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc03_team05_us_east_1_vpc10" {
  description = "Peering team02/us-east-1/vpc03 to team05/us-east-1/vpc10: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc03_team05_us_east_1_vpc10[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc04_team03_us_east_1_vpc05" {
  description = "Peering team02/us-east-1/vpc04 to team03/us-east-1/vpc05: team03 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc04_team03_us_east_1_vpc05[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc04_team03_us_east_1_vpc06" {
  description = "Peering team02/us-east-1/vpc04 to team03/us-east-1/vpc06: team03 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc04_team03_us_east_1_vpc06[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc04_team04_us_east_1_vpc07" {
  description = "Peering team02/us-east-1/vpc04 to team04/us-east-1/vpc07: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc04_team04_us_east_1_vpc07[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc04_team04_us_east_1_vpc08" {
  description = "Peering team02/us-east-1/vpc04 to team04/us-east-1/vpc08: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc04_team04_us_east_1_vpc08[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc04_team05_us_east_1_vpc09" {
  description = "Peering team02/us-east-1/vpc04 to team05/us-east-1/vpc09: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc04_team05_us_east_1_vpc09[*].id)
}

output "vpc_peering_connection_id_pcx_team02_us_east_1_vpc04_team05_us_east_1_vpc10" {
  description = "Peering team02/us-east-1/vpc04 to team05/us-east-1/vpc10: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team02_us_east_1_vpc04_team05_us_east_1_vpc10[*].id)
}
