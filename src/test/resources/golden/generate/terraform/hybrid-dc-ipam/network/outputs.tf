output "dx_gateway_id_dxgw_dc1" {
  description = "Direct Connect gateway dxgw/dc1 (for the transit VIFs)."
  value       = aws_dx_gateway.dxgw_dc1.id
}

output "ipam_pool_id_main" {
  description = "IPAM pool main."
  value       = aws_vpc_ipam_pool.main.id
}

output "ipam_pool_id_main_eu_west_1" {
  description = "IPAM pool main/eu-west-1."
  value       = aws_vpc_ipam_pool.main_eu_west_1.id
}

output "ipam_pool_id_main_eu_west_1_nonprod" {
  description = "IPAM pool main/eu-west-1/nonprod."
  value       = aws_vpc_ipam_pool.main_eu_west_1_nonprod.id
}

output "ipam_pool_id_main_eu_west_1_prod" {
  description = "IPAM pool main/eu-west-1/prod."
  value       = aws_vpc_ipam_pool.main_eu_west_1_prod.id
}

output "ipam_pool_id_main_eu_west_1_shared" {
  description = "IPAM pool main/eu-west-1/shared."
  value       = aws_vpc_ipam_pool.main_eu_west_1_shared.id
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

output "ram_resource_share_arn_tgw_eu_west_1_share" {
  description = "RAM share tgw-eu-west-1-share (for aws_ram_resource_share_accepter where organisation sharing is off)."
  value       = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

output "ram_resource_share_arn_tgw_us_east_1_share" {
  description = "RAM share tgw-us-east-1-share (for aws_ram_resource_share_accepter where organisation sharing is off)."
  value       = aws_ram_resource_share.tgw_us_east_1_share.arn
}

output "subnet_ids_network_eu_west_1_dns" {
  description = "Subnet ids of network/eu-west-1/dns by subnet name."
  value = {
    "app-a"        = aws_subnet.network_eu_west_1_dns_app_a.id
    "app-b"        = aws_subnet.network_eu_west_1_dns_app_b.id
    "data-a"       = aws_subnet.network_eu_west_1_dns_data_a.id
    "data-b"       = aws_subnet.network_eu_west_1_dns_data_b.id
    "tgw-attach-a" = aws_subnet.network_eu_west_1_dns_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.network_eu_west_1_dns_tgw_attach_b.id
  }
}

output "subnet_ids_network_us_east_1_dns" {
  description = "Subnet ids of network/us-east-1/dns by subnet name."
  value = {
    "app-a"        = aws_subnet.network_us_east_1_dns_app_a.id
    "app-b"        = aws_subnet.network_us_east_1_dns_app_b.id
    "app-c"        = aws_subnet.network_us_east_1_dns_app_c.id
    "data-a"       = aws_subnet.network_us_east_1_dns_data_a.id
    "data-b"       = aws_subnet.network_us_east_1_dns_data_b.id
    "data-c"       = aws_subnet.network_us_east_1_dns_data_c.id
    "tgw-attach-a" = aws_subnet.network_us_east_1_dns_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.network_us_east_1_dns_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.network_us_east_1_dns_tgw_attach_c.id
  }
}

output "transit_gateway_id_tgw_eu_west_1" {
  description = "Transit gateway tgw-eu-west-1 (eu-west-1)."
  value       = aws_ec2_transit_gateway.tgw_eu_west_1.id
}

output "transit_gateway_id_tgw_us_east_1" {
  description = "Transit gateway tgw-us-east-1 (us-east-1)."
  value       = aws_ec2_transit_gateway.tgw_us_east_1.id
}

output "transit_gateway_route_table_ids_tgw_eu_west_1" {
  description = "Route tables of tgw-eu-west-1 by name."
  value = {
    nonprod      = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
    "onprem-dc1" = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_onprem_dc1.id
    peering      = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
    prod         = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
    shared       = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
  }
}

output "transit_gateway_route_table_ids_tgw_us_east_1" {
  description = "Route tables of tgw-us-east-1 by name."
  value = {
    nonprod      = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
    "onprem-dc1" = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_onprem_dc1.id
    peering      = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
    prod         = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
    shared       = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
  }
}

output "vpc_id_network_eu_west_1_dns" {
  description = "VPC network/eu-west-1/dns."
  value       = aws_vpc.network_eu_west_1_dns.id
}

output "vpc_id_network_us_east_1_dns" {
  description = "VPC network/us-east-1/dns."
  value       = aws_vpc.network_us_east_1_dns.id
}

output "vpn_connection_id_vpn_dc1_us_east_1" {
  description = "VPN connection vpn/dc1/us-east-1 (its tunnel details: aws ec2 get-vpn-connection-device-sample-configuration)."
  value       = aws_vpn_connection.vpn_dc1_us_east_1.id
}
