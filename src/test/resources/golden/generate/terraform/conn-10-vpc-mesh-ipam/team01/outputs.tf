output "ipam_pool_id_main" {
  description = "IPAM pool main."
  value       = aws_vpc_ipam_pool.main.id
}

output "ipam_pool_id_main_us_east_1" {
  description = "IPAM pool main/us-east-1."
  value       = aws_vpc_ipam_pool.main_us_east_1.id
}

output "ipam_pool_id_main_us_east_1_all" {
  description = "IPAM pool main/us-east-1/all."
  value       = aws_vpc_ipam_pool.main_us_east_1_all.id
}

output "subnet_ids_team01_us_east_1_vpc01" {
  description = "Subnet ids of team01/us-east-1/vpc01 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc01_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc01_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc01_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc01_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc02" {
  description = "Subnet ids of team01/us-east-1/vpc02 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc02_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc02_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc02_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc02_tgw_attach_b.id
  }
}

output "vpc_id_team01_us_east_1_vpc01" {
  description = "VPC team01/us-east-1/vpc01."
  value       = aws_vpc.team01_us_east_1_vpc01.id
}

output "vpc_id_team01_us_east_1_vpc02" {
  description = "VPC team01/us-east-1/vpc02."
  value       = aws_vpc.team01_us_east_1_vpc02.id
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc03" {
  description = "Peering team01/us-east-1/vpc01 to team02/us-east-1/vpc03: team02 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc03[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc04" {
  description = "Peering team01/us-east-1/vpc01 to team02/us-east-1/vpc04: team02 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc04[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc05" {
  description = "Peering team01/us-east-1/vpc01 to team03/us-east-1/vpc05: team03 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc05[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc06" {
  description = "Peering team01/us-east-1/vpc01 to team03/us-east-1/vpc06: team03 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc06[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team04_us_east_1_vpc07" {
  description = "Peering team01/us-east-1/vpc01 to team04/us-east-1/vpc07: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc01_team04_us_east_1_vpc07[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team04_us_east_1_vpc08" {
  description = "Peering team01/us-east-1/vpc01 to team04/us-east-1/vpc08: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc01_team04_us_east_1_vpc08[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team05_us_east_1_vpc09" {
  description = "Peering team01/us-east-1/vpc01 to team05/us-east-1/vpc09: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc01_team05_us_east_1_vpc09[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team05_us_east_1_vpc10" {
  description = "Peering team01/us-east-1/vpc01 to team05/us-east-1/vpc10: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc01_team05_us_east_1_vpc10[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc03" {
  description = "Peering team01/us-east-1/vpc02 to team02/us-east-1/vpc03: team02 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc03[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc04" {
  description = "Peering team01/us-east-1/vpc02 to team02/us-east-1/vpc04: team02 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc04[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team03_us_east_1_vpc05" {
  description = "Peering team01/us-east-1/vpc02 to team03/us-east-1/vpc05: team03 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team03_us_east_1_vpc05[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team03_us_east_1_vpc06" {
  description = "Peering team01/us-east-1/vpc02 to team03/us-east-1/vpc06: team03 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team03_us_east_1_vpc06[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team04_us_east_1_vpc07" {
  description = "Peering team01/us-east-1/vpc02 to team04/us-east-1/vpc07: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team04_us_east_1_vpc07[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team04_us_east_1_vpc08" {
  description = "Peering team01/us-east-1/vpc02 to team04/us-east-1/vpc08: team04 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team04_us_east_1_vpc08[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team05_us_east_1_vpc09" {
  description = "Peering team01/us-east-1/vpc02 to team05/us-east-1/vpc09: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team05_us_east_1_vpc09[*].id)
}

output "vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team05_us_east_1_vpc10" {
  description = "Peering team01/us-east-1/vpc02 to team05/us-east-1/vpc10: team05 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team05_us_east_1_vpc10[*].id)
}
