output "ipam_pool_id_aws" {
  description = "IPAM pool aws."
  value       = aws_vpc_ipam_pool.aws.id
}

output "ipam_pool_id_aws_ap_northeast_1" {
  description = "IPAM pool aws/ap-northeast-1."
  value       = aws_vpc_ipam_pool.aws_ap_northeast_1.id
}

output "ipam_pool_id_aws_ap_northeast_1_nonprod" {
  description = "IPAM pool aws/ap-northeast-1/nonprod."
  value       = aws_vpc_ipam_pool.aws_ap_northeast_1_nonprod.id
}

output "ipam_pool_id_aws_ap_northeast_1_prod" {
  description = "IPAM pool aws/ap-northeast-1/prod."
  value       = aws_vpc_ipam_pool.aws_ap_northeast_1_prod.id
}

output "ipam_pool_id_aws_ap_northeast_1_shared" {
  description = "IPAM pool aws/ap-northeast-1/shared."
  value       = aws_vpc_ipam_pool.aws_ap_northeast_1_shared.id
}

output "ipam_pool_id_aws_us_west_2" {
  description = "IPAM pool aws/us-west-2."
  value       = aws_vpc_ipam_pool.aws_us_west_2.id
}

output "ipam_pool_id_aws_us_west_2_prod" {
  description = "IPAM pool aws/us-west-2/prod."
  value       = aws_vpc_ipam_pool.aws_us_west_2_prod.id
}

output "ipam_pool_id_overflow" {
  description = "IPAM pool overflow."
  value       = aws_vpc_ipam_pool.overflow.id
}

output "subnet_ids_network_ap_northeast_1_dx_edge" {
  description = "Subnet ids of network/ap-northeast-1/dx-edge by subnet name."
  value = {
    "dx-transit-a" = aws_subnet.network_ap_northeast_1_dx_edge_dx_transit_a.id
    "dx-transit-b" = aws_subnet.network_ap_northeast_1_dx_edge_dx_transit_b.id
    "dx-transit-c" = aws_subnet.network_ap_northeast_1_dx_edge_dx_transit_c.id
    "tgw-attach-a" = aws_subnet.network_ap_northeast_1_dx_edge_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.network_ap_northeast_1_dx_edge_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.network_ap_northeast_1_dx_edge_tgw_attach_c.id
  }
}

output "vpc_id_network_ap_northeast_1_dx_edge" {
  description = "VPC network/ap-northeast-1/dx-edge."
  value       = aws_vpc.network_ap_northeast_1_dx_edge.id
}

output "vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_legacy_web_network_ap_northeast_1_dx_edge" {
  description = "Peering network/ap-northeast-1/dx-edge to erp-prod/ap-northeast-1/legacy-web: erp-prod accepts it."
  value       = one(aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_network_ap_northeast_1_dx_edge[*].id)
}
