resource "aws_vpc" "platform_us_east_1_tools" {
  provider = aws.us_east_1

  cidr_block           = "10.1.8.0/22"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_us_east_1_shared
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "tools"
    "vpcplan:id"   = "platform/us-east-1/tools"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_subnet" "platform_us_east_1_tools_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.platform_us_east_1_tools.id
  cidr_block        = "10.1.8.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "tools-app-a"
    "vpcplan:id"   = "platform/us-east-1/tools/app-a"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_subnet" "platform_us_east_1_tools_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.platform_us_east_1_tools.id
  cidr_block        = "10.1.9.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "tools-app-b"
    "vpcplan:id"   = "platform/us-east-1/tools/app-b"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_subnet" "platform_us_east_1_tools_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.platform_us_east_1_tools.id
  cidr_block        = "10.1.10.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "tools-tgw-attach-a"
    "vpcplan:id"   = "platform/us-east-1/tools/tgw-attach-a"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_subnet" "platform_us_east_1_tools_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.platform_us_east_1_tools.id
  cidr_block        = "10.1.10.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "tools-tgw-attach-b"
    "vpcplan:id"   = "platform/us-east-1/tools/tgw-attach-b"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_route_table" "rtb_platform_us_east_1_tools_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.platform_us_east_1_tools.id

  tags = {
    Name           = "tools-workload"
    "vpcplan:id"   = "rtb/platform/us-east-1/tools/workload"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_route" "rtb_platform_us_east_1_tools_workload_10_0_0_0_16" {
  count    = var.vpc_id_r_400000000004_us_east_1_legacy_core == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_platform_us_east_1_tools_workload.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_400000000004_us_east_1_legacy_core_platform_us_east_1_tools[0].id
}

resource "aws_route" "rtb_platform_us_east_1_tools_workload_10_1_0_0_22" {
  count    = var.vpc_peering_connection_id_pcx_analytics_us_east_1_reporting_platform_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_platform_us_east_1_tools_workload.id
  destination_cidr_block    = "10.1.0.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_analytics_us_east_1_reporting_platform_us_east_1_tools[0].id
}

resource "aws_route_table_association" "platform_us_east_1_tools_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.platform_us_east_1_tools_app_a.id
  route_table_id = aws_route_table.rtb_platform_us_east_1_tools_workload.id
}

resource "aws_route_table_association" "platform_us_east_1_tools_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.platform_us_east_1_tools_app_b.id
  route_table_id = aws_route_table.rtb_platform_us_east_1_tools_workload.id
}

resource "aws_route_table_association" "platform_us_east_1_tools_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.platform_us_east_1_tools_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_platform_us_east_1_tools_workload.id
}

resource "aws_route_table_association" "platform_us_east_1_tools_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.platform_us_east_1_tools_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_platform_us_east_1_tools_workload.id
}
