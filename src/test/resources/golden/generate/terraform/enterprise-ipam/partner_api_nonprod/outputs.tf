output "subnet_ids_partner_api_nonprod_ap_northeast_1_partner_api" {
  description = "Subnet ids of partner-api-nonprod/ap-northeast-1/partner-api by subnet name."
  value = {
    "public-a"     = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_public_a.id
    "public-b"     = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_public_b.id
    "public-c"     = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_public_c.id
    "app-a"        = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_app_a.id
    "app-b"        = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_app_b.id
    "app-c"        = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_app_c.id
    "data-a"       = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_data_a.id
    "data-b"       = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_data_b.id
    "data-c"       = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_data_c.id
    "tgw-attach-a" = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api" {
  description = "Attachment of partner-api-nonprod/ap-northeast-1/partner-api to tgw-ap-northeast-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api[*].id)
}

output "vpc_id_partner_api_nonprod_ap_northeast_1_partner_api" {
  description = "VPC partner-api-nonprod/ap-northeast-1/partner-api."
  value       = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
}
