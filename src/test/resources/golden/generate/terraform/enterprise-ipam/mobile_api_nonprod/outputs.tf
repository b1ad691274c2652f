output "subnet_ids_mobile_api_nonprod_eu_west_1_mobile_api" {
  description = "Subnet ids of mobile-api-nonprod/eu-west-1/mobile-api by subnet name."
  value = {
    "app-a"        = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_app_a.id
    "app-b"        = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_app_b.id
    "app-c"        = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_app_c.id
    "data-a"       = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_data_a.id
    "data-b"       = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_data_b.id
    "data-c"       = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_data_c.id
    "tgw-attach-a" = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api" {
  description = "Attachment of mobile-api-nonprod/eu-west-1/mobile-api to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api[*].id)
}

output "vpc_id_mobile_api_nonprod_eu_west_1_mobile_api" {
  description = "VPC mobile-api-nonprod/eu-west-1/mobile-api."
  value       = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
}
