resource "aws_vpc" "pricing_nonprod_us_east_1_pricing" {
  provider = aws.us_east_1

  cidr_block                       = "10.2.96.0/19"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "pricing"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_public_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.120.0/24"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-public-a"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_public_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.121.0/24"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-public-b"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_public_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.122.0/24"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-public-c"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_app_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.96.0/21"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-app-a"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_app_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.104.0/21"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-app-b"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_app_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.112.0/21"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-app-c"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_data_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.123.0/24"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-data-a"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_data_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.124.0/24"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-data-b"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_data_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.125.0/24"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-data-c"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.126.0/28"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-tgw-attach-a"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.126.16/28"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-tgw-attach-b"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "pricing_nonprod_us_east_1_pricing_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  cidr_block                      = "10.2.126.32/28"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.pricing_nonprod_us_east_1_pricing.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "pricing-tgw-attach-c"
    "vpcplan:id"   = "pricing-nonprod/us-east-1/pricing/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "pricing_nonprod_us_east_1_pricing" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.pricing_nonprod_us_east_1_pricing.id

  tags = {
    Name           = "pricing-igw"
    "vpcplan:id"   = "igw/pricing-nonprod/us-east-1/pricing"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_pricing_nonprod_us_east_1_pricing" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.pricing_nonprod_us_east_1_pricing.id
  subnet_ids = [
    aws_subnet.pricing_nonprod_us_east_1_pricing_tgw_attach_a.id,
    aws_subnet.pricing_nonprod_us_east_1_pricing_tgw_attach_b.id,
    aws_subnet.pricing_nonprod_us_east_1_pricing_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "pricing-nonprod-pricing"
    "vpcplan:id"   = "tgw-attach/pricing-nonprod/us-east-1/pricing"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_pricing_nonprod_us_east_1_pricing_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.pricing_nonprod_us_east_1_pricing.id

  tags = {
    Name           = "pricing-tgw-attach"
    "vpcplan:id"   = "rtb/pricing-nonprod/us-east-1/pricing/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_tgw_attach.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_tgw_attach.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_tgw_attach.id
}

resource "aws_route_table" "rtb_pricing_nonprod_us_east_1_pricing_public" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.pricing_nonprod_us_east_1_pricing.id

  tags = {
    Name           = "pricing-workload-public"
    "vpcplan:id"   = "rtb/pricing-nonprod/us-east-1/pricing/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_pricing_nonprod_us_east_1_pricing_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_nonprod_us_east_1_pricing]
}

resource "aws_route" "rtb_pricing_nonprod_us_east_1_pricing_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_nonprod_us_east_1_pricing]
}

resource "aws_route" "rtb_pricing_nonprod_us_east_1_pricing_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_nonprod_us_east_1_pricing]
}

resource "aws_route" "rtb_pricing_nonprod_us_east_1_pricing_public_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.pricing_nonprod_us_east_1_pricing.id
}

resource "aws_route" "rtb_pricing_nonprod_us_east_1_pricing_public_default_ipv6" {
  provider = aws.us_east_1

  route_table_id              = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.pricing_nonprod_us_east_1_pricing.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_public_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_public_a.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_public.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_public_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_public_b.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_public.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_public_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_public_c.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_public.id
}

resource "aws_route_table" "rtb_pricing_nonprod_us_east_1_pricing_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.pricing_nonprod_us_east_1_pricing.id

  tags = {
    Name           = "pricing-workload"
    "vpcplan:id"   = "rtb/pricing-nonprod/us-east-1/pricing/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_pricing_nonprod_us_east_1_pricing_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_nonprod_us_east_1_pricing]
}

resource "aws_route" "rtb_pricing_nonprod_us_east_1_pricing_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_nonprod_us_east_1_pricing]
}

resource "aws_route" "rtb_pricing_nonprod_us_east_1_pricing_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_nonprod_us_east_1_pricing]
}

resource "aws_route" "rtb_pricing_nonprod_us_east_1_pricing_workload_default" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_pricing_nonprod_us_east_1_pricing]
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_app_a.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_app_b.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_app_c.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_data_a.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_data_b.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
}

resource "aws_route_table_association" "pricing_nonprod_us_east_1_pricing_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.pricing_nonprod_us_east_1_pricing_data_c.id
  route_table_id = aws_route_table.rtb_pricing_nonprod_us_east_1_pricing_workload.id
}
