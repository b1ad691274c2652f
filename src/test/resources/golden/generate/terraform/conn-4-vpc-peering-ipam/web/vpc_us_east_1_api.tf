resource "aws_vpc" "web_us_east_1_api" {
  provider = aws.us_east_1

  cidr_block           = "10.0.8.0/22"
  ipv4_ipam_pool_id    = aws_vpc_ipam_pool.main_us_east_1_team.id
  enable_dns_support   = true
  enable_dns_hostnames = true

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_team_10_0_0_0_19]

  tags = {
    Name           = "api"
    "vpcplan:id"   = "web/us-east-1/api"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "web_us_east_1_api_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.web_us_east_1_api.id
  cidr_block        = "10.0.8.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "api-app-a"
    "vpcplan:id"   = "web/us-east-1/api/app-a"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "web_us_east_1_api_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.web_us_east_1_api.id
  cidr_block        = "10.0.9.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "api-app-b"
    "vpcplan:id"   = "web/us-east-1/api/app-b"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "web_us_east_1_api_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.web_us_east_1_api.id
  cidr_block        = "10.0.10.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "api-tgw-attach-a"
    "vpcplan:id"   = "web/us-east-1/api/tgw-attach-a"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_subnet" "web_us_east_1_api_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.web_us_east_1_api.id
  cidr_block        = "10.0.10.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "api-tgw-attach-b"
    "vpcplan:id"   = "web/us-east-1/api/tgw-attach-b"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_route_table" "rtb_web_us_east_1_api_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.web_us_east_1_api.id

  tags = {
    Name           = "api-workload"
    "vpcplan:id"   = "rtb/web/us-east-1/api/workload"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_route" "rtb_web_us_east_1_api_workload_10_0_0_0_22" {
  count    = var.vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_api == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_web_us_east_1_api_workload.id
  destination_cidr_block    = "10.0.0.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_data_us_east_1_batch_web_us_east_1_api[0].id
}

resource "aws_route" "rtb_web_us_east_1_api_workload_10_0_4_0_22" {
  count    = var.vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_api == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_web_us_east_1_api_workload.id
  destination_cidr_block    = "10.0.4.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_data_us_east_1_db_web_us_east_1_api[0].id
}

resource "aws_route" "rtb_web_us_east_1_api_workload_10_0_12_0_22" {
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_web_us_east_1_api_workload.id
  destination_cidr_block    = "10.0.12.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_web_us_east_1_api_web_us_east_1_frontend.id
}

resource "aws_route_table_association" "web_us_east_1_api_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.web_us_east_1_api_app_a.id
  route_table_id = aws_route_table.rtb_web_us_east_1_api_workload.id
}

resource "aws_route_table_association" "web_us_east_1_api_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.web_us_east_1_api_app_b.id
  route_table_id = aws_route_table.rtb_web_us_east_1_api_workload.id
}

resource "aws_route_table_association" "web_us_east_1_api_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.web_us_east_1_api_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_web_us_east_1_api_workload.id
}

resource "aws_route_table_association" "web_us_east_1_api_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.web_us_east_1_api_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_web_us_east_1_api_workload.id
}
