resource "aws_vpc" "data_us_east_1_batch" {
  provider = aws.us_east_1

  cidr_block           = "10.0.0.0/22"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_us_east_1_team
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "batch"
    "vpcplan:id"   = "data/us-east-1/batch"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "data_us_east_1_batch_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.data_us_east_1_batch.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "batch-app-a"
    "vpcplan:id"   = "data/us-east-1/batch/app-a"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "data_us_east_1_batch_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.data_us_east_1_batch.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "batch-app-b"
    "vpcplan:id"   = "data/us-east-1/batch/app-b"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "data_us_east_1_batch_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.data_us_east_1_batch.id
  cidr_block        = "10.0.2.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "batch-tgw-attach-a"
    "vpcplan:id"   = "data/us-east-1/batch/tgw-attach-a"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "data_us_east_1_batch_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.data_us_east_1_batch.id
  cidr_block        = "10.0.2.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "batch-tgw-attach-b"
    "vpcplan:id"   = "data/us-east-1/batch/tgw-attach-b"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_route_table" "rtb_data_us_east_1_batch_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.data_us_east_1_batch.id

  tags = {
    Name           = "batch-workload"
    "vpcplan:id"   = "rtb/data/us-east-1/batch/workload"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_route" "rtb_data_us_east_1_batch_workload_10_0_4_0_22" {
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_data_us_east_1_batch_workload.id
  destination_cidr_block    = "10.0.4.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_data_us_east_1_batch_data_us_east_1_db.id
}

resource "aws_route" "rtb_data_us_east_1_batch_workload_10_0_8_0_22" {
  count    = var.vpc_id_web_us_east_1_api == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_data_us_east_1_batch_workload.id
  destination_cidr_block    = "10.0.8.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_data_us_east_1_batch_web_us_east_1_api[0].id
}

resource "aws_route" "rtb_data_us_east_1_batch_workload_10_0_12_0_22" {
  count    = var.vpc_id_web_us_east_1_frontend == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_data_us_east_1_batch_workload.id
  destination_cidr_block    = "10.0.12.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_data_us_east_1_batch_web_us_east_1_frontend[0].id
}

resource "aws_route_table_association" "data_us_east_1_batch_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.data_us_east_1_batch_app_a.id
  route_table_id = aws_route_table.rtb_data_us_east_1_batch_workload.id
}

resource "aws_route_table_association" "data_us_east_1_batch_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.data_us_east_1_batch_app_b.id
  route_table_id = aws_route_table.rtb_data_us_east_1_batch_workload.id
}

resource "aws_route_table_association" "data_us_east_1_batch_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.data_us_east_1_batch_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_data_us_east_1_batch_workload.id
}

resource "aws_route_table_association" "data_us_east_1_batch_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.data_us_east_1_batch_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_data_us_east_1_batch_workload.id
}
