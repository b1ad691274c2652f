resource "aws_vpc" "analytics_us_east_1_reporting" {
  provider = aws.us_east_1

  cidr_block           = "10.1.0.0/22"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_us_east_1_prod
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "reporting"
    "vpcplan:id"   = "analytics/us-east-1/reporting"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_subnet" "analytics_us_east_1_reporting_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.analytics_us_east_1_reporting.id
  cidr_block        = "10.1.0.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "reporting-app-a"
    "vpcplan:id"   = "analytics/us-east-1/reporting/app-a"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_subnet" "analytics_us_east_1_reporting_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.analytics_us_east_1_reporting.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "reporting-app-b"
    "vpcplan:id"   = "analytics/us-east-1/reporting/app-b"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_subnet" "analytics_us_east_1_reporting_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.analytics_us_east_1_reporting.id
  cidr_block        = "10.1.2.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "reporting-tgw-attach-a"
    "vpcplan:id"   = "analytics/us-east-1/reporting/tgw-attach-a"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_subnet" "analytics_us_east_1_reporting_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.analytics_us_east_1_reporting.id
  cidr_block        = "10.1.2.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "reporting-tgw-attach-b"
    "vpcplan:id"   = "analytics/us-east-1/reporting/tgw-attach-b"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_route_table" "rtb_analytics_us_east_1_reporting_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.analytics_us_east_1_reporting.id

  tags = {
    Name           = "reporting-workload"
    "vpcplan:id"   = "rtb/analytics/us-east-1/reporting/workload"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_route" "rtb_analytics_us_east_1_reporting_workload_10_1_8_0_22" {
  count    = var.vpc_id_platform_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_analytics_us_east_1_reporting_workload.id
  destination_cidr_block    = "10.1.8.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_analytics_us_east_1_reporting_platform_us_east_1_tools[0].id
}

resource "aws_route_table_association" "analytics_us_east_1_reporting_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_us_east_1_reporting_app_a.id
  route_table_id = aws_route_table.rtb_analytics_us_east_1_reporting_workload.id
}

resource "aws_route_table_association" "analytics_us_east_1_reporting_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_us_east_1_reporting_app_b.id
  route_table_id = aws_route_table.rtb_analytics_us_east_1_reporting_workload.id
}

resource "aws_route_table_association" "analytics_us_east_1_reporting_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_us_east_1_reporting_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_analytics_us_east_1_reporting_workload.id
}

resource "aws_route_table_association" "analytics_us_east_1_reporting_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.analytics_us_east_1_reporting_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_analytics_us_east_1_reporting_workload.id
}
