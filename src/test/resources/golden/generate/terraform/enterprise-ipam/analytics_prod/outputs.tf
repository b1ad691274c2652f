output "subnet_ids_analytics_prod_us_east_1_analytics" {
  description = "Subnet ids of analytics-prod/us-east-1/analytics by subnet name."
  value = {
    "public-a"     = aws_subnet.analytics_prod_us_east_1_analytics_public_a.id
    "public-b"     = aws_subnet.analytics_prod_us_east_1_analytics_public_b.id
    "public-c"     = aws_subnet.analytics_prod_us_east_1_analytics_public_c.id
    "app-a"        = aws_subnet.analytics_prod_us_east_1_analytics_app_a.id
    "app-b"        = aws_subnet.analytics_prod_us_east_1_analytics_app_b.id
    "app-c"        = aws_subnet.analytics_prod_us_east_1_analytics_app_c.id
    "data-a"       = aws_subnet.analytics_prod_us_east_1_analytics_data_a.id
    "data-b"       = aws_subnet.analytics_prod_us_east_1_analytics_data_b.id
    "data-c"       = aws_subnet.analytics_prod_us_east_1_analytics_data_c.id
    "tgw-attach-a" = aws_subnet.analytics_prod_us_east_1_analytics_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.analytics_prod_us_east_1_analytics_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.analytics_prod_us_east_1_analytics_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_analytics_prod_us_east_1_analytics" {
  description = "Attachment of analytics-prod/us-east-1/analytics to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_analytics_prod_us_east_1_analytics[*].id)
}

output "vpc_id_analytics_prod_us_east_1_analytics" {
  description = "VPC analytics-prod/us-east-1/analytics."
  value       = aws_vpc.analytics_prod_us_east_1_analytics.id
}
