resource "aws_vpc" "team04_us_east_1_vpc04" {
  provider = aws.us_east_1

  cidr_block           = "10.0.12.0/22"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_us_east_1_all
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "vpc04"
    "vpcplan:id"   = "team04/us-east-1/vpc04"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_subnet" "team04_us_east_1_vpc04_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team04_us_east_1_vpc04.id
  cidr_block        = "10.0.12.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "vpc04-app-a"
    "vpcplan:id"   = "team04/us-east-1/vpc04/app-a"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_subnet" "team04_us_east_1_vpc04_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team04_us_east_1_vpc04.id
  cidr_block        = "10.0.13.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "vpc04-app-b"
    "vpcplan:id"   = "team04/us-east-1/vpc04/app-b"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_subnet" "team04_us_east_1_vpc04_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team04_us_east_1_vpc04.id
  cidr_block        = "10.0.14.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "vpc04-tgw-attach-a"
    "vpcplan:id"   = "team04/us-east-1/vpc04/tgw-attach-a"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_subnet" "team04_us_east_1_vpc04_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team04_us_east_1_vpc04.id
  cidr_block        = "10.0.14.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "vpc04-tgw-attach-b"
    "vpcplan:id"   = "team04/us-east-1/vpc04/tgw-attach-b"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_route_table" "rtb_team04_us_east_1_vpc04_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.team04_us_east_1_vpc04.id

  tags = {
    Name           = "vpc04-workload"
    "vpcplan:id"   = "rtb/team04/us-east-1/vpc04/workload"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_route" "rtb_team04_us_east_1_vpc04_workload_10_0_0_0_22" {
  count    = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team04_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team04_us_east_1_vpc04_workload.id
  destination_cidr_block    = "10.0.0.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_team01_us_east_1_vpc01_team04_us_east_1_vpc04[0].id
}

resource "aws_route" "rtb_team04_us_east_1_vpc04_workload_10_0_4_0_22" {
  count    = var.vpc_peering_connection_id_pcx_team02_us_east_1_vpc02_team04_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team04_us_east_1_vpc04_workload.id
  destination_cidr_block    = "10.0.4.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_team02_us_east_1_vpc02_team04_us_east_1_vpc04[0].id
}

resource "aws_route" "rtb_team04_us_east_1_vpc04_workload_10_0_8_0_22" {
  count    = var.vpc_peering_connection_id_pcx_team03_us_east_1_vpc03_team04_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team04_us_east_1_vpc04_workload.id
  destination_cidr_block    = "10.0.8.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_team03_us_east_1_vpc03_team04_us_east_1_vpc04[0].id
}

resource "aws_route" "rtb_team04_us_east_1_vpc04_workload_10_0_16_0_22" {
  count    = var.vpc_id_team05_us_east_1_vpc05 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team04_us_east_1_vpc04_workload.id
  destination_cidr_block    = "10.0.16.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team04_us_east_1_vpc04_team05_us_east_1_vpc05[0].id
}

resource "aws_route_table_association" "team04_us_east_1_vpc04_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team04_us_east_1_vpc04_app_a.id
  route_table_id = aws_route_table.rtb_team04_us_east_1_vpc04_workload.id
}

resource "aws_route_table_association" "team04_us_east_1_vpc04_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team04_us_east_1_vpc04_app_b.id
  route_table_id = aws_route_table.rtb_team04_us_east_1_vpc04_workload.id
}

resource "aws_route_table_association" "team04_us_east_1_vpc04_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team04_us_east_1_vpc04_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_team04_us_east_1_vpc04_workload.id
}

resource "aws_route_table_association" "team04_us_east_1_vpc04_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team04_us_east_1_vpc04_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_team04_us_east_1_vpc04_workload.id
}
