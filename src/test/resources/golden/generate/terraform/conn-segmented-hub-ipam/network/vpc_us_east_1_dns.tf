resource "aws_vpc" "network_us_east_1_dns" {
  provider = aws.us_east_1

  cidr_block           = "10.0.64.0/21"
  ipv4_ipam_pool_id    = aws_vpc_ipam_pool.main_us_east_1_shared.id
  enable_dns_support   = true
  enable_dns_hostnames = true

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_shared_10_0_64_0_20]

  tags = {
    Name           = "dns"
    "vpcplan:id"   = "network/us-east-1/dns"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_dns_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_dns.id
  cidr_block        = "10.0.64.0/23"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "dns-app-a"
    "vpcplan:id"   = "network/us-east-1/dns/app-a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_dns_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_dns.id
  cidr_block        = "10.0.66.0/23"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "dns-app-b"
    "vpcplan:id"   = "network/us-east-1/dns/app-b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_dns_app_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_dns.id
  cidr_block        = "10.0.68.0/23"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "dns-app-c"
    "vpcplan:id"   = "network/us-east-1/dns/app-c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_dns_data_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_dns.id
  cidr_block        = "10.0.70.0/26"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "dns-data-a"
    "vpcplan:id"   = "network/us-east-1/dns/data-a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_dns_data_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_dns.id
  cidr_block        = "10.0.70.64/26"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "dns-data-b"
    "vpcplan:id"   = "network/us-east-1/dns/data-b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_dns_data_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_dns.id
  cidr_block        = "10.0.70.128/26"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "dns-data-c"
    "vpcplan:id"   = "network/us-east-1/dns/data-c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_dns_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_dns.id
  cidr_block        = "10.0.70.192/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "dns-tgw-attach-a"
    "vpcplan:id"   = "network/us-east-1/dns/tgw-attach-a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_dns_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_dns.id
  cidr_block        = "10.0.70.208/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "dns-tgw-attach-b"
    "vpcplan:id"   = "network/us-east-1/dns/tgw-attach-b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_dns_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_dns.id
  cidr_block        = "10.0.70.224/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "dns-tgw-attach-c"
    "vpcplan:id"   = "network/us-east-1/dns/tgw-attach-c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_network_us_east_1_dns" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id
  vpc_id             = aws_vpc.network_us_east_1_dns.id
  subnet_ids = [
    aws_subnet.network_us_east_1_dns_tgw_attach_a.id,
    aws_subnet.network_us_east_1_dns_tgw_attach_b.id,
    aws_subnet.network_us_east_1_dns_tgw_attach_c.id,
  ]

  appliance_mode_support                          = "disable"
  dns_support                                     = "enable"
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "network-dns"
    "vpcplan:id"   = "tgw-attach/network/us-east-1/dns"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route_table" "rtb_network_us_east_1_dns_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_dns.id

  tags = {
    Name           = "dns-tgw-attach"
    "vpcplan:id"   = "rtb/network/us-east-1/dns/tgw-attach"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route_table_association" "network_us_east_1_dns_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_dns_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_dns_tgw_attach.id
}

resource "aws_route_table_association" "network_us_east_1_dns_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_dns_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_dns_tgw_attach.id
}

resource "aws_route_table_association" "network_us_east_1_dns_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_dns_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_dns_tgw_attach.id
}

resource "aws_route_table" "rtb_network_us_east_1_dns_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_dns.id

  tags = {
    Name           = "dns-workload"
    "vpcplan:id"   = "rtb/network/us-east-1/dns/workload"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_dns_workload_10_1_0_0_18" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_dns_workload.id
  destination_cidr_block = "10.1.0.0/18"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_dns]
}

resource "aws_route" "rtb_network_us_east_1_dns_workload_10_0_0_0_17" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_dns_workload.id
  destination_cidr_block = "10.0.0.0/17"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_dns]
}

resource "aws_route" "rtb_network_us_east_1_dns_workload_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_dns_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_dns]
}

resource "aws_route" "rtb_network_us_east_1_dns_workload_10_0_40_0_21" {
  count    = var.vpc_id_prod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_dns_workload.id
  destination_cidr_block    = "10.0.40.0/21"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_dns_prod_us_east_1_web[0].id
}

resource "aws_route_table_association" "network_us_east_1_dns_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_dns_app_a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_dns_workload.id
}

resource "aws_route_table_association" "network_us_east_1_dns_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_dns_app_b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_dns_workload.id
}

resource "aws_route_table_association" "network_us_east_1_dns_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_dns_app_c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_dns_workload.id
}

resource "aws_route_table_association" "network_us_east_1_dns_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_dns_data_a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_dns_workload.id
}

resource "aws_route_table_association" "network_us_east_1_dns_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_dns_data_b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_dns_workload.id
}

resource "aws_route_table_association" "network_us_east_1_dns_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_dns_data_c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_dns_workload.id
}
