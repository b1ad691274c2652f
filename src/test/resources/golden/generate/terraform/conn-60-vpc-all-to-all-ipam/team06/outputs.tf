output "subnet_ids_team06_us_east_1_vpc51" {
  description = "Subnet ids of team06/us-east-1/vpc51 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc51_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc51_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc51_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc51_tgw_attach_b.id
  }
}

output "subnet_ids_team06_us_east_1_vpc52" {
  description = "Subnet ids of team06/us-east-1/vpc52 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc52_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc52_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc52_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc52_tgw_attach_b.id
  }
}

output "subnet_ids_team06_us_east_1_vpc53" {
  description = "Subnet ids of team06/us-east-1/vpc53 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc53_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc53_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc53_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc53_tgw_attach_b.id
  }
}

output "subnet_ids_team06_us_east_1_vpc54" {
  description = "Subnet ids of team06/us-east-1/vpc54 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc54_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc54_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc54_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc54_tgw_attach_b.id
  }
}

output "subnet_ids_team06_us_east_1_vpc55" {
  description = "Subnet ids of team06/us-east-1/vpc55 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc55_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc55_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc55_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc55_tgw_attach_b.id
  }
}

output "subnet_ids_team06_us_east_1_vpc56" {
  description = "Subnet ids of team06/us-east-1/vpc56 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc56_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc56_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc56_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc56_tgw_attach_b.id
  }
}

output "subnet_ids_team06_us_east_1_vpc57" {
  description = "Subnet ids of team06/us-east-1/vpc57 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc57_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc57_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc57_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc57_tgw_attach_b.id
  }
}

output "subnet_ids_team06_us_east_1_vpc58" {
  description = "Subnet ids of team06/us-east-1/vpc58 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc58_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc58_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc58_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc58_tgw_attach_b.id
  }
}

output "subnet_ids_team06_us_east_1_vpc59" {
  description = "Subnet ids of team06/us-east-1/vpc59 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc59_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc59_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc59_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc59_tgw_attach_b.id
  }
}

output "subnet_ids_team06_us_east_1_vpc60" {
  description = "Subnet ids of team06/us-east-1/vpc60 by subnet name."
  value = {
    "app-a"        = aws_subnet.team06_us_east_1_vpc60_app_a.id
    "app-b"        = aws_subnet.team06_us_east_1_vpc60_app_b.id
    "tgw-attach-a" = aws_subnet.team06_us_east_1_vpc60_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team06_us_east_1_vpc60_tgw_attach_b.id
  }
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc51" {
  description = "Attachment of team06/us-east-1/vpc51 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc51[*].id)
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc52" {
  description = "Attachment of team06/us-east-1/vpc52 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc52[*].id)
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc53" {
  description = "Attachment of team06/us-east-1/vpc53 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc53[*].id)
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc54" {
  description = "Attachment of team06/us-east-1/vpc54 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc54[*].id)
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc55" {
  description = "Attachment of team06/us-east-1/vpc55 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc55[*].id)
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc56" {
  description = "Attachment of team06/us-east-1/vpc56 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc56[*].id)
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc57" {
  description = "Attachment of team06/us-east-1/vpc57 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc57[*].id)
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc58" {
  description = "Attachment of team06/us-east-1/vpc58 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc58[*].id)
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc59" {
  description = "Attachment of team06/us-east-1/vpc59 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc59[*].id)
}

output "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc60" {
  description = "Attachment of team06/us-east-1/vpc60 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team06_us_east_1_vpc60[*].id)
}

output "vpc_id_team06_us_east_1_vpc51" {
  description = "VPC team06/us-east-1/vpc51."
  value       = aws_vpc.team06_us_east_1_vpc51.id
}

output "vpc_id_team06_us_east_1_vpc52" {
  description = "VPC team06/us-east-1/vpc52."
  value       = aws_vpc.team06_us_east_1_vpc52.id
}

output "vpc_id_team06_us_east_1_vpc53" {
  description = "VPC team06/us-east-1/vpc53."
  value       = aws_vpc.team06_us_east_1_vpc53.id
}

output "vpc_id_team06_us_east_1_vpc54" {
  description = "VPC team06/us-east-1/vpc54."
  value       = aws_vpc.team06_us_east_1_vpc54.id
}

output "vpc_id_team06_us_east_1_vpc55" {
  description = "VPC team06/us-east-1/vpc55."
  value       = aws_vpc.team06_us_east_1_vpc55.id
}

output "vpc_id_team06_us_east_1_vpc56" {
  description = "VPC team06/us-east-1/vpc56."
  value       = aws_vpc.team06_us_east_1_vpc56.id
}

output "vpc_id_team06_us_east_1_vpc57" {
  description = "VPC team06/us-east-1/vpc57."
  value       = aws_vpc.team06_us_east_1_vpc57.id
}

output "vpc_id_team06_us_east_1_vpc58" {
  description = "VPC team06/us-east-1/vpc58."
  value       = aws_vpc.team06_us_east_1_vpc58.id
}

output "vpc_id_team06_us_east_1_vpc59" {
  description = "VPC team06/us-east-1/vpc59."
  value       = aws_vpc.team06_us_east_1_vpc59.id
}

output "vpc_id_team06_us_east_1_vpc60" {
  description = "VPC team06/us-east-1/vpc60."
  value       = aws_vpc.team06_us_east_1_vpc60.id
}
