resource "aws_vpc" "identity_prod_ap_northeast_1_identity_dr" {
  provider = aws.ap_northeast_1

  cidr_block                       = "10.24.32.0/19"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "identity-dr"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_public_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.56.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-public-a"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_public_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.57.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-public-b"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_public_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.58.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-public-c"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_app_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.32.0/21"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-app-a"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_app_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.40.0/21"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-app-b"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_app_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.48.0/21"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-app-c"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_data_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.59.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-data-a"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_data_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.60.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-data-b"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_data_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.61.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-data-c"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.62.0/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-tgw-attach-a"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.62.16/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-tgw-attach-b"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_ap_northeast_1_identity_dr_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  cidr_block                      = "10.24.62.32/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_ap_northeast_1_identity_dr.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-dr-tgw-attach-c"
    "vpcplan:id"   = "identity-prod/ap-northeast-1/identity-dr/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "identity_prod_ap_northeast_1_identity_dr" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id

  tags = {
    Name           = "identity-dr-igw"
    "vpcplan:id"   = "igw/identity-prod/ap-northeast-1/identity-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_identity_prod_ap_northeast_1_identity_dr" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_id = var.transit_gateway_id_tgw_ap_northeast_1
  vpc_id             = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id
  subnet_ids = [
    aws_subnet.identity_prod_ap_northeast_1_identity_dr_tgw_attach_a.id,
    aws_subnet.identity_prod_ap_northeast_1_identity_dr_tgw_attach_b.id,
    aws_subnet.identity_prod_ap_northeast_1_identity_dr_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "identity-prod-identity-dr"
    "vpcplan:id"   = "tgw-attach/identity-prod/ap-northeast-1/identity-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_identity_prod_ap_northeast_1_identity_dr_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id

  tags = {
    Name           = "identity-dr-tgw-attach"
    "vpcplan:id"   = "rtb/identity-prod/ap-northeast-1/identity-dr/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_tgw_attach.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_tgw_attach.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_tgw_attach.id
}

resource "aws_route_table" "rtb_identity_prod_ap_northeast_1_identity_dr_public" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id

  tags = {
    Name           = "identity-dr-workload-public"
    "vpcplan:id"   = "rtb/identity-prod/ap-northeast-1/identity-dr/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_identity_prod_ap_northeast_1_identity_dr_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_ap_northeast_1_identity_dr]
}

resource "aws_route" "rtb_identity_prod_ap_northeast_1_identity_dr_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_ap_northeast_1_identity_dr]
}

resource "aws_route" "rtb_identity_prod_ap_northeast_1_identity_dr_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_ap_northeast_1_identity_dr]
}

resource "aws_route" "rtb_identity_prod_ap_northeast_1_identity_dr_public_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.identity_prod_ap_northeast_1_identity_dr.id
}

resource "aws_route" "rtb_identity_prod_ap_northeast_1_identity_dr_public_default_ipv6" {
  provider = aws.ap_northeast_1

  route_table_id              = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.identity_prod_ap_northeast_1_identity_dr.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_public_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_public_a.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_public.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_public_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_public_b.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_public.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_public_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_public_c.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_public.id
}

resource "aws_route_table" "rtb_identity_prod_ap_northeast_1_identity_dr_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.identity_prod_ap_northeast_1_identity_dr.id

  tags = {
    Name           = "identity-dr-workload"
    "vpcplan:id"   = "rtb/identity-prod/ap-northeast-1/identity-dr/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_identity_prod_ap_northeast_1_identity_dr_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_ap_northeast_1_identity_dr]
}

resource "aws_route" "rtb_identity_prod_ap_northeast_1_identity_dr_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_ap_northeast_1_identity_dr]
}

resource "aws_route" "rtb_identity_prod_ap_northeast_1_identity_dr_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_ap_northeast_1_identity_dr]
}

resource "aws_route" "rtb_identity_prod_ap_northeast_1_identity_dr_workload_default" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_ap_northeast_1_identity_dr]
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_app_a.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_app_b.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_app_c.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_data_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_data_a.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_data_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_data_b.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
}

resource "aws_route_table_association" "identity_prod_ap_northeast_1_identity_dr_data_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.identity_prod_ap_northeast_1_identity_dr_data_c.id
  route_table_id = aws_route_table.rtb_identity_prod_ap_northeast_1_identity_dr_workload.id
}
