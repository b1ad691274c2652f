output "subnet_ids_platform_us_east_1_tools" {
  description = "Subnet ids of platform/us-east-1/tools by subnet name."
  value = {
    "app-a"        = aws_subnet.platform_us_east_1_tools_app_a.id
    "app-b"        = aws_subnet.platform_us_east_1_tools_app_b.id
    "tgw-attach-a" = aws_subnet.platform_us_east_1_tools_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.platform_us_east_1_tools_tgw_attach_b.id
  }
}

output "vpc_id_platform_us_east_1_tools" {
  description = "VPC platform/us-east-1/tools."
  value       = aws_vpc.platform_us_east_1_tools.id
}

output "vpc_peering_connection_id_pcx_400000000004_us_east_1_legacy_core_platform_us_east_1_tools" {
  description = "Peering platform/us-east-1/tools to 400000000004/us-east-1/legacy-core: 400000000004 accepts it."
  value       = one(aws_vpc_peering_connection.pcx_400000000004_us_east_1_legacy_core_platform_us_east_1_tools[*].id)
}
