output "ipam_pool_id_main" {
  description = "IPAM pool main."
  value       = aws_vpc_ipam_pool.main.id
}

output "ipam_pool_id_main_eu_central_1" {
  description = "IPAM pool main/eu-central-1."
  value       = aws_vpc_ipam_pool.main_eu_central_1.id
}

output "ipam_pool_id_main_eu_central_1_default" {
  description = "IPAM pool main/eu-central-1/default."
  value       = aws_vpc_ipam_pool.main_eu_central_1_default.id
}

output "subnet_ids_shared_eu_central_1_tools" {
  description = "Subnet ids of shared/eu-central-1/tools by subnet name."
  value = {
    "public-a"  = aws_subnet.shared_eu_central_1_tools_public_a.id
    "public-b"  = aws_subnet.shared_eu_central_1_tools_public_b.id
    "private-a" = aws_subnet.shared_eu_central_1_tools_private_a.id
    "private-b" = aws_subnet.shared_eu_central_1_tools_private_b.id
  }
}

output "vpc_id_shared_eu_central_1_tools" {
  description = "VPC shared/eu-central-1/tools."
  value       = aws_vpc.shared_eu_central_1_tools.id
}
