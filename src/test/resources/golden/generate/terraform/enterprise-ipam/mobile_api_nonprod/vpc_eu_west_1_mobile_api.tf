resource "aws_vpc" "mobile_api_nonprod_eu_west_1_mobile_api" {
  provider = aws.eu_west_1

  cidr_block                       = "10.18.96.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_eu_west_1_nonprod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "mobile-api"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "mobile_api_nonprod_eu_west_1_mobile_api_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  cidr_block                      = "10.18.96.0/23"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "mobile-api-app-a"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "mobile_api_nonprod_eu_west_1_mobile_api_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  cidr_block                      = "10.18.98.0/23"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "mobile-api-app-b"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "mobile_api_nonprod_eu_west_1_mobile_api_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  cidr_block                      = "10.18.100.0/23"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "mobile-api-app-c"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "mobile_api_nonprod_eu_west_1_mobile_api_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  cidr_block                      = "10.18.102.0/26"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "mobile-api-data-a"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "mobile_api_nonprod_eu_west_1_mobile_api_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  cidr_block                      = "10.18.102.64/26"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "mobile-api-data-b"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "mobile_api_nonprod_eu_west_1_mobile_api_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  cidr_block                      = "10.18.102.128/26"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "mobile-api-data-c"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  cidr_block                      = "10.18.102.192/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "mobile-api-tgw-attach-a"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  cidr_block                      = "10.18.102.208/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "mobile-api-tgw-attach-b"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  cidr_block                      = "10.18.102.224/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "mobile-api-tgw-attach-c"
    "vpcplan:id"   = "mobile-api-nonprod/eu-west-1/mobile-api/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id
  subnet_ids = [
    aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_a.id,
    aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_b.id,
    aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "mobile-api-nonprod-mobile-api"
    "vpcplan:id"   = "tgw-attach/mobile-api-nonprod/eu-west-1/mobile-api"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id

  tags = {
    Name           = "mobile-api-tgw-attach"
    "vpcplan:id"   = "rtb/mobile-api-nonprod/eu-west-1/mobile-api/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach.id
}

resource "aws_route_table_association" "mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach.id
}

resource "aws_route_table_association" "mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_tgw_attach.id
}

resource "aws_route_table" "rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.mobile_api_nonprod_eu_west_1_mobile_api.id

  tags = {
    Name           = "mobile-api-workload"
    "vpcplan:id"   = "rtb/mobile-api-nonprod/eu-west-1/mobile-api/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api]
}

resource "aws_route" "rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api]
}

resource "aws_route" "rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api]
}

resource "aws_route" "rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api]
}

resource "aws_route_table_association" "mobile_api_nonprod_eu_west_1_mobile_api_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_app_a.id
  route_table_id = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
}

resource "aws_route_table_association" "mobile_api_nonprod_eu_west_1_mobile_api_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_app_b.id
  route_table_id = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
}

resource "aws_route_table_association" "mobile_api_nonprod_eu_west_1_mobile_api_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_app_c.id
  route_table_id = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
}

resource "aws_route_table_association" "mobile_api_nonprod_eu_west_1_mobile_api_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_data_a.id
  route_table_id = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
}

resource "aws_route_table_association" "mobile_api_nonprod_eu_west_1_mobile_api_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_data_b.id
  route_table_id = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
}

resource "aws_route_table_association" "mobile_api_nonprod_eu_west_1_mobile_api_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.mobile_api_nonprod_eu_west_1_mobile_api_data_c.id
  route_table_id = aws_route_table.rtb_mobile_api_nonprod_eu_west_1_mobile_api_workload.id
}
