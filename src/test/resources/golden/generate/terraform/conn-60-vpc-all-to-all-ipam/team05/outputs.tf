output "subnet_ids_team05_us_east_1_vpc41" {
  description = "Subnet ids of team05/us-east-1/vpc41 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc41_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc41_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc41_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc41_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc42" {
  description = "Subnet ids of team05/us-east-1/vpc42 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc42_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc42_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc42_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc42_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc43" {
  description = "Subnet ids of team05/us-east-1/vpc43 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc43_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc43_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc43_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc43_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc44" {
  description = "Subnet ids of team05/us-east-1/vpc44 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc44_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc44_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc44_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc44_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc45" {
  description = "Subnet ids of team05/us-east-1/vpc45 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc45_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc45_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc45_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc45_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc46" {
  description = "Subnet ids of team05/us-east-1/vpc46 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc46_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc46_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc46_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc46_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc47" {
  description = "Subnet ids of team05/us-east-1/vpc47 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc47_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc47_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc47_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc47_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc48" {
  description = "Subnet ids of team05/us-east-1/vpc48 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc48_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc48_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc48_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc48_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc49" {
  description = "Subnet ids of team05/us-east-1/vpc49 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc49_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc49_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc49_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc49_tgw_attach_b.id
  }
}

output "subnet_ids_team05_us_east_1_vpc50" {
  description = "Subnet ids of team05/us-east-1/vpc50 by subnet name."
  value = {
    "app-a"        = aws_subnet.team05_us_east_1_vpc50_app_a.id
    "app-b"        = aws_subnet.team05_us_east_1_vpc50_app_b.id
    "tgw-attach-a" = aws_subnet.team05_us_east_1_vpc50_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team05_us_east_1_vpc50_tgw_attach_b.id
  }
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc41" {
  description = "Attachment of team05/us-east-1/vpc41 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc41[*].id)
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc42" {
  description = "Attachment of team05/us-east-1/vpc42 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc42[*].id)
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc43" {
  description = "Attachment of team05/us-east-1/vpc43 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc43[*].id)
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc44" {
  description = "Attachment of team05/us-east-1/vpc44 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc44[*].id)
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc45" {
  description = "Attachment of team05/us-east-1/vpc45 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc45[*].id)
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc46" {
  description = "Attachment of team05/us-east-1/vpc46 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc46[*].id)
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc47" {
  description = "Attachment of team05/us-east-1/vpc47 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc47[*].id)
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc48" {
  description = "Attachment of team05/us-east-1/vpc48 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc48[*].id)
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc49" {
  description = "Attachment of team05/us-east-1/vpc49 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc49[*].id)
}

output "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc50" {
  description = "Attachment of team05/us-east-1/vpc50 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc50[*].id)
}

output "vpc_id_team05_us_east_1_vpc41" {
  description = "VPC team05/us-east-1/vpc41."
  value       = aws_vpc.team05_us_east_1_vpc41.id
}

output "vpc_id_team05_us_east_1_vpc42" {
  description = "VPC team05/us-east-1/vpc42."
  value       = aws_vpc.team05_us_east_1_vpc42.id
}

output "vpc_id_team05_us_east_1_vpc43" {
  description = "VPC team05/us-east-1/vpc43."
  value       = aws_vpc.team05_us_east_1_vpc43.id
}

output "vpc_id_team05_us_east_1_vpc44" {
  description = "VPC team05/us-east-1/vpc44."
  value       = aws_vpc.team05_us_east_1_vpc44.id
}

output "vpc_id_team05_us_east_1_vpc45" {
  description = "VPC team05/us-east-1/vpc45."
  value       = aws_vpc.team05_us_east_1_vpc45.id
}

output "vpc_id_team05_us_east_1_vpc46" {
  description = "VPC team05/us-east-1/vpc46."
  value       = aws_vpc.team05_us_east_1_vpc46.id
}

output "vpc_id_team05_us_east_1_vpc47" {
  description = "VPC team05/us-east-1/vpc47."
  value       = aws_vpc.team05_us_east_1_vpc47.id
}

output "vpc_id_team05_us_east_1_vpc48" {
  description = "VPC team05/us-east-1/vpc48."
  value       = aws_vpc.team05_us_east_1_vpc48.id
}

output "vpc_id_team05_us_east_1_vpc49" {
  description = "VPC team05/us-east-1/vpc49."
  value       = aws_vpc.team05_us_east_1_vpc49.id
}

output "vpc_id_team05_us_east_1_vpc50" {
  description = "VPC team05/us-east-1/vpc50."
  value       = aws_vpc.team05_us_east_1_vpc50.id
}
