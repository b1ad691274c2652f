output "subnet_ids_shipping_nonprod_ap_northeast_1_shipping" {
  description = "Subnet ids of shipping-nonprod/ap-northeast-1/shipping by subnet name."
  value = {
    "app-a"        = aws_subnet.shipping_nonprod_ap_northeast_1_shipping_app_a.id
    "app-b"        = aws_subnet.shipping_nonprod_ap_northeast_1_shipping_app_b.id
    "app-c"        = aws_subnet.shipping_nonprod_ap_northeast_1_shipping_app_c.id
    "data-a"       = aws_subnet.shipping_nonprod_ap_northeast_1_shipping_data_a.id
    "data-b"       = aws_subnet.shipping_nonprod_ap_northeast_1_shipping_data_b.id
    "data-c"       = aws_subnet.shipping_nonprod_ap_northeast_1_shipping_data_c.id
    "tgw-attach-a" = aws_subnet.shipping_nonprod_ap_northeast_1_shipping_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.shipping_nonprod_ap_northeast_1_shipping_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.shipping_nonprod_ap_northeast_1_shipping_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_shipping_nonprod_ap_northeast_1_shipping" {
  description = "Attachment of shipping-nonprod/ap-northeast-1/shipping to tgw-ap-northeast-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shipping_nonprod_ap_northeast_1_shipping[*].id)
}

output "vpc_id_shipping_nonprod_ap_northeast_1_shipping" {
  description = "VPC shipping-nonprod/ap-northeast-1/shipping."
  value       = aws_vpc.shipping_nonprod_ap_northeast_1_shipping.id
}
