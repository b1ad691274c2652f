resource "aws_vpc" "network_us_east_1_inspection" {
  provider = aws.us_east_1

  cidr_block           = "100.64.1.0/24"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "inspection"
    "vpcplan:id"   = "network/us-east-1/inspection"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_tgw_attach_us_east_1a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "inspection-tgw-attach-us-east-1a"
    "vpcplan:id"   = "network/us-east-1/inspection/tgw-attach-us-east-1a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_firewall_us_east_1a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.128/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "inspection-firewall-us-east-1a"
    "vpcplan:id"   = "network/us-east-1/inspection/firewall-us-east-1a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_tgw_attach_us_east_1b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "inspection-tgw-attach-us-east-1b"
    "vpcplan:id"   = "network/us-east-1/inspection/tgw-attach-us-east-1b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_firewall_us_east_1b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.144/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "inspection-firewall-us-east-1b"
    "vpcplan:id"   = "network/us-east-1/inspection/firewall-us-east-1b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_tgw_attach_us_east_1c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.32/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "inspection-tgw-attach-us-east-1c"
    "vpcplan:id"   = "network/us-east-1/inspection/tgw-attach-us-east-1c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_firewall_us_east_1c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.160/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "inspection-firewall-us-east-1c"
    "vpcplan:id"   = "network/us-east-1/inspection/firewall-us-east-1c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_network_us_east_1_inspection" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id
  vpc_id             = aws_vpc.network_us_east_1_inspection.id
  subnet_ids = [
    aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1a.id,
    aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1b.id,
    aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1c.id,
  ]

  appliance_mode_support                          = "enable"
  dns_support                                     = "enable"
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "network-inspection"
    "vpcplan:id"   = "tgw-attach/network/us-east-1/inspection"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-tgw-attach"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/tgw-attach"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route_table_association" "network_us_east_1_inspection_tgw_attach_us_east_1a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_tgw_attach.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_tgw_attach_us_east_1b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_tgw_attach.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_tgw_attach_us_east_1c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_tgw_attach.id
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_firewall" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-firewall"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/firewall"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_10_1_0_0_18" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall.id
  destination_cidr_block = "10.1.0.0/18"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection]
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_10_0_0_0_17" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall.id
  destination_cidr_block = "10.0.0.0/17"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection]
}

resource "aws_route_table_association" "network_us_east_1_inspection_firewall_us_east_1a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_firewall_us_east_1a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_firewall.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_firewall_us_east_1b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_firewall_us_east_1b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_firewall.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_firewall_us_east_1c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_firewall_us_east_1c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_firewall.id
}
