resource "aws_vpc" "data_us_east_1_db" {
  provider = aws.us_east_1

  cidr_block           = "10.0.4.0/22"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_us_east_1_team
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "db"
    "vpcplan:id"   = "data/us-east-1/db"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "data_us_east_1_db_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.data_us_east_1_db.id
  cidr_block        = "10.0.4.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "db-app-a"
    "vpcplan:id"   = "data/us-east-1/db/app-a"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "data_us_east_1_db_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.data_us_east_1_db.id
  cidr_block        = "10.0.5.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "db-app-b"
    "vpcplan:id"   = "data/us-east-1/db/app-b"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "data_us_east_1_db_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.data_us_east_1_db.id
  cidr_block        = "10.0.6.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "db-tgw-attach-a"
    "vpcplan:id"   = "data/us-east-1/db/tgw-attach-a"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "data_us_east_1_db_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.data_us_east_1_db.id
  cidr_block        = "10.0.6.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "db-tgw-attach-b"
    "vpcplan:id"   = "data/us-east-1/db/tgw-attach-b"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_route_table" "rtb_data_us_east_1_db_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.data_us_east_1_db.id

  tags = {
    Name           = "db-workload"
    "vpcplan:id"   = "rtb/data/us-east-1/db/workload"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_route" "rtb_data_us_east_1_db_workload_10_0_0_0_22" {
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_data_us_east_1_db_workload.id
  destination_cidr_block    = "10.0.0.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_data_us_east_1_batch_data_us_east_1_db.id
}

resource "aws_route" "rtb_data_us_east_1_db_workload_10_0_8_0_22" {
  count    = var.vpc_id_web_us_east_1_api == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_data_us_east_1_db_workload.id
  destination_cidr_block    = "10.0.8.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_data_us_east_1_db_web_us_east_1_api[0].id
}

resource "aws_route" "rtb_data_us_east_1_db_workload_10_0_12_0_22" {
  count    = var.vpc_id_web_us_east_1_frontend == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_data_us_east_1_db_workload.id
  destination_cidr_block    = "10.0.12.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_data_us_east_1_db_web_us_east_1_frontend[0].id
}

resource "aws_route_table_association" "data_us_east_1_db_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.data_us_east_1_db_app_a.id
  route_table_id = aws_route_table.rtb_data_us_east_1_db_workload.id
}

resource "aws_route_table_association" "data_us_east_1_db_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.data_us_east_1_db_app_b.id
  route_table_id = aws_route_table.rtb_data_us_east_1_db_workload.id
}

resource "aws_route_table_association" "data_us_east_1_db_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.data_us_east_1_db_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_data_us_east_1_db_workload.id
}

resource "aws_route_table_association" "data_us_east_1_db_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.data_us_east_1_db_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_data_us_east_1_db_workload.id
}
