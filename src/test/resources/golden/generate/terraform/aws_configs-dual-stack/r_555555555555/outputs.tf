output "subnet_ids_vpc_07e6d5c4b3a291807" {
  description = "Subnet ids of 555555555555/us-east-1/legacy-v4 by subnet name."
  value = {
    "legacy-a" = aws_subnet.subnet_0a11c0ffee0000005.id
    "legacy-b" = aws_subnet.subnet_0a11c0ffee0000006.id
  }
}

output "subnet_ids_vpc_0d5a1e2f3b4c5d6e7" {
  description = "Subnet ids of 555555555555/us-east-1/dual-app by subnet name."
  value = {
    "app-a"       = aws_subnet.subnet_0a11c0ffee0000001.id
    "app-b"       = aws_subnet.subnet_0a11c0ffee0000002.id
    "app-c"       = aws_subnet.subnet_0a11c0ffee0000003.id
    "ipv6-only-a" = aws_subnet.subnet_0a11c0ffee0000004.id
  }
}

output "vpc_id_vpc_07e6d5c4b3a291807" {
  description = "VPC 555555555555/us-east-1/legacy-v4."
  value       = aws_vpc.vpc_07e6d5c4b3a291807.id
}

output "vpc_id_vpc_0d5a1e2f3b4c5d6e7" {
  description = "VPC 555555555555/us-east-1/dual-app."
  value       = aws_vpc.vpc_0d5a1e2f3b4c5d6e7.id
}
