resource "aws_vpc" "security_tooling_us_east_1_scanners" {
  provider = aws.us_east_1

  cidr_block                       = "10.4.0.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_us_east_1_shared
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "scanners"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "security_tooling_us_east_1_scanners_app_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.security_tooling_us_east_1_scanners.id
  cidr_block                      = "10.4.0.0/23"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.security_tooling_us_east_1_scanners.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "scanners-app-a"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "security_tooling_us_east_1_scanners_app_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.security_tooling_us_east_1_scanners.id
  cidr_block                      = "10.4.2.0/23"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.security_tooling_us_east_1_scanners.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "scanners-app-b"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "security_tooling_us_east_1_scanners_app_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.security_tooling_us_east_1_scanners.id
  cidr_block                      = "10.4.4.0/23"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.security_tooling_us_east_1_scanners.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "scanners-app-c"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "security_tooling_us_east_1_scanners_data_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.security_tooling_us_east_1_scanners.id
  cidr_block                      = "10.4.6.0/26"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.security_tooling_us_east_1_scanners.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "scanners-data-a"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "security_tooling_us_east_1_scanners_data_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.security_tooling_us_east_1_scanners.id
  cidr_block                      = "10.4.6.64/26"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.security_tooling_us_east_1_scanners.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "scanners-data-b"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "security_tooling_us_east_1_scanners_data_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.security_tooling_us_east_1_scanners.id
  cidr_block                      = "10.4.6.128/26"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.security_tooling_us_east_1_scanners.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "scanners-data-c"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "security_tooling_us_east_1_scanners_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.security_tooling_us_east_1_scanners.id
  cidr_block                      = "10.4.6.192/28"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.security_tooling_us_east_1_scanners.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "scanners-tgw-attach-a"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "security_tooling_us_east_1_scanners_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.security_tooling_us_east_1_scanners.id
  cidr_block                      = "10.4.6.208/28"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.security_tooling_us_east_1_scanners.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "scanners-tgw-attach-b"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "security_tooling_us_east_1_scanners_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.security_tooling_us_east_1_scanners.id
  cidr_block                      = "10.4.6.224/28"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.security_tooling_us_east_1_scanners.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "scanners-tgw-attach-c"
    "vpcplan:id"   = "security-tooling/us-east-1/scanners/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_security_tooling_us_east_1_scanners" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.security_tooling_us_east_1_scanners.id
  subnet_ids = [
    aws_subnet.security_tooling_us_east_1_scanners_tgw_attach_a.id,
    aws_subnet.security_tooling_us_east_1_scanners_tgw_attach_b.id,
    aws_subnet.security_tooling_us_east_1_scanners_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "security-tooling-scanners"
    "vpcplan:id"   = "tgw-attach/security-tooling/us-east-1/scanners"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_security_tooling_us_east_1_scanners_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.security_tooling_us_east_1_scanners.id

  tags = {
    Name           = "scanners-tgw-attach"
    "vpcplan:id"   = "rtb/security-tooling/us-east-1/scanners/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "security_tooling_us_east_1_scanners_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.security_tooling_us_east_1_scanners_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_security_tooling_us_east_1_scanners_tgw_attach.id
}

resource "aws_route_table_association" "security_tooling_us_east_1_scanners_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.security_tooling_us_east_1_scanners_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_security_tooling_us_east_1_scanners_tgw_attach.id
}

resource "aws_route_table_association" "security_tooling_us_east_1_scanners_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.security_tooling_us_east_1_scanners_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_security_tooling_us_east_1_scanners_tgw_attach.id
}

resource "aws_route_table" "rtb_security_tooling_us_east_1_scanners_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.security_tooling_us_east_1_scanners.id

  tags = {
    Name           = "scanners-workload"
    "vpcplan:id"   = "rtb/security-tooling/us-east-1/scanners/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_security_tooling_us_east_1_scanners_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_security_tooling_us_east_1_scanners]
}

resource "aws_route" "rtb_security_tooling_us_east_1_scanners_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_security_tooling_us_east_1_scanners]
}

resource "aws_route" "rtb_security_tooling_us_east_1_scanners_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_security_tooling_us_east_1_scanners]
}

resource "aws_route" "rtb_security_tooling_us_east_1_scanners_workload_default" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_security_tooling_us_east_1_scanners]
}

resource "aws_route_table_association" "security_tooling_us_east_1_scanners_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.security_tooling_us_east_1_scanners_app_a.id
  route_table_id = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
}

resource "aws_route_table_association" "security_tooling_us_east_1_scanners_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.security_tooling_us_east_1_scanners_app_b.id
  route_table_id = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
}

resource "aws_route_table_association" "security_tooling_us_east_1_scanners_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.security_tooling_us_east_1_scanners_app_c.id
  route_table_id = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
}

resource "aws_route_table_association" "security_tooling_us_east_1_scanners_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.security_tooling_us_east_1_scanners_data_a.id
  route_table_id = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
}

resource "aws_route_table_association" "security_tooling_us_east_1_scanners_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.security_tooling_us_east_1_scanners_data_b.id
  route_table_id = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
}

resource "aws_route_table_association" "security_tooling_us_east_1_scanners_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.security_tooling_us_east_1_scanners_data_c.id
  route_table_id = aws_route_table.rtb_security_tooling_us_east_1_scanners_workload.id
}
