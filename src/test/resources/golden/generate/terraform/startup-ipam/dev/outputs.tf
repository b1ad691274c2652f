output "subnet_ids_dev_us_east_1_app" {
  description = "Subnet ids of dev/us-east-1/app by subnet name."
  value = {
    "public-a"     = aws_subnet.dev_us_east_1_app_public_a.id
    "public-b"     = aws_subnet.dev_us_east_1_app_public_b.id
    "public-c"     = aws_subnet.dev_us_east_1_app_public_c.id
    "app-a"        = aws_subnet.dev_us_east_1_app_app_a.id
    "app-b"        = aws_subnet.dev_us_east_1_app_app_b.id
    "app-c"        = aws_subnet.dev_us_east_1_app_app_c.id
    "data-a"       = aws_subnet.dev_us_east_1_app_data_a.id
    "data-b"       = aws_subnet.dev_us_east_1_app_data_b.id
    "data-c"       = aws_subnet.dev_us_east_1_app_data_c.id
    "tgw-attach-a" = aws_subnet.dev_us_east_1_app_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.dev_us_east_1_app_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.dev_us_east_1_app_tgw_attach_c.id
  }
}

output "vpc_id_dev_us_east_1_app" {
  description = "VPC dev/us-east-1/app."
  value       = aws_vpc.dev_us_east_1_app.id
}

output "vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress" {
  description = "Peering dev/us-east-1/app to network/us-east-1/egress: network accepts it."
  value       = one(aws_vpc_peering_connection.pcx_dev_us_east_1_app_network_us_east_1_egress[*].id)
}
