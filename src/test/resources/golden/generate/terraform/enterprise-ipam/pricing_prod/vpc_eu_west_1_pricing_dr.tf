resource "aws_vpc" "pricing_prod_eu_west_1_pricing_dr" {
  provider = aws.eu_west_1

  cidr_block                       = "10.16.96.0/19"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_eu_west_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "pricing-dr"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_public_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.120.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-public-a"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_public_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.121.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-public-b"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_public_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.122.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-public-c"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.96.0/21"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-app-a"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.104.0/21"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-app-b"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.112.0/21"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-app-c"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.123.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-data-a"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.124.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-data-b"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.125.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-data-c"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.126.0/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-tgw-attach-a"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.126.16/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-tgw-attach-b"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_prod_eu_west_1_pricing_dr_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  cidr_block                      = "10.16.126.32/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_prod_eu_west_1_pricing_dr.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-dr-tgw-attach-c"
    "vpcplan:id"   = "pricing-prod/eu-west-1/pricing-dr/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "pricing_prod_eu_west_1_pricing_dr" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id

  tags = {
    Name           = "pricing-dr-igw"
    "vpcplan:id"   = "igw/pricing-prod/eu-west-1/pricing-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_pricing_prod_eu_west_1_pricing_dr" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id
  subnet_ids = [
    aws_subnet.pricing_prod_eu_west_1_pricing_dr_tgw_attach_a.id,
    aws_subnet.pricing_prod_eu_west_1_pricing_dr_tgw_attach_b.id,
    aws_subnet.pricing_prod_eu_west_1_pricing_dr_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "pricing-prod-pricing-dr"
    "vpcplan:id"   = "tgw-attach/pricing-prod/eu-west-1/pricing-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_pricing_prod_eu_west_1_pricing_dr_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id

  tags = {
    Name           = "pricing-dr-tgw-attach"
    "vpcplan:id"   = "rtb/pricing-prod/eu-west-1/pricing-dr/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_tgw_attach.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_tgw_attach.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_tgw_attach.id
}

resource "aws_route_table" "rtb_pricing_prod_eu_west_1_pricing_dr_public" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id

  tags = {
    Name           = "pricing-dr-workload-public"
    "vpcplan:id"   = "rtb/pricing-prod/eu-west-1/pricing-dr/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_pricing_prod_eu_west_1_pricing_dr_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_prod_eu_west_1_pricing_dr]
}

resource "aws_route" "rtb_pricing_prod_eu_west_1_pricing_dr_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_prod_eu_west_1_pricing_dr]
}

resource "aws_route" "rtb_pricing_prod_eu_west_1_pricing_dr_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_prod_eu_west_1_pricing_dr]
}

resource "aws_route" "rtb_pricing_prod_eu_west_1_pricing_dr_public_default" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.pricing_prod_eu_west_1_pricing_dr.id
}

resource "aws_route" "rtb_pricing_prod_eu_west_1_pricing_dr_public_default_ipv6" {
  provider = aws.eu_west_1

  route_table_id              = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.pricing_prod_eu_west_1_pricing_dr.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_public_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_public_a.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_public.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_public_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_public_b.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_public.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_public_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_public_c.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_public.id
}

resource "aws_route_table" "rtb_pricing_prod_eu_west_1_pricing_dr_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.pricing_prod_eu_west_1_pricing_dr.id

  tags = {
    Name           = "pricing-dr-workload"
    "vpcplan:id"   = "rtb/pricing-prod/eu-west-1/pricing-dr/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_pricing_prod_eu_west_1_pricing_dr_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_prod_eu_west_1_pricing_dr]
}

resource "aws_route" "rtb_pricing_prod_eu_west_1_pricing_dr_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_prod_eu_west_1_pricing_dr]
}

resource "aws_route" "rtb_pricing_prod_eu_west_1_pricing_dr_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_prod_eu_west_1_pricing_dr]
}

resource "aws_route" "rtb_pricing_prod_eu_west_1_pricing_dr_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_prod_eu_west_1_pricing_dr]
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_app_a.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_app_b.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_app_c.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_data_a.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_data_b.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
}

resource "aws_route_table_association" "pricing_prod_eu_west_1_pricing_dr_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.pricing_prod_eu_west_1_pricing_dr_data_c.id
  route_table_id = aws_route_table.rtb_pricing_prod_eu_west_1_pricing_dr_workload.id
}
