output "ipam_pool_id_main" {
  description = "IPAM pool main."
  value       = aws_vpc_ipam_pool.main.id
}

output "ipam_pool_id_main_us_east_1" {
  description = "IPAM pool main/us-east-1."
  value       = aws_vpc_ipam_pool.main_us_east_1.id
}

output "ipam_pool_id_main_us_east_1_nonprod" {
  description = "IPAM pool main/us-east-1/nonprod."
  value       = aws_vpc_ipam_pool.main_us_east_1_nonprod.id
}

output "ipam_pool_id_main_us_east_1_prod" {
  description = "IPAM pool main/us-east-1/prod."
  value       = aws_vpc_ipam_pool.main_us_east_1_prod.id
}

output "ipam_pool_id_main_us_east_1_shared" {
  description = "IPAM pool main/us-east-1/shared."
  value       = aws_vpc_ipam_pool.main_us_east_1_shared.id
}

output "subnet_ids_network_us_east_1_egress" {
  description = "Subnet ids of network/us-east-1/egress by subnet name."
  value = {
    "public-a"     = aws_subnet.network_us_east_1_egress_public_a.id
    "public-b"     = aws_subnet.network_us_east_1_egress_public_b.id
    "public-c"     = aws_subnet.network_us_east_1_egress_public_c.id
    "app-a"        = aws_subnet.network_us_east_1_egress_app_a.id
    "app-b"        = aws_subnet.network_us_east_1_egress_app_b.id
    "app-c"        = aws_subnet.network_us_east_1_egress_app_c.id
    "data-a"       = aws_subnet.network_us_east_1_egress_data_a.id
    "data-b"       = aws_subnet.network_us_east_1_egress_data_b.id
    "data-c"       = aws_subnet.network_us_east_1_egress_data_c.id
    "tgw-attach-a" = aws_subnet.network_us_east_1_egress_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.network_us_east_1_egress_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.network_us_east_1_egress_tgw_attach_c.id
  }
}

output "vpc_id_network_us_east_1_egress" {
  description = "VPC network/us-east-1/egress."
  value       = aws_vpc.network_us_east_1_egress.id
}

output "vpc_peering_connection_id_pcx_network_us_east_1_egress_prod_us_east_1_app" {
  description = "Peering network/us-east-1/egress to prod/us-east-1/app: prod accepts it."
  value       = one(aws_vpc_peering_connection.pcx_network_us_east_1_egress_prod_us_east_1_app[*].id)
}

output "vpc_peering_connection_id_pcx_network_us_east_1_egress_stg_us_east_1_app" {
  description = "Peering network/us-east-1/egress to stg/us-east-1/app: stg accepts it."
  value       = one(aws_vpc_peering_connection.pcx_network_us_east_1_egress_stg_us_east_1_app[*].id)
}
