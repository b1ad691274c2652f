output "subnet_ids_security_tooling_us_east_1_scanners" {
  description = "Subnet ids of security-tooling/us-east-1/scanners by subnet name."
  value = {
    "app-a"        = aws_subnet.security_tooling_us_east_1_scanners_app_a.id
    "app-b"        = aws_subnet.security_tooling_us_east_1_scanners_app_b.id
    "app-c"        = aws_subnet.security_tooling_us_east_1_scanners_app_c.id
    "data-a"       = aws_subnet.security_tooling_us_east_1_scanners_data_a.id
    "data-b"       = aws_subnet.security_tooling_us_east_1_scanners_data_b.id
    "data-c"       = aws_subnet.security_tooling_us_east_1_scanners_data_c.id
    "tgw-attach-a" = aws_subnet.security_tooling_us_east_1_scanners_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.security_tooling_us_east_1_scanners_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.security_tooling_us_east_1_scanners_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners" {
  description = "Attachment of security-tooling/us-east-1/scanners to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_security_tooling_us_east_1_scanners[*].id)
}

output "vpc_id_security_tooling_us_east_1_scanners" {
  description = "VPC security-tooling/us-east-1/scanners."
  value       = aws_vpc.security_tooling_us_east_1_scanners.id
}
