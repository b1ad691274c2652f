output "subnet_ids_team01_us_east_1_vpc01" {
  description = "Subnet ids of team01/us-east-1/vpc01 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc01_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc01_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc01_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc01_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc02" {
  description = "Subnet ids of team01/us-east-1/vpc02 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc02_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc02_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc02_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc02_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc03" {
  description = "Subnet ids of team01/us-east-1/vpc03 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc03_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc03_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc03_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc03_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc04" {
  description = "Subnet ids of team01/us-east-1/vpc04 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc04_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc04_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc04_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc04_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc05" {
  description = "Subnet ids of team01/us-east-1/vpc05 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc05_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc05_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc05_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc05_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc06" {
  description = "Subnet ids of team01/us-east-1/vpc06 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc06_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc06_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc06_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc06_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc07" {
  description = "Subnet ids of team01/us-east-1/vpc07 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc07_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc07_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc07_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc07_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc08" {
  description = "Subnet ids of team01/us-east-1/vpc08 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc08_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc08_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc08_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc08_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc09" {
  description = "Subnet ids of team01/us-east-1/vpc09 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc09_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc09_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc09_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc09_tgw_attach_b.id
  }
}

output "subnet_ids_team01_us_east_1_vpc10" {
  description = "Subnet ids of team01/us-east-1/vpc10 by subnet name."
  value = {
    "app-a"        = aws_subnet.team01_us_east_1_vpc10_app_a.id
    "app-b"        = aws_subnet.team01_us_east_1_vpc10_app_b.id
    "tgw-attach-a" = aws_subnet.team01_us_east_1_vpc10_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team01_us_east_1_vpc10_tgw_attach_b.id
  }
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc01" {
  description = "Attachment of team01/us-east-1/vpc01 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc01[*].id)
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc02" {
  description = "Attachment of team01/us-east-1/vpc02 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc02[*].id)
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc03" {
  description = "Attachment of team01/us-east-1/vpc03 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc03[*].id)
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc04" {
  description = "Attachment of team01/us-east-1/vpc04 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc04[*].id)
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc05" {
  description = "Attachment of team01/us-east-1/vpc05 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc05[*].id)
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc06" {
  description = "Attachment of team01/us-east-1/vpc06 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc06[*].id)
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc07" {
  description = "Attachment of team01/us-east-1/vpc07 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc07[*].id)
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc08" {
  description = "Attachment of team01/us-east-1/vpc08 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc08[*].id)
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc09" {
  description = "Attachment of team01/us-east-1/vpc09 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc09[*].id)
}

output "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc10" {
  description = "Attachment of team01/us-east-1/vpc10 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc10[*].id)
}

output "vpc_id_team01_us_east_1_vpc01" {
  description = "VPC team01/us-east-1/vpc01."
  value       = aws_vpc.team01_us_east_1_vpc01.id
}

output "vpc_id_team01_us_east_1_vpc02" {
  description = "VPC team01/us-east-1/vpc02."
  value       = aws_vpc.team01_us_east_1_vpc02.id
}

output "vpc_id_team01_us_east_1_vpc03" {
  description = "VPC team01/us-east-1/vpc03."
  value       = aws_vpc.team01_us_east_1_vpc03.id
}

output "vpc_id_team01_us_east_1_vpc04" {
  description = "VPC team01/us-east-1/vpc04."
  value       = aws_vpc.team01_us_east_1_vpc04.id
}

output "vpc_id_team01_us_east_1_vpc05" {
  description = "VPC team01/us-east-1/vpc05."
  value       = aws_vpc.team01_us_east_1_vpc05.id
}

output "vpc_id_team01_us_east_1_vpc06" {
  description = "VPC team01/us-east-1/vpc06."
  value       = aws_vpc.team01_us_east_1_vpc06.id
}

output "vpc_id_team01_us_east_1_vpc07" {
  description = "VPC team01/us-east-1/vpc07."
  value       = aws_vpc.team01_us_east_1_vpc07.id
}

output "vpc_id_team01_us_east_1_vpc08" {
  description = "VPC team01/us-east-1/vpc08."
  value       = aws_vpc.team01_us_east_1_vpc08.id
}

output "vpc_id_team01_us_east_1_vpc09" {
  description = "VPC team01/us-east-1/vpc09."
  value       = aws_vpc.team01_us_east_1_vpc09.id
}

output "vpc_id_team01_us_east_1_vpc10" {
  description = "VPC team01/us-east-1/vpc10."
  value       = aws_vpc.team01_us_east_1_vpc10.id
}
