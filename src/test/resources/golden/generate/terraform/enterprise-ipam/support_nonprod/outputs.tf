output "subnet_ids_support_nonprod_eu_west_1_support" {
  description = "Subnet ids of support-nonprod/eu-west-1/support by subnet name."
  value = {
    "app-a"        = aws_subnet.support_nonprod_eu_west_1_support_app_a.id
    "app-b"        = aws_subnet.support_nonprod_eu_west_1_support_app_b.id
    "app-c"        = aws_subnet.support_nonprod_eu_west_1_support_app_c.id
    "data-a"       = aws_subnet.support_nonprod_eu_west_1_support_data_a.id
    "data-b"       = aws_subnet.support_nonprod_eu_west_1_support_data_b.id
    "data-c"       = aws_subnet.support_nonprod_eu_west_1_support_data_c.id
    "tgw-attach-a" = aws_subnet.support_nonprod_eu_west_1_support_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.support_nonprod_eu_west_1_support_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.support_nonprod_eu_west_1_support_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_support_nonprod_eu_west_1_support" {
  description = "Attachment of support-nonprod/eu-west-1/support to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_support_nonprod_eu_west_1_support[*].id)
}

output "vpc_id_support_nonprod_eu_west_1_support" {
  description = "VPC support-nonprod/eu-west-1/support."
  value       = aws_vpc.support_nonprod_eu_west_1_support.id
}
