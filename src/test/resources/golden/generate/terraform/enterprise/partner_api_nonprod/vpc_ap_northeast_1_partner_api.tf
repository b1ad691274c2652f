resource "aws_vpc" "partner_api_nonprod_ap_northeast_1_partner_api" {
  provider = aws.ap_northeast_1

  cidr_block                       = "10.26.64.0/19"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "partner-api"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_public_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.88.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-public-a"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_public_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.89.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-public-b"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_public_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.90.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-public-c"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_app_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.64.0/21"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-app-a"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_app_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.72.0/21"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-app-b"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_app_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.80.0/21"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-app-c"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_data_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.91.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-data-a"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_data_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.92.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-data-b"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_data_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.93.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-data-c"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.94.0/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-tgw-attach-a"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.94.16/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-tgw-attach-b"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  cidr_block                      = "10.26.94.32/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "partner-api-tgw-attach-c"
    "vpcplan:id"   = "partner-api-nonprod/ap-northeast-1/partner-api/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "partner_api_nonprod_ap_northeast_1_partner_api" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id

  tags = {
    Name           = "partner-api-igw"
    "vpcplan:id"   = "igw/partner-api-nonprod/ap-northeast-1/partner-api"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_id = var.transit_gateway_id_tgw_ap_northeast_1
  vpc_id             = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id
  subnet_ids = [
    aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_a.id,
    aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_b.id,
    aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "partner-api-nonprod-partner-api"
    "vpcplan:id"   = "tgw-attach/partner-api-nonprod/ap-northeast-1/partner-api"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id

  tags = {
    Name           = "partner-api-tgw-attach"
    "vpcplan:id"   = "rtb/partner-api-nonprod/ap-northeast-1/partner-api/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_tgw_attach.id
}

resource "aws_route_table" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_public" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id

  tags = {
    Name           = "partner-api-workload-public"
    "vpcplan:id"   = "rtb/partner-api-nonprod/ap-northeast-1/partner-api/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api]
}

resource "aws_route" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api]
}

resource "aws_route" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api]
}

resource "aws_route" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_public_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.partner_api_nonprod_ap_northeast_1_partner_api.id
}

resource "aws_route" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_public_default_ipv6" {
  provider = aws.ap_northeast_1

  route_table_id              = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.partner_api_nonprod_ap_northeast_1_partner_api.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_public_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_public_a.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_public.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_public_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_public_b.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_public.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_public_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_public_c.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_public.id
}

resource "aws_route_table" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.partner_api_nonprod_ap_northeast_1_partner_api.id

  tags = {
    Name           = "partner-api-workload"
    "vpcplan:id"   = "rtb/partner-api-nonprod/ap-northeast-1/partner-api/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api]
}

resource "aws_route" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api]
}

resource "aws_route" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api]
}

resource "aws_route" "rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload_default" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api]
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_app_a.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_app_b.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_app_c.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_data_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_data_a.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_data_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_data_b.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
}

resource "aws_route_table_association" "partner_api_nonprod_ap_northeast_1_partner_api_data_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.partner_api_nonprod_ap_northeast_1_partner_api_data_c.id
  route_table_id = aws_route_table.rtb_partner_api_nonprod_ap_northeast_1_partner_api_workload.id
}
