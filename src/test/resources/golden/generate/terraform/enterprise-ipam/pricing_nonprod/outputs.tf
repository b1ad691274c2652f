output "subnet_ids_pricing_nonprod_us_east_1_pricing" {
  description = "Subnet ids of pricing-nonprod/us-east-1/pricing by subnet name."
  value = {
    "public-a"     = aws_subnet.pricing_nonprod_us_east_1_pricing_public_a.id
    "public-b"     = aws_subnet.pricing_nonprod_us_east_1_pricing_public_b.id
    "public-c"     = aws_subnet.pricing_nonprod_us_east_1_pricing_public_c.id
    "app-a"        = aws_subnet.pricing_nonprod_us_east_1_pricing_app_a.id
    "app-b"        = aws_subnet.pricing_nonprod_us_east_1_pricing_app_b.id
    "app-c"        = aws_subnet.pricing_nonprod_us_east_1_pricing_app_c.id
    "data-a"       = aws_subnet.pricing_nonprod_us_east_1_pricing_data_a.id
    "data-b"       = aws_subnet.pricing_nonprod_us_east_1_pricing_data_b.id
    "data-c"       = aws_subnet.pricing_nonprod_us_east_1_pricing_data_c.id
    "tgw-attach-a" = aws_subnet.pricing_nonprod_us_east_1_pricing_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.pricing_nonprod_us_east_1_pricing_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.pricing_nonprod_us_east_1_pricing_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_pricing_nonprod_us_east_1_pricing" {
  description = "Attachment of pricing-nonprod/us-east-1/pricing to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_nonprod_us_east_1_pricing[*].id)
}

output "vpc_id_pricing_nonprod_us_east_1_pricing" {
  description = "VPC pricing-nonprod/us-east-1/pricing."
  value       = aws_vpc.pricing_nonprod_us_east_1_pricing.id
}
