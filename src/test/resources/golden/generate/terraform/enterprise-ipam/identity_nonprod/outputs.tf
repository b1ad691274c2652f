output "subnet_ids_identity_nonprod_eu_west_1_identity" {
  description = "Subnet ids of identity-nonprod/eu-west-1/identity by subnet name."
  value = {
    "public-a"     = aws_subnet.identity_nonprod_eu_west_1_identity_public_a.id
    "public-b"     = aws_subnet.identity_nonprod_eu_west_1_identity_public_b.id
    "public-c"     = aws_subnet.identity_nonprod_eu_west_1_identity_public_c.id
    "app-a"        = aws_subnet.identity_nonprod_eu_west_1_identity_app_a.id
    "app-b"        = aws_subnet.identity_nonprod_eu_west_1_identity_app_b.id
    "app-c"        = aws_subnet.identity_nonprod_eu_west_1_identity_app_c.id
    "data-a"       = aws_subnet.identity_nonprod_eu_west_1_identity_data_a.id
    "data-b"       = aws_subnet.identity_nonprod_eu_west_1_identity_data_b.id
    "data-c"       = aws_subnet.identity_nonprod_eu_west_1_identity_data_c.id
    "tgw-attach-a" = aws_subnet.identity_nonprod_eu_west_1_identity_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.identity_nonprod_eu_west_1_identity_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.identity_nonprod_eu_west_1_identity_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_identity_nonprod_eu_west_1_identity" {
  description = "Attachment of identity-nonprod/eu-west-1/identity to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_nonprod_eu_west_1_identity[*].id)
}

output "vpc_id_identity_nonprod_eu_west_1_identity" {
  description = "VPC identity-nonprod/eu-west-1/identity."
  value       = aws_vpc.identity_nonprod_eu_west_1_identity.id
}
