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
