resource "aws_vpc" "loyalty_prod_ap_northeast_1_loyalty" {
  provider = aws.ap_northeast_1

  cidr_block                       = "10.24.64.0/19"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_ap_northeast_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "loyalty"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_public_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.88.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-public-a"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_public_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.89.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-public-b"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_public_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.90.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-public-c"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_app_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.64.0/21"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-app-a"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_app_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.72.0/21"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-app-b"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_app_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.80.0/21"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-app-c"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_data_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.91.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-data-a"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_data_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.92.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-data-b"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_data_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.93.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-data-c"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.94.0/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-tgw-attach-a"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.94.16/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-tgw-attach-b"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "loyalty_prod_ap_northeast_1_loyalty_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  cidr_block                      = "10.24.94.32/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.loyalty_prod_ap_northeast_1_loyalty.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "loyalty-tgw-attach-c"
    "vpcplan:id"   = "loyalty-prod/ap-northeast-1/loyalty/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "loyalty_prod_ap_northeast_1_loyalty" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id

  tags = {
    Name           = "loyalty-igw"
    "vpcplan:id"   = "igw/loyalty-prod/ap-northeast-1/loyalty"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_loyalty_prod_ap_northeast_1_loyalty" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_id = var.transit_gateway_id_tgw_ap_northeast_1
  vpc_id             = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id
  subnet_ids = [
    aws_subnet.loyalty_prod_ap_northeast_1_loyalty_tgw_attach_a.id,
    aws_subnet.loyalty_prod_ap_northeast_1_loyalty_tgw_attach_b.id,
    aws_subnet.loyalty_prod_ap_northeast_1_loyalty_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "loyalty-prod-loyalty"
    "vpcplan:id"   = "tgw-attach/loyalty-prod/ap-northeast-1/loyalty"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_loyalty_prod_ap_northeast_1_loyalty_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id

  tags = {
    Name           = "loyalty-tgw-attach"
    "vpcplan:id"   = "rtb/loyalty-prod/ap-northeast-1/loyalty/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_tgw_attach.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_tgw_attach.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_tgw_attach.id
}

resource "aws_route_table" "rtb_loyalty_prod_ap_northeast_1_loyalty_public" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id

  tags = {
    Name           = "loyalty-workload-public"
    "vpcplan:id"   = "rtb/loyalty-prod/ap-northeast-1/loyalty/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_loyalty_prod_ap_northeast_1_loyalty_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_loyalty_prod_ap_northeast_1_loyalty]
}

resource "aws_route" "rtb_loyalty_prod_ap_northeast_1_loyalty_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_loyalty_prod_ap_northeast_1_loyalty]
}

resource "aws_route" "rtb_loyalty_prod_ap_northeast_1_loyalty_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_loyalty_prod_ap_northeast_1_loyalty]
}

resource "aws_route" "rtb_loyalty_prod_ap_northeast_1_loyalty_public_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.loyalty_prod_ap_northeast_1_loyalty.id
}

resource "aws_route" "rtb_loyalty_prod_ap_northeast_1_loyalty_public_default_ipv6" {
  provider = aws.ap_northeast_1

  route_table_id              = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.loyalty_prod_ap_northeast_1_loyalty.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_public_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_public_a.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_public.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_public_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_public_b.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_public.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_public_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_public_c.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_public.id
}

resource "aws_route_table" "rtb_loyalty_prod_ap_northeast_1_loyalty_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.loyalty_prod_ap_northeast_1_loyalty.id

  tags = {
    Name           = "loyalty-workload"
    "vpcplan:id"   = "rtb/loyalty-prod/ap-northeast-1/loyalty/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_loyalty_prod_ap_northeast_1_loyalty_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_loyalty_prod_ap_northeast_1_loyalty]
}

resource "aws_route" "rtb_loyalty_prod_ap_northeast_1_loyalty_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_loyalty_prod_ap_northeast_1_loyalty]
}

resource "aws_route" "rtb_loyalty_prod_ap_northeast_1_loyalty_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_loyalty_prod_ap_northeast_1_loyalty]
}

resource "aws_route" "rtb_loyalty_prod_ap_northeast_1_loyalty_workload_default" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_loyalty_prod_ap_northeast_1_loyalty]
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_app_a.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_app_b.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_app_c.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_data_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_data_a.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_data_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_data_b.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
}

resource "aws_route_table_association" "loyalty_prod_ap_northeast_1_loyalty_data_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.loyalty_prod_ap_northeast_1_loyalty_data_c.id
  route_table_id = aws_route_table.rtb_loyalty_prod_ap_northeast_1_loyalty_workload.id
}
