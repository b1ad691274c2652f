resource "aws_vpc" "content_nonprod_ap_northeast_1_content" {
  provider = aws.ap_northeast_1

  cidr_block                       = "10.26.104.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_ap_northeast_1_nonprod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "content"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "content_nonprod_ap_northeast_1_content_app_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.content_nonprod_ap_northeast_1_content.id
  cidr_block                      = "10.26.104.0/23"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.content_nonprod_ap_northeast_1_content.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "content-app-a"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "content_nonprod_ap_northeast_1_content_app_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.content_nonprod_ap_northeast_1_content.id
  cidr_block                      = "10.26.106.0/23"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.content_nonprod_ap_northeast_1_content.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "content-app-b"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "content_nonprod_ap_northeast_1_content_app_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.content_nonprod_ap_northeast_1_content.id
  cidr_block                      = "10.26.108.0/23"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.content_nonprod_ap_northeast_1_content.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "content-app-c"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "content_nonprod_ap_northeast_1_content_data_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.content_nonprod_ap_northeast_1_content.id
  cidr_block                      = "10.26.110.0/26"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.content_nonprod_ap_northeast_1_content.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "content-data-a"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "content_nonprod_ap_northeast_1_content_data_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.content_nonprod_ap_northeast_1_content.id
  cidr_block                      = "10.26.110.64/26"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.content_nonprod_ap_northeast_1_content.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "content-data-b"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "content_nonprod_ap_northeast_1_content_data_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.content_nonprod_ap_northeast_1_content.id
  cidr_block                      = "10.26.110.128/26"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.content_nonprod_ap_northeast_1_content.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "content-data-c"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "content_nonprod_ap_northeast_1_content_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.content_nonprod_ap_northeast_1_content.id
  cidr_block                      = "10.26.110.192/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.content_nonprod_ap_northeast_1_content.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "content-tgw-attach-a"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "content_nonprod_ap_northeast_1_content_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.content_nonprod_ap_northeast_1_content.id
  cidr_block                      = "10.26.110.208/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.content_nonprod_ap_northeast_1_content.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "content-tgw-attach-b"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "content_nonprod_ap_northeast_1_content_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.content_nonprod_ap_northeast_1_content.id
  cidr_block                      = "10.26.110.224/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.content_nonprod_ap_northeast_1_content.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "content-tgw-attach-c"
    "vpcplan:id"   = "content-nonprod/ap-northeast-1/content/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_content_nonprod_ap_northeast_1_content" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_id = var.transit_gateway_id_tgw_ap_northeast_1
  vpc_id             = aws_vpc.content_nonprod_ap_northeast_1_content.id
  subnet_ids = [
    aws_subnet.content_nonprod_ap_northeast_1_content_tgw_attach_a.id,
    aws_subnet.content_nonprod_ap_northeast_1_content_tgw_attach_b.id,
    aws_subnet.content_nonprod_ap_northeast_1_content_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "content-nonprod-content"
    "vpcplan:id"   = "tgw-attach/content-nonprod/ap-northeast-1/content"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_content_nonprod_ap_northeast_1_content_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.content_nonprod_ap_northeast_1_content.id

  tags = {
    Name           = "content-tgw-attach"
    "vpcplan:id"   = "rtb/content-nonprod/ap-northeast-1/content/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "content_nonprod_ap_northeast_1_content_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.content_nonprod_ap_northeast_1_content_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_tgw_attach.id
}

resource "aws_route_table_association" "content_nonprod_ap_northeast_1_content_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.content_nonprod_ap_northeast_1_content_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_tgw_attach.id
}

resource "aws_route_table_association" "content_nonprod_ap_northeast_1_content_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.content_nonprod_ap_northeast_1_content_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_tgw_attach.id
}

resource "aws_route_table" "rtb_content_nonprod_ap_northeast_1_content_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.content_nonprod_ap_northeast_1_content.id

  tags = {
    Name           = "content-workload"
    "vpcplan:id"   = "rtb/content-nonprod/ap-northeast-1/content/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_content_nonprod_ap_northeast_1_content_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_content_nonprod_ap_northeast_1_content]
}

resource "aws_route" "rtb_content_nonprod_ap_northeast_1_content_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_content_nonprod_ap_northeast_1_content]
}

resource "aws_route" "rtb_content_nonprod_ap_northeast_1_content_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_content_nonprod_ap_northeast_1_content]
}

resource "aws_route" "rtb_content_nonprod_ap_northeast_1_content_workload_default" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_content_nonprod_ap_northeast_1_content]
}

resource "aws_route_table_association" "content_nonprod_ap_northeast_1_content_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.content_nonprod_ap_northeast_1_content_app_a.id
  route_table_id = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
}

resource "aws_route_table_association" "content_nonprod_ap_northeast_1_content_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.content_nonprod_ap_northeast_1_content_app_b.id
  route_table_id = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
}

resource "aws_route_table_association" "content_nonprod_ap_northeast_1_content_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.content_nonprod_ap_northeast_1_content_app_c.id
  route_table_id = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
}

resource "aws_route_table_association" "content_nonprod_ap_northeast_1_content_data_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.content_nonprod_ap_northeast_1_content_data_a.id
  route_table_id = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
}

resource "aws_route_table_association" "content_nonprod_ap_northeast_1_content_data_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.content_nonprod_ap_northeast_1_content_data_b.id
  route_table_id = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
}

resource "aws_route_table_association" "content_nonprod_ap_northeast_1_content_data_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.content_nonprod_ap_northeast_1_content_data_c.id
  route_table_id = aws_route_table.rtb_content_nonprod_ap_northeast_1_content_workload.id
}
