output "subnet_ids_search_prod_us_east_1_search" {
  description = "Subnet ids of search-prod/us-east-1/search by subnet name."
  value = {
    "app-a"        = aws_subnet.search_prod_us_east_1_search_app_a.id
    "app-b"        = aws_subnet.search_prod_us_east_1_search_app_b.id
    "app-c"        = aws_subnet.search_prod_us_east_1_search_app_c.id
    "data-a"       = aws_subnet.search_prod_us_east_1_search_data_a.id
    "data-b"       = aws_subnet.search_prod_us_east_1_search_data_b.id
    "data-c"       = aws_subnet.search_prod_us_east_1_search_data_c.id
    "tgw-attach-a" = aws_subnet.search_prod_us_east_1_search_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.search_prod_us_east_1_search_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.search_prod_us_east_1_search_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_search_prod_us_east_1_search" {
  description = "Attachment of search-prod/us-east-1/search to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_search_prod_us_east_1_search[*].id)
}

output "vpc_id_search_prod_us_east_1_search" {
  description = "VPC search-prod/us-east-1/search."
  value       = aws_vpc.search_prod_us_east_1_search.id
}
