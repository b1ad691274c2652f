resource "aws_vpc" "network_eu_west_1_egress" {
  provider = aws.eu_west_1

  cidr_block                       = "10.19.8.0/23"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "egress"
    "vpcplan:id"   = "network/eu-west-1/egress"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_eu_west_1_egress_public_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.network_eu_west_1_egress.id
  cidr_block                      = "10.19.8.0/26"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_eu_west_1_egress.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-public-a"
    "vpcplan:id"   = "network/eu-west-1/egress/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_eu_west_1_egress_public_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.network_eu_west_1_egress.id
  cidr_block                      = "10.19.8.64/26"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_eu_west_1_egress.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-public-b"
    "vpcplan:id"   = "network/eu-west-1/egress/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_eu_west_1_egress_public_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.network_eu_west_1_egress.id
  cidr_block                      = "10.19.8.128/26"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_eu_west_1_egress.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-public-c"
    "vpcplan:id"   = "network/eu-west-1/egress/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_eu_west_1_egress_firewall_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.network_eu_west_1_egress.id
  cidr_block                      = "10.19.8.192/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_eu_west_1_egress.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-firewall-a"
    "vpcplan:id"   = "network/eu-west-1/egress/firewall-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_eu_west_1_egress_firewall_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.network_eu_west_1_egress.id
  cidr_block                      = "10.19.8.208/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_eu_west_1_egress.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-firewall-b"
    "vpcplan:id"   = "network/eu-west-1/egress/firewall-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_eu_west_1_egress_firewall_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.network_eu_west_1_egress.id
  cidr_block                      = "10.19.8.224/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_eu_west_1_egress.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-firewall-c"
    "vpcplan:id"   = "network/eu-west-1/egress/firewall-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_eu_west_1_egress_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.network_eu_west_1_egress.id
  cidr_block                      = "10.19.8.240/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_eu_west_1_egress.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-tgw-attach-a"
    "vpcplan:id"   = "network/eu-west-1/egress/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_eu_west_1_egress_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.network_eu_west_1_egress.id
  cidr_block                      = "10.19.9.0/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_eu_west_1_egress.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-tgw-attach-b"
    "vpcplan:id"   = "network/eu-west-1/egress/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "network_eu_west_1_egress_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.network_eu_west_1_egress.id
  cidr_block                      = "10.19.9.16/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.network_eu_west_1_egress.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "egress-tgw-attach-c"
    "vpcplan:id"   = "network/eu-west-1/egress/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "network_eu_west_1_egress" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.network_eu_west_1_egress.id

  tags = {
    Name           = "egress-igw"
    "vpcplan:id"   = "igw/network/eu-west-1/egress"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_network_eu_west_1_egress" {
  provider = aws.eu_west_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id
  vpc_id             = aws_vpc.network_eu_west_1_egress.id
  subnet_ids = [
    aws_subnet.network_eu_west_1_egress_tgw_attach_a.id,
    aws_subnet.network_eu_west_1_egress_tgw_attach_b.id,
    aws_subnet.network_eu_west_1_egress_tgw_attach_c.id,
  ]

  appliance_mode_support                          = "disable"
  dns_support                                     = "enable"
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "network-egress"
    "vpcplan:id"   = "tgw-attach/network/eu-west-1/egress"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_network_eu_west_1_egress_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.network_eu_west_1_egress.id

  tags = {
    Name           = "egress-tgw-attach"
    "vpcplan:id"   = "rtb/network/eu-west-1/egress/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "network_eu_west_1_egress_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.network_eu_west_1_egress_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_network_eu_west_1_egress_tgw_attach.id
}

resource "aws_route_table_association" "network_eu_west_1_egress_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.network_eu_west_1_egress_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_network_eu_west_1_egress_tgw_attach.id
}

resource "aws_route_table_association" "network_eu_west_1_egress_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.network_eu_west_1_egress_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_network_eu_west_1_egress_tgw_attach.id
}

resource "aws_route_table" "rtb_network_eu_west_1_egress_public" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.network_eu_west_1_egress.id

  tags = {
    Name           = "egress-workload-public"
    "vpcplan:id"   = "rtb/network/eu-west-1/egress/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_network_eu_west_1_egress_public_10_24_0_0_14" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_network_eu_west_1_egress_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_eu_west_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress]
}

resource "aws_route" "rtb_network_eu_west_1_egress_public_10_16_0_0_14" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_network_eu_west_1_egress_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_eu_west_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress]
}

resource "aws_route" "rtb_network_eu_west_1_egress_public_10_0_0_0_13" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_network_eu_west_1_egress_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_eu_west_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress]
}

resource "aws_route" "rtb_network_eu_west_1_egress_public_default" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_network_eu_west_1_egress_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.network_eu_west_1_egress.id
}

resource "aws_route" "rtb_network_eu_west_1_egress_public_default_ipv6" {
  provider = aws.eu_west_1

  route_table_id              = aws_route_table.rtb_network_eu_west_1_egress_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.network_eu_west_1_egress.id
}

resource "aws_route_table_association" "network_eu_west_1_egress_public_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.network_eu_west_1_egress_public_a.id
  route_table_id = aws_route_table.rtb_network_eu_west_1_egress_public.id
}

resource "aws_route_table_association" "network_eu_west_1_egress_public_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.network_eu_west_1_egress_public_b.id
  route_table_id = aws_route_table.rtb_network_eu_west_1_egress_public.id
}

resource "aws_route_table_association" "network_eu_west_1_egress_public_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.network_eu_west_1_egress_public_c.id
  route_table_id = aws_route_table.rtb_network_eu_west_1_egress_public.id
}

resource "aws_route_table" "rtb_network_eu_west_1_egress_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.network_eu_west_1_egress.id

  tags = {
    Name           = "egress-workload"
    "vpcplan:id"   = "rtb/network/eu-west-1/egress/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_network_eu_west_1_egress_workload_10_24_0_0_14" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_network_eu_west_1_egress_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_eu_west_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress]
}

resource "aws_route" "rtb_network_eu_west_1_egress_workload_10_16_0_0_14" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_network_eu_west_1_egress_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_eu_west_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress]
}

resource "aws_route" "rtb_network_eu_west_1_egress_workload_10_0_0_0_13" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_network_eu_west_1_egress_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_eu_west_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress]
}

resource "aws_route" "rtb_network_eu_west_1_egress_workload_default" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_network_eu_west_1_egress_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_eu_west_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress]
}

resource "aws_route_table_association" "network_eu_west_1_egress_firewall_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.network_eu_west_1_egress_firewall_a.id
  route_table_id = aws_route_table.rtb_network_eu_west_1_egress_workload.id
}

resource "aws_route_table_association" "network_eu_west_1_egress_firewall_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.network_eu_west_1_egress_firewall_b.id
  route_table_id = aws_route_table.rtb_network_eu_west_1_egress_workload.id
}

resource "aws_route_table_association" "network_eu_west_1_egress_firewall_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.network_eu_west_1_egress_firewall_c.id
  route_table_id = aws_route_table.rtb_network_eu_west_1_egress_workload.id
}
