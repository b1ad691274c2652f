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

output "ram_resource_share_arn_tgw_us_east_1_share" {
  description = "RAM share tgw-us-east-1-share (for aws_ram_resource_share_accepter where organisation sharing is off)."
  value       = aws_ram_resource_share.tgw_us_east_1_share.arn
}

output "transit_gateway_id_tgw_us_east_1" {
  description = "Transit gateway tgw-us-east-1 (us-east-1)."
  value       = aws_ec2_transit_gateway.tgw_us_east_1.id
}

output "transit_gateway_route_table_ids_tgw_us_east_1" {
  description = "Route tables of tgw-us-east-1 by name."
  value = {
    all = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
  }
}
