output "ipam_pool_id_aws" {
  description = "IPAM pool aws."
  value       = aws_vpc_ipam_pool.aws.id
}

output "ipam_pool_id_aws_ap_northeast_1" {
  description = "IPAM pool aws/ap-northeast-1."
  value       = aws_vpc_ipam_pool.aws_ap_northeast_1.id
}

output "ipam_pool_id_aws_ap_northeast_1_nonprod" {
  description = "IPAM pool aws/ap-northeast-1/nonprod."
  value       = aws_vpc_ipam_pool.aws_ap_northeast_1_nonprod.id
}

output "ipam_pool_id_aws_ap_northeast_1_prod" {
  description = "IPAM pool aws/ap-northeast-1/prod."
  value       = aws_vpc_ipam_pool.aws_ap_northeast_1_prod.id
}

output "ipam_pool_id_aws_ap_northeast_1_shared" {
  description = "IPAM pool aws/ap-northeast-1/shared."
  value       = aws_vpc_ipam_pool.aws_ap_northeast_1_shared.id
}

output "ipam_pool_id_aws_us_west_2" {
  description = "IPAM pool aws/us-west-2."
  value       = aws_vpc_ipam_pool.aws_us_west_2.id
}

output "ipam_pool_id_aws_us_west_2_prod" {
  description = "IPAM pool aws/us-west-2/prod."
  value       = aws_vpc_ipam_pool.aws_us_west_2_prod.id
}

output "ipam_pool_id_overflow" {
  description = "IPAM pool overflow."
  value       = aws_vpc_ipam_pool.overflow.id
}
