output "subnet_ids_team04_us_east_1_vpc31" {
  description = "Subnet ids of team04/us-east-1/vpc31 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc31_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc31_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc31_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc31_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc32" {
  description = "Subnet ids of team04/us-east-1/vpc32 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc32_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc32_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc32_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc32_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc33" {
  description = "Subnet ids of team04/us-east-1/vpc33 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc33_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc33_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc33_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc33_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc34" {
  description = "Subnet ids of team04/us-east-1/vpc34 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc34_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc34_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc34_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc34_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc35" {
  description = "Subnet ids of team04/us-east-1/vpc35 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc35_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc35_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc35_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc35_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc36" {
  description = "Subnet ids of team04/us-east-1/vpc36 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc36_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc36_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc36_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc36_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc37" {
  description = "Subnet ids of team04/us-east-1/vpc37 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc37_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc37_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc37_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc37_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc38" {
  description = "Subnet ids of team04/us-east-1/vpc38 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc38_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc38_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc38_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc38_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc39" {
  description = "Subnet ids of team04/us-east-1/vpc39 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc39_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc39_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc39_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc39_tgw_attach_b.id
  }
}

output "subnet_ids_team04_us_east_1_vpc40" {
  description = "Subnet ids of team04/us-east-1/vpc40 by subnet name."
  value = {
    "app-a"        = aws_subnet.team04_us_east_1_vpc40_app_a.id
    "app-b"        = aws_subnet.team04_us_east_1_vpc40_app_b.id
    "tgw-attach-a" = aws_subnet.team04_us_east_1_vpc40_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.team04_us_east_1_vpc40_tgw_attach_b.id
  }
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc31" {
  description = "Attachment of team04/us-east-1/vpc31 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc31[*].id)
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc32" {
  description = "Attachment of team04/us-east-1/vpc32 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc32[*].id)
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc33" {
  description = "Attachment of team04/us-east-1/vpc33 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc33[*].id)
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc34" {
  description = "Attachment of team04/us-east-1/vpc34 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc34[*].id)
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc35" {
  description = "Attachment of team04/us-east-1/vpc35 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc35[*].id)
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc36" {
  description = "Attachment of team04/us-east-1/vpc36 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc36[*].id)
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc37" {
  description = "Attachment of team04/us-east-1/vpc37 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc37[*].id)
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc38" {
  description = "Attachment of team04/us-east-1/vpc38 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc38[*].id)
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc39" {
  description = "Attachment of team04/us-east-1/vpc39 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc39[*].id)
}

output "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc40" {
  description = "Attachment of team04/us-east-1/vpc40 to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team04_us_east_1_vpc40[*].id)
}

output "vpc_id_team04_us_east_1_vpc31" {
  description = "VPC team04/us-east-1/vpc31."
  value       = aws_vpc.team04_us_east_1_vpc31.id
}

output "vpc_id_team04_us_east_1_vpc32" {
  description = "VPC team04/us-east-1/vpc32."
  value       = aws_vpc.team04_us_east_1_vpc32.id
}

output "vpc_id_team04_us_east_1_vpc33" {
  description = "VPC team04/us-east-1/vpc33."
  value       = aws_vpc.team04_us_east_1_vpc33.id
}

output "vpc_id_team04_us_east_1_vpc34" {
  description = "VPC team04/us-east-1/vpc34."
  value       = aws_vpc.team04_us_east_1_vpc34.id
}

output "vpc_id_team04_us_east_1_vpc35" {
  description = "VPC team04/us-east-1/vpc35."
  value       = aws_vpc.team04_us_east_1_vpc35.id
}

output "vpc_id_team04_us_east_1_vpc36" {
  description = "VPC team04/us-east-1/vpc36."
  value       = aws_vpc.team04_us_east_1_vpc36.id
}

output "vpc_id_team04_us_east_1_vpc37" {
  description = "VPC team04/us-east-1/vpc37."
  value       = aws_vpc.team04_us_east_1_vpc37.id
}

output "vpc_id_team04_us_east_1_vpc38" {
  description = "VPC team04/us-east-1/vpc38."
  value       = aws_vpc.team04_us_east_1_vpc38.id
}

output "vpc_id_team04_us_east_1_vpc39" {
  description = "VPC team04/us-east-1/vpc39."
  value       = aws_vpc.team04_us_east_1_vpc39.id
}

output "vpc_id_team04_us_east_1_vpc40" {
  description = "VPC team04/us-east-1/vpc40."
  value       = aws_vpc.team04_us_east_1_vpc40.id
}
