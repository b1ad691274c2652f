output "subnet_ids_reporting_prod_ap_northeast_1_reporting_dr" {
  description = "Subnet ids of reporting-prod/ap-northeast-1/reporting-dr by subnet name."
  value = {
    "public-a"     = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_public_a.id
    "public-b"     = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_public_b.id
    "public-c"     = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_public_c.id
    "app-a"        = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_app_a.id
    "app-b"        = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_app_b.id
    "app-c"        = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_app_c.id
    "data-a"       = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_data_a.id
    "data-b"       = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_data_b.id
    "data-c"       = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_data_c.id
    "tgw-attach-a" = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_c.id
  }
}

output "subnet_ids_reporting_prod_eu_west_1_reporting" {
  description = "Subnet ids of reporting-prod/eu-west-1/reporting by subnet name."
  value = {
    "public-a"     = aws_subnet.reporting_prod_eu_west_1_reporting_public_a.id
    "public-b"     = aws_subnet.reporting_prod_eu_west_1_reporting_public_b.id
    "public-c"     = aws_subnet.reporting_prod_eu_west_1_reporting_public_c.id
    "app-a"        = aws_subnet.reporting_prod_eu_west_1_reporting_app_a.id
    "app-b"        = aws_subnet.reporting_prod_eu_west_1_reporting_app_b.id
    "app-c"        = aws_subnet.reporting_prod_eu_west_1_reporting_app_c.id
    "data-a"       = aws_subnet.reporting_prod_eu_west_1_reporting_data_a.id
    "data-b"       = aws_subnet.reporting_prod_eu_west_1_reporting_data_b.id
    "data-c"       = aws_subnet.reporting_prod_eu_west_1_reporting_data_c.id
    "tgw-attach-a" = aws_subnet.reporting_prod_eu_west_1_reporting_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.reporting_prod_eu_west_1_reporting_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.reporting_prod_eu_west_1_reporting_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr" {
  description = "Attachment of reporting-prod/ap-northeast-1/reporting-dr to tgw-ap-northeast-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr[*].id)
}

output "tgw_attachment_id_tgw_attach_reporting_prod_eu_west_1_reporting" {
  description = "Attachment of reporting-prod/eu-west-1/reporting to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_prod_eu_west_1_reporting[*].id)
}

output "vpc_id_reporting_prod_ap_northeast_1_reporting_dr" {
  description = "VPC reporting-prod/ap-northeast-1/reporting-dr."
  value       = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
}

output "vpc_id_reporting_prod_eu_west_1_reporting" {
  description = "VPC reporting-prod/eu-west-1/reporting."
  value       = aws_vpc.reporting_prod_eu_west_1_reporting.id
}
