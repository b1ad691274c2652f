output "subnet_ids_stg_us_east_1_app" {
  description = "Subnet ids of stg/us-east-1/app by subnet name."
  value = {
    "public-a"     = aws_subnet.stg_us_east_1_app_public_a.id
    "public-b"     = aws_subnet.stg_us_east_1_app_public_b.id
    "public-c"     = aws_subnet.stg_us_east_1_app_public_c.id
    "app-a"        = aws_subnet.stg_us_east_1_app_app_a.id
    "app-b"        = aws_subnet.stg_us_east_1_app_app_b.id
    "app-c"        = aws_subnet.stg_us_east_1_app_app_c.id
    "data-a"       = aws_subnet.stg_us_east_1_app_data_a.id
    "data-b"       = aws_subnet.stg_us_east_1_app_data_b.id
    "data-c"       = aws_subnet.stg_us_east_1_app_data_c.id
    "tgw-attach-a" = aws_subnet.stg_us_east_1_app_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.stg_us_east_1_app_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.stg_us_east_1_app_tgw_attach_c.id
  }
}

output "vpc_id_stg_us_east_1_app" {
  description = "VPC stg/us-east-1/app."
  value       = aws_vpc.stg_us_east_1_app.id
}
