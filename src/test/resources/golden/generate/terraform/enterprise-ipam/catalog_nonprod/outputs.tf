output "subnet_ids_catalog_nonprod_ap_northeast_1_catalog" {
  description = "Subnet ids of catalog-nonprod/ap-northeast-1/catalog by subnet name."
  value = {
    "public-a"     = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_public_a.id
    "public-b"     = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_public_b.id
    "public-c"     = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_public_c.id
    "app-a"        = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_app_a.id
    "app-b"        = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_app_b.id
    "app-c"        = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_app_c.id
    "data-a"       = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_data_a.id
    "data-b"       = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_data_b.id
    "data-c"       = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_data_c.id
    "tgw-attach-a" = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.catalog_nonprod_ap_northeast_1_catalog_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_catalog_nonprod_ap_northeast_1_catalog" {
  description = "Attachment of catalog-nonprod/ap-northeast-1/catalog to tgw-ap-northeast-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_catalog_nonprod_ap_northeast_1_catalog[*].id)
}

output "vpc_id_catalog_nonprod_ap_northeast_1_catalog" {
  description = "VPC catalog-nonprod/ap-northeast-1/catalog."
  value       = aws_vpc.catalog_nonprod_ap_northeast_1_catalog.id
}
