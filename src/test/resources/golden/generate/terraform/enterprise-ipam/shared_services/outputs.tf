output "subnet_ids_shared_services_ap_northeast_1_tools" {
  description = "Subnet ids of shared-services/ap-northeast-1/tools by subnet name."
  value = {
    "app-a"        = aws_subnet.shared_services_ap_northeast_1_tools_app_a.id
    "app-b"        = aws_subnet.shared_services_ap_northeast_1_tools_app_b.id
    "app-c"        = aws_subnet.shared_services_ap_northeast_1_tools_app_c.id
    "data-a"       = aws_subnet.shared_services_ap_northeast_1_tools_data_a.id
    "data-b"       = aws_subnet.shared_services_ap_northeast_1_tools_data_b.id
    "data-c"       = aws_subnet.shared_services_ap_northeast_1_tools_data_c.id
    "tgw-attach-a" = aws_subnet.shared_services_ap_northeast_1_tools_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.shared_services_ap_northeast_1_tools_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.shared_services_ap_northeast_1_tools_tgw_attach_c.id
  }
}

output "subnet_ids_shared_services_eu_west_1_tools" {
  description = "Subnet ids of shared-services/eu-west-1/tools by subnet name."
  value = {
    "app-a"        = aws_subnet.shared_services_eu_west_1_tools_app_a.id
    "app-b"        = aws_subnet.shared_services_eu_west_1_tools_app_b.id
    "app-c"        = aws_subnet.shared_services_eu_west_1_tools_app_c.id
    "data-a"       = aws_subnet.shared_services_eu_west_1_tools_data_a.id
    "data-b"       = aws_subnet.shared_services_eu_west_1_tools_data_b.id
    "data-c"       = aws_subnet.shared_services_eu_west_1_tools_data_c.id
    "tgw-attach-a" = aws_subnet.shared_services_eu_west_1_tools_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.shared_services_eu_west_1_tools_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.shared_services_eu_west_1_tools_tgw_attach_c.id
  }
}

output "subnet_ids_shared_services_us_east_1_tools" {
  description = "Subnet ids of shared-services/us-east-1/tools by subnet name."
  value = {
    "app-a"        = aws_subnet.shared_services_us_east_1_tools_app_a.id
    "app-b"        = aws_subnet.shared_services_us_east_1_tools_app_b.id
    "app-c"        = aws_subnet.shared_services_us_east_1_tools_app_c.id
    "data-a"       = aws_subnet.shared_services_us_east_1_tools_data_a.id
    "data-b"       = aws_subnet.shared_services_us_east_1_tools_data_b.id
    "data-c"       = aws_subnet.shared_services_us_east_1_tools_data_c.id
    "tgw-attach-a" = aws_subnet.shared_services_us_east_1_tools_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.shared_services_us_east_1_tools_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.shared_services_us_east_1_tools_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools" {
  description = "Attachment of shared-services/ap-northeast-1/tools to tgw-ap-northeast-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shared_services_ap_northeast_1_tools[*].id)
}

output "tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools" {
  description = "Attachment of shared-services/eu-west-1/tools to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shared_services_eu_west_1_tools[*].id)
}

output "tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools" {
  description = "Attachment of shared-services/us-east-1/tools to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shared_services_us_east_1_tools[*].id)
}

output "vpc_id_shared_services_ap_northeast_1_tools" {
  description = "VPC shared-services/ap-northeast-1/tools."
  value       = aws_vpc.shared_services_ap_northeast_1_tools.id
}

output "vpc_id_shared_services_eu_west_1_tools" {
  description = "VPC shared-services/eu-west-1/tools."
  value       = aws_vpc.shared_services_eu_west_1_tools.id
}

output "vpc_id_shared_services_us_east_1_tools" {
  description = "VPC shared-services/us-east-1/tools."
  value       = aws_vpc.shared_services_us_east_1_tools.id
}
