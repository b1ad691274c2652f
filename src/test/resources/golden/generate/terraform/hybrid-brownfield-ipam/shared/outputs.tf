output "subnet_ids_shared_ap_northeast_1_tools" {
  description = "Subnet ids of shared/ap-northeast-1/tools by subnet name."
  value = {
    "public-a"     = aws_subnet.shared_ap_northeast_1_tools_public_a.id
    "public-b"     = aws_subnet.shared_ap_northeast_1_tools_public_b.id
    "public-c"     = aws_subnet.shared_ap_northeast_1_tools_public_c.id
    "app-a"        = aws_subnet.shared_ap_northeast_1_tools_app_a.id
    "app-b"        = aws_subnet.shared_ap_northeast_1_tools_app_b.id
    "app-c"        = aws_subnet.shared_ap_northeast_1_tools_app_c.id
    "db-a"         = aws_subnet.shared_ap_northeast_1_tools_db_a.id
    "db-b"         = aws_subnet.shared_ap_northeast_1_tools_db_b.id
    "db-c"         = aws_subnet.shared_ap_northeast_1_tools_db_c.id
    "tgw-attach-a" = aws_subnet.shared_ap_northeast_1_tools_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.shared_ap_northeast_1_tools_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.shared_ap_northeast_1_tools_tgw_attach_c.id
  }
}

output "vpc_id_shared_ap_northeast_1_tools" {
  description = "VPC shared/ap-northeast-1/tools."
  value       = aws_vpc.shared_ap_northeast_1_tools.id
}

output "vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools" {
  description = "Peering shared/ap-northeast-1/tools to erp-prod/ap-northeast-1/legacy-web: erp-prod accepts it."
  value       = one(aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[*].id)
}
