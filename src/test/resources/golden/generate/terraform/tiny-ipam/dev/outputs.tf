output "subnet_ids_dev_eu_central_1_app" {
  description = "Subnet ids of dev/eu-central-1/app by subnet name."
  value = {
    "public-a"  = aws_subnet.dev_eu_central_1_app_public_a.id
    "public-b"  = aws_subnet.dev_eu_central_1_app_public_b.id
    "private-a" = aws_subnet.dev_eu_central_1_app_private_a.id
    "private-b" = aws_subnet.dev_eu_central_1_app_private_b.id
  }
}

output "vpc_id_dev_eu_central_1_app" {
  description = "VPC dev/eu-central-1/app."
  value       = aws_vpc.dev_eu_central_1_app.id
}
