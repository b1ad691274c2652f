output "subnet_ids_team03_us_east_1_vpc21" {
  description = "Subnet ids of team03/us-east-1/vpc21 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc21_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc21_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc21_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc21_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc22" {
  description = "Subnet ids of team03/us-east-1/vpc22 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc22_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc22_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc22_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc22_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc23" {
  description = "Subnet ids of team03/us-east-1/vpc23 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc23_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc23_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc23_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc23_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc24" {
  description = "Subnet ids of team03/us-east-1/vpc24 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc24_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc24_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc24_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc24_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc25" {
  description = "Subnet ids of team03/us-east-1/vpc25 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc25_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc25_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc25_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc25_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc26" {
  description = "Subnet ids of team03/us-east-1/vpc26 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc26_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc26_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc26_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc26_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc27" {
  description = "Subnet ids of team03/us-east-1/vpc27 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc27_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc27_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc27_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc27_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc28" {
  description = "Subnet ids of team03/us-east-1/vpc28 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc28_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc28_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc28_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc28_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc29" {
  description = "Subnet ids of team03/us-east-1/vpc29 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc29_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc29_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc29_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc29_tgw_attach_b.id
  }
}

output "subnet_ids_team03_us_east_1_vpc30" {
  description = "Subnet ids of team03/us-east-1/vpc30 by subnet name."
  value = {
    "app-a"        = aws_subnet.team03_us_east_1_vpc30_app_a.id
    "app-b"        = aws_subnet.team03_us_east_1_vpc30_app_b.id
    "tgw-attach-a" = aws_subnet.team03_us_east_1_vpc30_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team03_us_east_1_vpc30_tgw_attach_b.id
  }
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc21" {
  description = "Attachment of team03/us-east-1/vpc21 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc21[*].id)
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc22" {
  description = "Attachment of team03/us-east-1/vpc22 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc22[*].id)
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc23" {
  description = "Attachment of team03/us-east-1/vpc23 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc23[*].id)
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc24" {
  description = "Attachment of team03/us-east-1/vpc24 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc24[*].id)
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc25" {
  description = "Attachment of team03/us-east-1/vpc25 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc25[*].id)
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc26" {
  description = "Attachment of team03/us-east-1/vpc26 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc26[*].id)
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc27" {
  description = "Attachment of team03/us-east-1/vpc27 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc27[*].id)
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc28" {
  description = "Attachment of team03/us-east-1/vpc28 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc28[*].id)
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc29" {
  description = "Attachment of team03/us-east-1/vpc29 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc29[*].id)
}

output "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc30" {
  description = "Attachment of team03/us-east-1/vpc30 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team03_us_east_1_vpc30[*].id)
}

output "vpc_id_team03_us_east_1_vpc21" {
  description = "VPC team03/us-east-1/vpc21."
  value       = aws_vpc.team03_us_east_1_vpc21.id
}

output "vpc_id_team03_us_east_1_vpc22" {
  description = "VPC team03/us-east-1/vpc22."
  value       = aws_vpc.team03_us_east_1_vpc22.id
}

output "vpc_id_team03_us_east_1_vpc23" {
  description = "VPC team03/us-east-1/vpc23."
  value       = aws_vpc.team03_us_east_1_vpc23.id
}

output "vpc_id_team03_us_east_1_vpc24" {
  description = "VPC team03/us-east-1/vpc24."
  value       = aws_vpc.team03_us_east_1_vpc24.id
}

output "vpc_id_team03_us_east_1_vpc25" {
  description = "VPC team03/us-east-1/vpc25."
  value       = aws_vpc.team03_us_east_1_vpc25.id
}

output "vpc_id_team03_us_east_1_vpc26" {
  description = "VPC team03/us-east-1/vpc26."
  value       = aws_vpc.team03_us_east_1_vpc26.id
}

output "vpc_id_team03_us_east_1_vpc27" {
  description = "VPC team03/us-east-1/vpc27."
  value       = aws_vpc.team03_us_east_1_vpc27.id
}

output "vpc_id_team03_us_east_1_vpc28" {
  description = "VPC team03/us-east-1/vpc28."
  value       = aws_vpc.team03_us_east_1_vpc28.id
}

output "vpc_id_team03_us_east_1_vpc29" {
  description = "VPC team03/us-east-1/vpc29."
  value       = aws_vpc.team03_us_east_1_vpc29.id
}

output "vpc_id_team03_us_east_1_vpc30" {
  description = "VPC team03/us-east-1/vpc30."
  value       = aws_vpc.team03_us_east_1_vpc30.id
}
