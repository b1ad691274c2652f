resource "aws_vpc" "reporting_prod_ap_northeast_1_reporting_dr" {
  provider = aws.ap_northeast_1

  cidr_block                       = "10.24.128.0/19"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "reporting-dr"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_public_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.152.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-public-a"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_public_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.153.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-public-b"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_public_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.154.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-public-c"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_app_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.128.0/21"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-app-a"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_app_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.136.0/21"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-app-b"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_app_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.144.0/21"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-app-c"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_data_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.155.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-data-a"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_data_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.156.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-data-b"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_data_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.157.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-data-c"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.158.0/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-tgw-attach-a"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.158.16/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-tgw-attach-b"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  cidr_block                      = "10.24.158.32/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-dr-tgw-attach-c"
    "vpcplan:id"   = "reporting-prod/ap-northeast-1/reporting-dr/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "reporting_prod_ap_northeast_1_reporting_dr" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id

  tags = {
    Name           = "reporting-dr-igw"
    "vpcplan:id"   = "igw/reporting-prod/ap-northeast-1/reporting-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_reporting_prod_ap_northeast_1_reporting_dr" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_id = var.transit_gateway_id_tgw_ap_northeast_1
  vpc_id             = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id
  subnet_ids = [
    aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_a.id,
    aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_b.id,
    aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "reporting-prod-reporting-dr"
    "vpcplan:id"   = "tgw-attach/reporting-prod/ap-northeast-1/reporting-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_reporting_prod_ap_northeast_1_reporting_dr_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id

  tags = {
    Name           = "reporting-dr-tgw-attach"
    "vpcplan:id"   = "rtb/reporting-prod/ap-northeast-1/reporting-dr/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_tgw_attach.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_tgw_attach.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_tgw_attach.id
}

resource "aws_route_table" "rtb_reporting_prod_ap_northeast_1_reporting_dr_public" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id

  tags = {
    Name           = "reporting-dr-workload-public"
    "vpcplan:id"   = "rtb/reporting-prod/ap-northeast-1/reporting-dr/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_reporting_prod_ap_northeast_1_reporting_dr_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr]
}

resource "aws_route" "rtb_reporting_prod_ap_northeast_1_reporting_dr_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr]
}

resource "aws_route" "rtb_reporting_prod_ap_northeast_1_reporting_dr_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr]
}

resource "aws_route" "rtb_reporting_prod_ap_northeast_1_reporting_dr_public_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.reporting_prod_ap_northeast_1_reporting_dr.id
}

resource "aws_route" "rtb_reporting_prod_ap_northeast_1_reporting_dr_public_default_ipv6" {
  provider = aws.ap_northeast_1

  route_table_id              = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.reporting_prod_ap_northeast_1_reporting_dr.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_public_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_public_a.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_public.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_public_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_public_b.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_public.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_public_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_public_c.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_public.id
}

resource "aws_route_table" "rtb_reporting_prod_ap_northeast_1_reporting_dr_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.reporting_prod_ap_northeast_1_reporting_dr.id

  tags = {
    Name           = "reporting-dr-workload"
    "vpcplan:id"   = "rtb/reporting-prod/ap-northeast-1/reporting-dr/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_reporting_prod_ap_northeast_1_reporting_dr_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr]
}

resource "aws_route" "rtb_reporting_prod_ap_northeast_1_reporting_dr_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr]
}

resource "aws_route" "rtb_reporting_prod_ap_northeast_1_reporting_dr_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr]
}

resource "aws_route" "rtb_reporting_prod_ap_northeast_1_reporting_dr_workload_default" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr]
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_app_a.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_app_b.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_app_c.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_data_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_data_a.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_data_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_data_b.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
}

resource "aws_route_table_association" "reporting_prod_ap_northeast_1_reporting_dr_data_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.reporting_prod_ap_northeast_1_reporting_dr_data_c.id
  route_table_id = aws_route_table.rtb_reporting_prod_ap_northeast_1_reporting_dr_workload.id
}
