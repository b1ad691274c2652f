output "subnet_ids_team02_us_east_1_vpc11" {
  description = "Subnet ids of team02/us-east-1/vpc11 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc11_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc11_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc11_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc11_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc12" {
  description = "Subnet ids of team02/us-east-1/vpc12 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc12_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc12_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc12_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc12_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc13" {
  description = "Subnet ids of team02/us-east-1/vpc13 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc13_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc13_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc13_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc13_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc14" {
  description = "Subnet ids of team02/us-east-1/vpc14 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc14_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc14_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc14_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc14_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc15" {
  description = "Subnet ids of team02/us-east-1/vpc15 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc15_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc15_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc15_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc15_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc16" {
  description = "Subnet ids of team02/us-east-1/vpc16 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc16_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc16_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc16_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc16_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc17" {
  description = "Subnet ids of team02/us-east-1/vpc17 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc17_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc17_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc17_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc17_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc18" {
  description = "Subnet ids of team02/us-east-1/vpc18 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc18_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc18_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc18_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc18_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc19" {
  description = "Subnet ids of team02/us-east-1/vpc19 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc19_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc19_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc19_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc19_tgw_attach_b.id
  }
}

output "subnet_ids_team02_us_east_1_vpc20" {
  description = "Subnet ids of team02/us-east-1/vpc20 by subnet name."
  value = {
    "app-a"        = aws_subnet.team02_us_east_1_vpc20_app_a.id
    "app-b"        = aws_subnet.team02_us_east_1_vpc20_app_b.id
    "tgw-attach-a" = aws_subnet.team02_us_east_1_vpc20_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team02_us_east_1_vpc20_tgw_attach_b.id
  }
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc11" {
  description = "Attachment of team02/us-east-1/vpc11 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc11[*].id)
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc12" {
  description = "Attachment of team02/us-east-1/vpc12 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc12[*].id)
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc13" {
  description = "Attachment of team02/us-east-1/vpc13 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc13[*].id)
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc14" {
  description = "Attachment of team02/us-east-1/vpc14 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc14[*].id)
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc15" {
  description = "Attachment of team02/us-east-1/vpc15 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc15[*].id)
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc16" {
  description = "Attachment of team02/us-east-1/vpc16 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc16[*].id)
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc17" {
  description = "Attachment of team02/us-east-1/vpc17 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc17[*].id)
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc18" {
  description = "Attachment of team02/us-east-1/vpc18 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc18[*].id)
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc19" {
  description = "Attachment of team02/us-east-1/vpc19 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc19[*].id)
}

output "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc20" {
  description = "Attachment of team02/us-east-1/vpc20 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team02_us_east_1_vpc20[*].id)
}

output "vpc_id_team02_us_east_1_vpc11" {
  description = "VPC team02/us-east-1/vpc11."
  value       = aws_vpc.team02_us_east_1_vpc11.id
}

output "vpc_id_team02_us_east_1_vpc12" {
  description = "VPC team02/us-east-1/vpc12."
  value       = aws_vpc.team02_us_east_1_vpc12.id
}

output "vpc_id_team02_us_east_1_vpc13" {
  description = "VPC team02/us-east-1/vpc13."
  value       = aws_vpc.team02_us_east_1_vpc13.id
}

output "vpc_id_team02_us_east_1_vpc14" {
  description = "VPC team02/us-east-1/vpc14."
  value       = aws_vpc.team02_us_east_1_vpc14.id
}

output "vpc_id_team02_us_east_1_vpc15" {
  description = "VPC team02/us-east-1/vpc15."
  value       = aws_vpc.team02_us_east_1_vpc15.id
}

output "vpc_id_team02_us_east_1_vpc16" {
  description = "VPC team02/us-east-1/vpc16."
  value       = aws_vpc.team02_us_east_1_vpc16.id
}

output "vpc_id_team02_us_east_1_vpc17" {
  description = "VPC team02/us-east-1/vpc17."
  value       = aws_vpc.team02_us_east_1_vpc17.id
}

output "vpc_id_team02_us_east_1_vpc18" {
  description = "VPC team02/us-east-1/vpc18."
  value       = aws_vpc.team02_us_east_1_vpc18.id
}

output "vpc_id_team02_us_east_1_vpc19" {
  description = "VPC team02/us-east-1/vpc19."
  value       = aws_vpc.team02_us_east_1_vpc19.id
}

output "vpc_id_team02_us_east_1_vpc20" {
  description = "VPC team02/us-east-1/vpc20."
  value       = aws_vpc.team02_us_east_1_vpc20.id
}
