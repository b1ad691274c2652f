output "ipam_pool_id_main" {
  description = "IPAM pool main."
  value       = aws_vpc_ipam_pool.main.id
}

output "ipam_pool_id_main_us_east_1" {
  description = "IPAM pool main/us-east-1."
  value       = aws_vpc_ipam_pool.main_us_east_1.id
}

output "ipam_pool_id_main_us_east_1_team" {
  description = "IPAM pool main/us-east-1/team."
  value       = aws_vpc_ipam_pool.main_us_east_1_team.id
}

output "subnet_ids_web_us_east_1_api" {
  description = "Subnet ids of web/us-east-1/api by subnet name."
  value = {
    "app-a"        = aws_subnet.web_us_east_1_api_app_a.id
    "app-b"        = aws_subnet.web_us_east_1_api_app_b.id
    "tgw-attach-a" = aws_subnet.web_us_east_1_api_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.web_us_east_1_api_tgw_attach_b.id
  }
}

output "subnet_ids_web_us_east_1_frontend" {
  description = "Subnet ids of web/us-east-1/frontend by subnet name."
  value = {
    "app-a"        = aws_subnet.web_us_east_1_frontend_app_a.id
    "app-b"        = aws_subnet.web_us_east_1_frontend_app_b.id
    "tgw-attach-a" = aws_subnet.web_us_east_1_frontend_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.web_us_east_1_frontend_tgw_attach_b.id
  }
}

output "vpc_id_web_us_east_1_api" {
  description = "VPC web/us-east-1/api."
  value       = aws_vpc.web_us_east_1_api.id
}

output "vpc_id_web_us_east_1_frontend" {
  description = "VPC web/us-east-1/frontend."
  value       = aws_vpc.web_us_east_1_frontend.id
}
