output "subnet_ids_erp_dev_ap_northeast_1_erp" {
  description = "Subnet ids of erp-dev/ap-northeast-1/erp by subnet name."
  value = {
    "public-a"     = aws_subnet.erp_dev_ap_northeast_1_erp_public_a.id
    "public-b"     = aws_subnet.erp_dev_ap_northeast_1_erp_public_b.id
    "public-c"     = aws_subnet.erp_dev_ap_northeast_1_erp_public_c.id
    "app-a"        = aws_subnet.erp_dev_ap_northeast_1_erp_app_a.id
    "app-b"        = aws_subnet.erp_dev_ap_northeast_1_erp_app_b.id
    "app-c"        = aws_subnet.erp_dev_ap_northeast_1_erp_app_c.id
    "db-a"         = aws_subnet.erp_dev_ap_northeast_1_erp_db_a.id
    "db-b"         = aws_subnet.erp_dev_ap_northeast_1_erp_db_b.id
    "db-c"         = aws_subnet.erp_dev_ap_northeast_1_erp_db_c.id
    "tgw-attach-a" = aws_subnet.erp_dev_ap_northeast_1_erp_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.erp_dev_ap_northeast_1_erp_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.erp_dev_ap_northeast_1_erp_tgw_attach_c.id
  }
}

output "vpc_id_erp_dev_ap_northeast_1_erp" {
  description = "VPC erp-dev/ap-northeast-1/erp."
  value       = aws_vpc.erp_dev_ap_northeast_1_erp.id
}

output "vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools" {
  description = "Peering erp-dev/ap-northeast-1/erp to shared/ap-northeast-1/tools: shared accepts it."
  value       = one(aws_vpc_peering_connection.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[*].id)
}
