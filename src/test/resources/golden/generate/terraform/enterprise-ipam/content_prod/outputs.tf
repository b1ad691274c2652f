output "subnet_ids_content_prod_ap_northeast_1_content" {
  description = "Subnet ids of content-prod/ap-northeast-1/content by subnet name."
  value = {
    "app-a"        = aws_subnet.content_prod_ap_northeast_1_content_app_a.id
    "app-b"        = aws_subnet.content_prod_ap_northeast_1_content_app_b.id
    "app-c"        = aws_subnet.content_prod_ap_northeast_1_content_app_c.id
    "data-a"       = aws_subnet.content_prod_ap_northeast_1_content_data_a.id
    "data-b"       = aws_subnet.content_prod_ap_northeast_1_content_data_b.id
    "data-c"       = aws_subnet.content_prod_ap_northeast_1_content_data_c.id
    "tgw-attach-a" = aws_subnet.content_prod_ap_northeast_1_content_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.content_prod_ap_northeast_1_content_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.content_prod_ap_northeast_1_content_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_content_prod_ap_northeast_1_content" {
  description = "Attachment of content-prod/ap-northeast-1/content to tgw-ap-northeast-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_content_prod_ap_northeast_1_content[*].id)
}

output "vpc_id_content_prod_ap_northeast_1_content" {
  description = "VPC content-prod/ap-northeast-1/content."
  value       = aws_vpc.content_prod_ap_northeast_1_content.id
}
