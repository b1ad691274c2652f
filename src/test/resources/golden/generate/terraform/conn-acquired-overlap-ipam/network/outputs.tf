output "ipam_pool_id_main" {
  description = "IPAM pool main."
  value       = aws_vpc_ipam_pool.main.id
}

output "ipam_pool_id_main_us_east_1" {
  description = "IPAM pool main/us-east-1."
  value       = aws_vpc_ipam_pool.main_us_east_1.id
}

output "ipam_pool_id_main_us_east_1_prod" {
  description = "IPAM pool main/us-east-1/prod."
  value       = aws_vpc_ipam_pool.main_us_east_1_prod.id
}

output "ipam_pool_id_main_us_east_1_shared" {
  description = "IPAM pool main/us-east-1/shared."
  value       = aws_vpc_ipam_pool.main_us_east_1_shared.id
}
