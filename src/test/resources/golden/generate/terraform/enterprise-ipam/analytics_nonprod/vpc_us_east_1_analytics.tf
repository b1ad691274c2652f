resource "aws_vpc" "analytics_nonprod_us_east_1_analytics" {
  provider = aws.us_east_1

  cidr_block                       = "10.2.0.0/19"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_us_east_1_nonprod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "analytics"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_public_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.24.0/24"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-public-a"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_public_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.25.0/24"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-public-b"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_public_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.26.0/24"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-public-c"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_app_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.0.0/21"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-app-a"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_app_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.8.0/21"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-app-b"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_app_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.16.0/21"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-app-c"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_data_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.27.0/24"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-data-a"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_data_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.28.0/24"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-data-b"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_data_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.29.0/24"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-data-c"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.30.0/28"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-tgw-attach-a"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.30.16/28"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-tgw-attach-b"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "analytics_nonprod_us_east_1_analytics_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  cidr_block                      = "10.2.30.32/28"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.analytics_nonprod_us_east_1_analytics.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "analytics-tgw-attach-c"
    "vpcplan:id"   = "analytics-nonprod/us-east-1/analytics/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "analytics_nonprod_us_east_1_analytics" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.analytics_nonprod_us_east_1_analytics.id

  tags = {
    Name           = "analytics-igw"
    "vpcplan:id"   = "igw/analytics-nonprod/us-east-1/analytics"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_analytics_nonprod_us_east_1_analytics" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.analytics_nonprod_us_east_1_analytics.id
  subnet_ids = [
    aws_subnet.analytics_nonprod_us_east_1_analytics_tgw_attach_a.id,
    aws_subnet.analytics_nonprod_us_east_1_analytics_tgw_attach_b.id,
    aws_subnet.analytics_nonprod_us_east_1_analytics_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "analytics-nonprod-analytics"
    "vpcplan:id"   = "tgw-attach/analytics-nonprod/us-east-1/analytics"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_analytics_nonprod_us_east_1_analytics_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.analytics_nonprod_us_east_1_analytics.id

  tags = {
    Name           = "analytics-tgw-attach"
    "vpcplan:id"   = "rtb/analytics-nonprod/us-east-1/analytics/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_tgw_attach.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_tgw_attach.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_tgw_attach.id
}

resource "aws_route_table" "rtb_analytics_nonprod_us_east_1_analytics_public" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.analytics_nonprod_us_east_1_analytics.id

  tags = {
    Name           = "analytics-workload-public"
    "vpcplan:id"   = "rtb/analytics-nonprod/us-east-1/analytics/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_analytics_nonprod_us_east_1_analytics_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_analytics_nonprod_us_east_1_analytics]
}

resource "aws_route" "rtb_analytics_nonprod_us_east_1_analytics_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_analytics_nonprod_us_east_1_analytics]
}

resource "aws_route" "rtb_analytics_nonprod_us_east_1_analytics_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_analytics_nonprod_us_east_1_analytics]
}

resource "aws_route" "rtb_analytics_nonprod_us_east_1_analytics_public_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.analytics_nonprod_us_east_1_analytics.id
}

resource "aws_route" "rtb_analytics_nonprod_us_east_1_analytics_public_default_ipv6" {
  provider = aws.us_east_1

  route_table_id              = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.analytics_nonprod_us_east_1_analytics.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_public_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_public_a.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_public.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_public_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_public_b.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_public.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_public_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_public_c.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_public.id
}

resource "aws_route_table" "rtb_analytics_nonprod_us_east_1_analytics_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.analytics_nonprod_us_east_1_analytics.id

  tags = {
    Name           = "analytics-workload"
    "vpcplan:id"   = "rtb/analytics-nonprod/us-east-1/analytics/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_analytics_nonprod_us_east_1_analytics_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_analytics_nonprod_us_east_1_analytics]
}

resource "aws_route" "rtb_analytics_nonprod_us_east_1_analytics_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_analytics_nonprod_us_east_1_analytics]
}

resource "aws_route" "rtb_analytics_nonprod_us_east_1_analytics_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_analytics_nonprod_us_east_1_analytics]
}

resource "aws_route" "rtb_analytics_nonprod_us_east_1_analytics_workload_default" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_analytics_nonprod_us_east_1_analytics]
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_app_a.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_app_b.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_app_c.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_data_a.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_data_b.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
}

resource "aws_route_table_association" "analytics_nonprod_us_east_1_analytics_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_nonprod_us_east_1_analytics_data_c.id
  route_table_id = aws_route_table.rtb_analytics_nonprod_us_east_1_analytics_workload.id
}
