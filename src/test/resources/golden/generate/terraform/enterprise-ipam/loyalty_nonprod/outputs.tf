output "subnet_ids_loyalty_nonprod_ap_northeast_1_loyalty" {
  description = "Subnet ids of loyalty-nonprod/ap-northeast-1/loyalty by subnet name."
  value = {
    "public-a"     = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_public_a.id
    "public-b"     = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_public_b.id
    "public-c"     = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_public_c.id
    "app-a"        = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_app_a.id
    "app-b"        = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_app_b.id
    "app-c"        = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_app_c.id
    "data-a"       = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_data_a.id
    "data-b"       = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_data_b.id
    "data-c"       = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_data_c.id
    "tgw-attach-a" = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.loyalty_nonprod_ap_northeast_1_loyalty_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty" {
  description = "Attachment of loyalty-nonprod/ap-northeast-1/loyalty to tgw-ap-northeast-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty[*].id)
}

output "vpc_id_loyalty_nonprod_ap_northeast_1_loyalty" {
  description = "VPC loyalty-nonprod/ap-northeast-1/loyalty."
  value       = aws_vpc.loyalty_nonprod_ap_northeast_1_loyalty.id
}
