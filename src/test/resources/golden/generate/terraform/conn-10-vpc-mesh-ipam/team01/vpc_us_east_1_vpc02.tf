resource "aws_vpc" "team01_us_east_1_vpc02" {
  provider = aws.us_east_1

  cidr_block           = "10.0.4.0/22"
  ipv4_ipam_pool_id    = aws_vpc_ipam_pool.main_us_east_1_all.id
  enable_dns_support   = true
  enable_dns_hostnames = true

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_all_10_0_0_0_17]

  tags = {
    Name           = "vpc02"
    "vpcplan:id"   = "team01/us-east-1/vpc02"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_subnet" "team01_us_east_1_vpc02_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team01_us_east_1_vpc02.id
  cidr_block        = "10.0.4.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "vpc02-app-a"
    "vpcplan:id"   = "team01/us-east-1/vpc02/app-a"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_subnet" "team01_us_east_1_vpc02_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team01_us_east_1_vpc02.id
  cidr_block        = "10.0.5.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "vpc02-app-b"
    "vpcplan:id"   = "team01/us-east-1/vpc02/app-b"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_subnet" "team01_us_east_1_vpc02_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team01_us_east_1_vpc02.id
  cidr_block        = "10.0.6.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "vpc02-tgw-attach-a"
    "vpcplan:id"   = "team01/us-east-1/vpc02/tgw-attach-a"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_subnet" "team01_us_east_1_vpc02_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team01_us_east_1_vpc02.id
  cidr_block        = "10.0.6.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "vpc02-tgw-attach-b"
    "vpcplan:id"   = "team01/us-east-1/vpc02/tgw-attach-b"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_route_table" "rtb_team01_us_east_1_vpc02_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.team01_us_east_1_vpc02.id

  tags = {
    Name           = "vpc02-workload"
    "vpcplan:id"   = "rtb/team01/us-east-1/vpc02/workload"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_route" "rtb_team01_us_east_1_vpc02_workload_10_0_0_0_22" {
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
  destination_cidr_block    = "10.0.0.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team01_us_east_1_vpc01_team01_us_east_1_vpc02.id
}

resource "aws_route" "rtb_team01_us_east_1_vpc02_workload_10_0_8_0_22" {
  count    = var.vpc_id_team02_us_east_1_vpc03 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
  destination_cidr_block    = "10.0.8.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc03[0].id
}

resource "aws_route" "rtb_team01_us_east_1_vpc02_workload_10_0_12_0_22" {
  count    = var.vpc_id_team02_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
  destination_cidr_block    = "10.0.12.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc04[0].id
}

resource "aws_route" "rtb_team01_us_east_1_vpc02_workload_10_0_16_0_22" {
  count    = var.vpc_id_team03_us_east_1_vpc05 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
  destination_cidr_block    = "10.0.16.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team03_us_east_1_vpc05[0].id
}

resource "aws_route" "rtb_team01_us_east_1_vpc02_workload_10_0_20_0_22" {
  count    = var.vpc_id_team03_us_east_1_vpc06 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
  destination_cidr_block    = "10.0.20.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team03_us_east_1_vpc06[0].id
}

resource "aws_route" "rtb_team01_us_east_1_vpc02_workload_10_0_24_0_22" {
  count    = var.vpc_id_team04_us_east_1_vpc07 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
  destination_cidr_block    = "10.0.24.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team04_us_east_1_vpc07[0].id
}

resource "aws_route" "rtb_team01_us_east_1_vpc02_workload_10_0_28_0_22" {
  count    = var.vpc_id_team04_us_east_1_vpc08 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
  destination_cidr_block    = "10.0.28.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team04_us_east_1_vpc08[0].id
}

resource "aws_route" "rtb_team01_us_east_1_vpc02_workload_10_0_32_0_22" {
  count    = var.vpc_id_team05_us_east_1_vpc09 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
  destination_cidr_block    = "10.0.32.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team05_us_east_1_vpc09[0].id
}

resource "aws_route" "rtb_team01_us_east_1_vpc02_workload_10_0_36_0_22" {
  count    = var.vpc_id_team05_us_east_1_vpc10 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
  destination_cidr_block    = "10.0.36.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_team01_us_east_1_vpc02_team05_us_east_1_vpc10[0].id
}

resource "aws_route_table_association" "team01_us_east_1_vpc02_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team01_us_east_1_vpc02_app_a.id
  route_table_id = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
}

resource "aws_route_table_association" "team01_us_east_1_vpc02_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team01_us_east_1_vpc02_app_b.id
  route_table_id = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
}

resource "aws_route_table_association" "team01_us_east_1_vpc02_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team01_us_east_1_vpc02_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
}

resource "aws_route_table_association" "team01_us_east_1_vpc02_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team01_us_east_1_vpc02_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_team01_us_east_1_vpc02_workload.id
}
