resource "aws_vpc" "support_nonprod_eu_west_1_support" {
  provider = aws.eu_west_1

  cidr_block                       = "10.18.120.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_eu_west_1_nonprod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "support"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "support_nonprod_eu_west_1_support_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.support_nonprod_eu_west_1_support.id
  cidr_block                      = "10.18.120.0/23"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.support_nonprod_eu_west_1_support.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "support-app-a"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "support_nonprod_eu_west_1_support_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.support_nonprod_eu_west_1_support.id
  cidr_block                      = "10.18.122.0/23"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.support_nonprod_eu_west_1_support.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "support-app-b"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "support_nonprod_eu_west_1_support_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.support_nonprod_eu_west_1_support.id
  cidr_block                      = "10.18.124.0/23"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.support_nonprod_eu_west_1_support.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "support-app-c"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "support_nonprod_eu_west_1_support_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.support_nonprod_eu_west_1_support.id
  cidr_block                      = "10.18.126.0/26"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.support_nonprod_eu_west_1_support.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "support-data-a"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "support_nonprod_eu_west_1_support_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.support_nonprod_eu_west_1_support.id
  cidr_block                      = "10.18.126.64/26"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.support_nonprod_eu_west_1_support.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "support-data-b"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "support_nonprod_eu_west_1_support_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.support_nonprod_eu_west_1_support.id
  cidr_block                      = "10.18.126.128/26"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.support_nonprod_eu_west_1_support.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "support-data-c"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "support_nonprod_eu_west_1_support_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.support_nonprod_eu_west_1_support.id
  cidr_block                      = "10.18.126.192/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.support_nonprod_eu_west_1_support.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "support-tgw-attach-a"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "support_nonprod_eu_west_1_support_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.support_nonprod_eu_west_1_support.id
  cidr_block                      = "10.18.126.208/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.support_nonprod_eu_west_1_support.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "support-tgw-attach-b"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "support_nonprod_eu_west_1_support_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.support_nonprod_eu_west_1_support.id
  cidr_block                      = "10.18.126.224/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.support_nonprod_eu_west_1_support.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "support-tgw-attach-c"
    "vpcplan:id"   = "support-nonprod/eu-west-1/support/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_support_nonprod_eu_west_1_support" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.support_nonprod_eu_west_1_support.id
  subnet_ids = [
    aws_subnet.support_nonprod_eu_west_1_support_tgw_attach_a.id,
    aws_subnet.support_nonprod_eu_west_1_support_tgw_attach_b.id,
    aws_subnet.support_nonprod_eu_west_1_support_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "support-nonprod-support"
    "vpcplan:id"   = "tgw-attach/support-nonprod/eu-west-1/support"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_support_nonprod_eu_west_1_support_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.support_nonprod_eu_west_1_support.id

  tags = {
    Name           = "support-tgw-attach"
    "vpcplan:id"   = "rtb/support-nonprod/eu-west-1/support/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "support_nonprod_eu_west_1_support_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.support_nonprod_eu_west_1_support_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_support_nonprod_eu_west_1_support_tgw_attach.id
}

resource "aws_route_table_association" "support_nonprod_eu_west_1_support_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.support_nonprod_eu_west_1_support_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_support_nonprod_eu_west_1_support_tgw_attach.id
}

resource "aws_route_table_association" "support_nonprod_eu_west_1_support_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.support_nonprod_eu_west_1_support_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_support_nonprod_eu_west_1_support_tgw_attach.id
}

resource "aws_route_table" "rtb_support_nonprod_eu_west_1_support_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.support_nonprod_eu_west_1_support.id

  tags = {
    Name           = "support-workload"
    "vpcplan:id"   = "rtb/support-nonprod/eu-west-1/support/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_support_nonprod_eu_west_1_support_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_support_nonprod_eu_west_1_support]
}

resource "aws_route" "rtb_support_nonprod_eu_west_1_support_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_support_nonprod_eu_west_1_support]
}

resource "aws_route" "rtb_support_nonprod_eu_west_1_support_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_support_nonprod_eu_west_1_support]
}

resource "aws_route" "rtb_support_nonprod_eu_west_1_support_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_support_nonprod_eu_west_1_support]
}

resource "aws_route_table_association" "support_nonprod_eu_west_1_support_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.support_nonprod_eu_west_1_support_app_a.id
  route_table_id = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
}

resource "aws_route_table_association" "support_nonprod_eu_west_1_support_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.support_nonprod_eu_west_1_support_app_b.id
  route_table_id = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
}

resource "aws_route_table_association" "support_nonprod_eu_west_1_support_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.support_nonprod_eu_west_1_support_app_c.id
  route_table_id = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
}

resource "aws_route_table_association" "support_nonprod_eu_west_1_support_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.support_nonprod_eu_west_1_support_data_a.id
  route_table_id = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
}

resource "aws_route_table_association" "support_nonprod_eu_west_1_support_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.support_nonprod_eu_west_1_support_data_b.id
  route_table_id = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
}

resource "aws_route_table_association" "support_nonprod_eu_west_1_support_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.support_nonprod_eu_west_1_support_data_c.id
  route_table_id = aws_route_table.rtb_support_nonprod_eu_west_1_support_workload.id
}
