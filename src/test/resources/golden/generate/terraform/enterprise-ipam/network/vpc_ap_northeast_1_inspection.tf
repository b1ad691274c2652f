resource "aws_vpc" "network_ap_northeast_1_inspection" {
  provider = aws.ap_northeast_1

  cidr_block           = "100.64.0.0/24"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "inspection"
    "vpcplan:id"   = "network/ap-northeast-1/inspection"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_inspection.id
  cidr_block        = "100.64.0.0/28"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "inspection-tgw-attach-ap-northeast-1a"
    "vpcplan:id"   = "network/ap-northeast-1/inspection/tgw-attach-ap-northeast-1a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_inspection_firewall_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_inspection.id
  cidr_block        = "100.64.0.128/28"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "inspection-firewall-ap-northeast-1a"
    "vpcplan:id"   = "network/ap-northeast-1/inspection/firewall-ap-northeast-1a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_inspection.id
  cidr_block        = "100.64.0.16/28"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "inspection-tgw-attach-ap-northeast-1b"
    "vpcplan:id"   = "network/ap-northeast-1/inspection/tgw-attach-ap-northeast-1b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_inspection_firewall_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_inspection.id
  cidr_block        = "100.64.0.144/28"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "inspection-firewall-ap-northeast-1b"
    "vpcplan:id"   = "network/ap-northeast-1/inspection/firewall-ap-northeast-1b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_inspection.id
  cidr_block        = "100.64.0.32/28"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "inspection-tgw-attach-ap-northeast-1c"
    "vpcplan:id"   = "network/ap-northeast-1/inspection/tgw-attach-ap-northeast-1c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_inspection_firewall_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_inspection.id
  cidr_block        = "100.64.0.160/28"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "inspection-firewall-ap-northeast-1c"
    "vpcplan:id"   = "network/ap-northeast-1/inspection/firewall-ap-northeast-1c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_network_ap_northeast_1_inspection" {
  provider = aws.ap_northeast_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_ap_northeast_1.id
  vpc_id             = aws_vpc.network_ap_northeast_1_inspection.id
  subnet_ids = [
    aws_subnet.network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1a.id,
    aws_subnet.network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1b.id,
    aws_subnet.network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1c.id,
  ]

  appliance_mode_support                          = "enable"
  dns_support                                     = "enable"
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "network-inspection"
    "vpcplan:id"   = "tgw-attach/network/ap-northeast-1/inspection"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_network_ap_northeast_1_inspection_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.network_ap_northeast_1_inspection.id

  tags = {
    Name           = "inspection-tgw-attach"
    "vpcplan:id"   = "rtb/network/ap-northeast-1/inspection/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1a.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_inspection_tgw_attach.id
}

resource "aws_route_table_association" "network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1b.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_inspection_tgw_attach.id
}

resource "aws_route_table_association" "network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1c.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_inspection_tgw_attach.id
}

resource "aws_route_table" "rtb_network_ap_northeast_1_inspection_firewall" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.network_ap_northeast_1_inspection.id

  tags = {
    Name           = "inspection-firewall"
    "vpcplan:id"   = "rtb/network/ap-northeast-1/inspection/firewall"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_network_ap_northeast_1_inspection_firewall_10_24_0_0_14" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_inspection_firewall.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_inspection]
}

resource "aws_route" "rtb_network_ap_northeast_1_inspection_firewall_10_16_0_0_14" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_inspection_firewall.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_inspection]
}

resource "aws_route" "rtb_network_ap_northeast_1_inspection_firewall_10_0_0_0_13" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_inspection_firewall.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_inspection]
}

resource "aws_route_table_association" "network_ap_northeast_1_inspection_firewall_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_inspection_firewall_ap_northeast_1a.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_inspection_firewall.id
}

resource "aws_route_table_association" "network_ap_northeast_1_inspection_firewall_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_inspection_firewall_ap_northeast_1b.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_inspection_firewall.id
}

resource "aws_route_table_association" "network_ap_northeast_1_inspection_firewall_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_inspection_firewall_ap_northeast_1c.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_inspection_firewall.id
}
