output "subnet_ids_stg_eu_central_1_app" {
  description = "Subnet ids of stg/eu-central-1/app by subnet name."
  value = {
    "public-a"  = aws_subnet.stg_eu_central_1_app_public_a.id
    "public-b"  = aws_subnet.stg_eu_central_1_app_public_b.id
    "private-a" = aws_subnet.stg_eu_central_1_app_private_a.id
    "private-b" = aws_subnet.stg_eu_central_1_app_private_b.id
  }
}

output "vpc_id_stg_eu_central_1_app" {
  description = "VPC stg/eu-central-1/app."
  value       = aws_vpc.stg_eu_central_1_app.id
}
