output "subnet_ids_team05_us_east_1_vpc09" {
  description = "Subnet ids of team05/us-east-1/vpc09 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc09_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc09_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc09_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc09_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc10" {
  description = "Subnet ids of team05/us-east-1/vpc10 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc10_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc10_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc10_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc10_tgw_attach_b.id
  }
}

output "vpc_id_team05_us_east_1_vpc09" {
  description = "VPC team05/us-east-1/vpc09."
  value       = aws_vpc.team05_us_east_1_vpc09.id
}

output "vpc_id_team05_us_east_1_vpc10" {
  description = "VPC team05/us-east-1/vpc10."
  value       = aws_vpc.team05_us_east_1_vpc10.id
}
