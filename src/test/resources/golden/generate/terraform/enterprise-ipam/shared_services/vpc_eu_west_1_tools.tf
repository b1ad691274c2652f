resource "aws_vpc" "shared_services_eu_west_1_tools" {
  provider = aws.eu_west_1

  cidr_block                       = "10.19.0.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_eu_west_1_shared
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "tools"
    "vpcplan:id"   = "shared-services/eu-west-1/tools"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shared_services_eu_west_1_tools_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.shared_services_eu_west_1_tools.id
  cidr_block                      = "10.19.0.0/23"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shared_services_eu_west_1_tools.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "tools-app-a"
    "vpcplan:id"   = "shared-services/eu-west-1/tools/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shared_services_eu_west_1_tools_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.shared_services_eu_west_1_tools.id
  cidr_block                      = "10.19.2.0/23"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shared_services_eu_west_1_tools.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "tools-app-b"
    "vpcplan:id"   = "shared-services/eu-west-1/tools/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shared_services_eu_west_1_tools_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.shared_services_eu_west_1_tools.id
  cidr_block                      = "10.19.4.0/23"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shared_services_eu_west_1_tools.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "tools-app-c"
    "vpcplan:id"   = "shared-services/eu-west-1/tools/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shared_services_eu_west_1_tools_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.shared_services_eu_west_1_tools.id
  cidr_block                      = "10.19.6.0/26"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shared_services_eu_west_1_tools.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "tools-data-a"
    "vpcplan:id"   = "shared-services/eu-west-1/tools/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shared_services_eu_west_1_tools_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.shared_services_eu_west_1_tools.id
  cidr_block                      = "10.19.6.64/26"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shared_services_eu_west_1_tools.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "tools-data-b"
    "vpcplan:id"   = "shared-services/eu-west-1/tools/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shared_services_eu_west_1_tools_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.shared_services_eu_west_1_tools.id
  cidr_block                      = "10.19.6.128/26"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shared_services_eu_west_1_tools.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "tools-data-c"
    "vpcplan:id"   = "shared-services/eu-west-1/tools/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shared_services_eu_west_1_tools_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.shared_services_eu_west_1_tools.id
  cidr_block                      = "10.19.6.192/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shared_services_eu_west_1_tools.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "tools-tgw-attach-a"
    "vpcplan:id"   = "shared-services/eu-west-1/tools/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shared_services_eu_west_1_tools_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.shared_services_eu_west_1_tools.id
  cidr_block                      = "10.19.6.208/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shared_services_eu_west_1_tools.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "tools-tgw-attach-b"
    "vpcplan:id"   = "shared-services/eu-west-1/tools/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shared_services_eu_west_1_tools_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.shared_services_eu_west_1_tools.id
  cidr_block                      = "10.19.6.224/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shared_services_eu_west_1_tools.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "tools-tgw-attach-c"
    "vpcplan:id"   = "shared-services/eu-west-1/tools/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_shared_services_eu_west_1_tools" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.shared_services_eu_west_1_tools.id
  subnet_ids = [
    aws_subnet.shared_services_eu_west_1_tools_tgw_attach_a.id,
    aws_subnet.shared_services_eu_west_1_tools_tgw_attach_b.id,
    aws_subnet.shared_services_eu_west_1_tools_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "shared-services-tools"
    "vpcplan:id"   = "tgw-attach/shared-services/eu-west-1/tools"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_shared_services_eu_west_1_tools_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.shared_services_eu_west_1_tools.id

  tags = {
    Name           = "tools-tgw-attach"
    "vpcplan:id"   = "rtb/shared-services/eu-west-1/tools/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "shared_services_eu_west_1_tools_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.shared_services_eu_west_1_tools_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_shared_services_eu_west_1_tools_tgw_attach.id
}

resource "aws_route_table_association" "shared_services_eu_west_1_tools_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.shared_services_eu_west_1_tools_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_shared_services_eu_west_1_tools_tgw_attach.id
}

resource "aws_route_table_association" "shared_services_eu_west_1_tools_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.shared_services_eu_west_1_tools_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_shared_services_eu_west_1_tools_tgw_attach.id
}

resource "aws_route_table" "rtb_shared_services_eu_west_1_tools_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.shared_services_eu_west_1_tools.id

  tags = {
    Name           = "tools-workload"
    "vpcplan:id"   = "rtb/shared-services/eu-west-1/tools/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_shared_services_eu_west_1_tools_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shared_services_eu_west_1_tools]
}

resource "aws_route" "rtb_shared_services_eu_west_1_tools_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shared_services_eu_west_1_tools]
}

resource "aws_route" "rtb_shared_services_eu_west_1_tools_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shared_services_eu_west_1_tools]
}

resource "aws_route" "rtb_shared_services_eu_west_1_tools_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shared_services_eu_west_1_tools]
}

resource "aws_route_table_association" "shared_services_eu_west_1_tools_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.shared_services_eu_west_1_tools_app_a.id
  route_table_id = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
}

resource "aws_route_table_association" "shared_services_eu_west_1_tools_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.shared_services_eu_west_1_tools_app_b.id
  route_table_id = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
}

resource "aws_route_table_association" "shared_services_eu_west_1_tools_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.shared_services_eu_west_1_tools_app_c.id
  route_table_id = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
}

resource "aws_route_table_association" "shared_services_eu_west_1_tools_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.shared_services_eu_west_1_tools_data_a.id
  route_table_id = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
}

resource "aws_route_table_association" "shared_services_eu_west_1_tools_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.shared_services_eu_west_1_tools_data_b.id
  route_table_id = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
}

resource "aws_route_table_association" "shared_services_eu_west_1_tools_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.shared_services_eu_west_1_tools_data_c.id
  route_table_id = aws_route_table.rtb_shared_services_eu_west_1_tools_workload.id
}
