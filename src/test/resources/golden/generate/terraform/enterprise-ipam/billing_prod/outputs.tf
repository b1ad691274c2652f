output "subnet_ids_billing_prod_ap_northeast_1_billing" {
  description = "Subnet ids of billing-prod/ap-northeast-1/billing by subnet name."
  value = {
    "app-a"        = aws_subnet.billing_prod_ap_northeast_1_billing_app_a.id
    "app-b"        = aws_subnet.billing_prod_ap_northeast_1_billing_app_b.id
    "app-c"        = aws_subnet.billing_prod_ap_northeast_1_billing_app_c.id
    "data-a"       = aws_subnet.billing_prod_ap_northeast_1_billing_data_a.id
    "data-b"       = aws_subnet.billing_prod_ap_northeast_1_billing_data_b.id
    "data-c"       = aws_subnet.billing_prod_ap_northeast_1_billing_data_c.id
    "tgw-attach-a" = aws_subnet.billing_prod_ap_northeast_1_billing_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.billing_prod_ap_northeast_1_billing_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.billing_prod_ap_northeast_1_billing_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_billing_prod_ap_northeast_1_billing" {
  description = "Attachment of billing-prod/ap-northeast-1/billing to tgw-ap-northeast-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_billing_prod_ap_northeast_1_billing[*].id)
}

output "vpc_id_billing_prod_ap_northeast_1_billing" {
  description = "VPC billing-prod/ap-northeast-1/billing."
  value       = aws_vpc.billing_prod_ap_northeast_1_billing.id
}
