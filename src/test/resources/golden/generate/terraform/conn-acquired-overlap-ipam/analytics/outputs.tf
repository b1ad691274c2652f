output "subnet_ids_analytics_us_east_1_reporting" {
  description = "Subnet ids of analytics/us-east-1/reporting by subnet name."
  value = {
    "app-a"        = aws_subnet.analytics_us_east_1_reporting_app_a.id
    "app-b"        = aws_subnet.analytics_us_east_1_reporting_app_b.id
    "tgw-attach-a" = aws_subnet.analytics_us_east_1_reporting_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.analytics_us_east_1_reporting_tgw_attach_b.id
  }
}

output "vpc_id_analytics_us_east_1_reporting" {
  description = "VPC analytics/us-east-1/reporting."
  value       = aws_vpc.analytics_us_east_1_reporting.id
}

output "vpc_peering_connection_id_pcx_analytics_us_east_1_reporting_platform_us_east_1_tools" {
  description = "Peering analytics/us-east-1/reporting to platform/us-east-1/tools: platform accepts it."
  value       = one(aws_vpc_peering_connection.pcx_analytics_us_east_1_reporting_platform_us_east_1_tools[*].id)
}
