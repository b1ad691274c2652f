resource "aws_vpc" "network_ap_northeast_1_egress" {
  provider = aws.ap_northeast_1

  cidr_block                       = "10.27.8.0/23"
  ipv4_ipam_pool_id                = aws_vpc_ipam_pool.aws_10_ap_northeast_1_shared.id
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_ap_northeast_1_shared_10_27_0_0_19]

  tags = {
    Name           = "egress"
    "vpcplan:id"   = "network/ap-northeast-1/egress"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_egress_public_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.network_ap_northeast_1_egress.id
  cidr_block                      = "10.27.8.0/26"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_ap_northeast_1_egress.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-public-a"
    "vpcplan:id"   = "network/ap-northeast-1/egress/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_egress_public_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.network_ap_northeast_1_egress.id
  cidr_block                      = "10.27.8.64/26"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_ap_northeast_1_egress.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-public-b"
    "vpcplan:id"   = "network/ap-northeast-1/egress/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_egress_public_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.network_ap_northeast_1_egress.id
  cidr_block                      = "10.27.8.128/26"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_ap_northeast_1_egress.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-public-c"
    "vpcplan:id"   = "network/ap-northeast-1/egress/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_egress_firewall_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.network_ap_northeast_1_egress.id
  cidr_block                      = "10.27.8.192/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_ap_northeast_1_egress.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-firewall-a"
    "vpcplan:id"   = "network/ap-northeast-1/egress/firewall-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_egress_firewall_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.network_ap_northeast_1_egress.id
  cidr_block                      = "10.27.8.208/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_ap_northeast_1_egress.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-firewall-b"
    "vpcplan:id"   = "network/ap-northeast-1/egress/firewall-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_egress_firewall_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.network_ap_northeast_1_egress.id
  cidr_block                      = "10.27.8.224/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_ap_northeast_1_egress.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-firewall-c"
    "vpcplan:id"   = "network/ap-northeast-1/egress/firewall-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_egress_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.network_ap_northeast_1_egress.id
  cidr_block                      = "10.27.8.240/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_ap_northeast_1_egress.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-tgw-attach-a"
    "vpcplan:id"   = "network/ap-northeast-1/egress/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_egress_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.network_ap_northeast_1_egress.id
  cidr_block                      = "10.27.9.0/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_ap_northeast_1_egress.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-tgw-attach-b"
    "vpcplan:id"   = "network/ap-northeast-1/egress/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_ap_northeast_1_egress_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.network_ap_northeast_1_egress.id
  cidr_block                      = "10.27.9.16/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_ap_northeast_1_egress.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-tgw-attach-c"
    "vpcplan:id"   = "network/ap-northeast-1/egress/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "network_ap_northeast_1_egress" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.network_ap_northeast_1_egress.id

  tags = {
    Name           = "egress-igw"
    "vpcplan:id"   = "igw/network/ap-northeast-1/egress"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_network_ap_northeast_1_egress" {
  provider = aws.ap_northeast_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_ap_northeast_1.id
  vpc_id             = aws_vpc.network_ap_northeast_1_egress.id
  subnet_ids = [
    aws_subnet.network_ap_northeast_1_egress_tgw_attach_a.id,
    aws_subnet.network_ap_northeast_1_egress_tgw_attach_b.id,
    aws_subnet.network_ap_northeast_1_egress_tgw_attach_c.id,
  ]

  appliance_mode_support                          = "disable"
  dns_support                                     = "enable"
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "network-egress"
    "vpcplan:id"   = "tgw-attach/network/ap-northeast-1/egress"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_network_ap_northeast_1_egress_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.network_ap_northeast_1_egress.id

  tags = {
    Name           = "egress-tgw-attach"
    "vpcplan:id"   = "rtb/network/ap-northeast-1/egress/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "network_ap_northeast_1_egress_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_egress_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_egress_tgw_attach.id
}

resource "aws_route_table_association" "network_ap_northeast_1_egress_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_egress_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_egress_tgw_attach.id
}

resource "aws_route_table_association" "network_ap_northeast_1_egress_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_egress_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_egress_tgw_attach.id
}

resource "aws_route_table" "rtb_network_ap_northeast_1_egress_public" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.network_ap_northeast_1_egress.id

  tags = {
    Name           = "egress-workload-public"
    "vpcplan:id"   = "rtb/network/ap-northeast-1/egress/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_network_ap_northeast_1_egress_public_10_24_0_0_14" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_egress_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress]
}

resource "aws_route" "rtb_network_ap_northeast_1_egress_public_10_16_0_0_14" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_egress_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress]
}

resource "aws_route" "rtb_network_ap_northeast_1_egress_public_10_0_0_0_13" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_egress_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress]
}

resource "aws_route" "rtb_network_ap_northeast_1_egress_public_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_egress_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.network_ap_northeast_1_egress.id
}

resource "aws_route" "rtb_network_ap_northeast_1_egress_public_default_ipv6" {
  provider = aws.ap_northeast_1

  route_table_id              = aws_route_table.rtb_network_ap_northeast_1_egress_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.network_ap_northeast_1_egress.id
}

resource "aws_route_table_association" "network_ap_northeast_1_egress_public_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_egress_public_a.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_egress_public.id
}

resource "aws_route_table_association" "network_ap_northeast_1_egress_public_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_egress_public_b.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_egress_public.id
}

resource "aws_route_table_association" "network_ap_northeast_1_egress_public_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_egress_public_c.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_egress_public.id
}

resource "aws_route_table" "rtb_network_ap_northeast_1_egress_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.network_ap_northeast_1_egress.id

  tags = {
    Name           = "egress-workload"
    "vpcplan:id"   = "rtb/network/ap-northeast-1/egress/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_network_ap_northeast_1_egress_workload_10_24_0_0_14" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_egress_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress]
}

resource "aws_route" "rtb_network_ap_northeast_1_egress_workload_10_16_0_0_14" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_egress_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress]
}

resource "aws_route" "rtb_network_ap_northeast_1_egress_workload_10_0_0_0_13" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_egress_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress]
}

resource "aws_route" "rtb_network_ap_northeast_1_egress_workload_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_network_ap_northeast_1_egress_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress]
}

resource "aws_route_table_association" "network_ap_northeast_1_egress_firewall_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_egress_firewall_a.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_egress_workload.id
}

resource "aws_route_table_association" "network_ap_northeast_1_egress_firewall_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_egress_firewall_b.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_egress_workload.id
}

resource "aws_route_table_association" "network_ap_northeast_1_egress_firewall_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_egress_firewall_c.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_egress_workload.id
}
