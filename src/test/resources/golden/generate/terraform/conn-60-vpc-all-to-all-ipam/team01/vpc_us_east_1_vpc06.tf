resource "aws_vpc" "team01_us_east_1_vpc06" {
  provider = aws.us_east_1

  cidr_block           = "10.0.20.0/22"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_us_east_1_all
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "vpc06"
    "vpcplan:id"   = "team01/us-east-1/vpc06"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_subnet" "team01_us_east_1_vpc06_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team01_us_east_1_vpc06.id
  cidr_block        = "10.0.20.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "vpc06-app-a"
    "vpcplan:id"   = "team01/us-east-1/vpc06/app-a"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_subnet" "team01_us_east_1_vpc06_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team01_us_east_1_vpc06.id
  cidr_block        = "10.0.21.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "vpc06-app-b"
    "vpcplan:id"   = "team01/us-east-1/vpc06/app-b"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_subnet" "team01_us_east_1_vpc06_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team01_us_east_1_vpc06.id
  cidr_block        = "10.0.22.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "vpc06-tgw-attach-a"
    "vpcplan:id"   = "team01/us-east-1/vpc06/tgw-attach-a"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_subnet" "team01_us_east_1_vpc06_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team01_us_east_1_vpc06.id
  cidr_block        = "10.0.22.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "vpc06-tgw-attach-b"
    "vpcplan:id"   = "team01/us-east-1/vpc06/tgw-attach-b"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_team01_us_east_1_vpc06" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.team01_us_east_1_vpc06.id
  subnet_ids = [
    aws_subnet.team01_us_east_1_vpc06_tgw_attach_a.id,
    aws_subnet.team01_us_east_1_vpc06_tgw_attach_b.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "team01-vpc06"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc06"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_route_table" "rtb_team01_us_east_1_vpc06_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.team01_us_east_1_vpc06.id

  tags = {
    Name           = "vpc06-tgw-attach"
    "vpcplan:id"   = "rtb/team01/us-east-1/vpc06/tgw-attach"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_route_table_association" "team01_us_east_1_vpc06_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team01_us_east_1_vpc06_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_team01_us_east_1_vpc06_tgw_attach.id
}

resource "aws_route_table_association" "team01_us_east_1_vpc06_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team01_us_east_1_vpc06_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_team01_us_east_1_vpc06_tgw_attach.id
}

resource "aws_route_table" "rtb_team01_us_east_1_vpc06_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.team01_us_east_1_vpc06.id

  tags = {
    Name           = "vpc06-workload"
    "vpcplan:id"   = "rtb/team01/us-east-1/vpc06/workload"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_route" "rtb_team01_us_east_1_vpc06_workload_10_0_0_0_16" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_team01_us_east_1_vpc06_workload.id
  destination_cidr_block = "10.0.0.0/16"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team01_us_east_1_vpc06]
}

resource "aws_route_table_association" "team01_us_east_1_vpc06_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team01_us_east_1_vpc06_app_a.id
  route_table_id = aws_route_table.rtb_team01_us_east_1_vpc06_workload.id
}

resource "aws_route_table_association" "team01_us_east_1_vpc06_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team01_us_east_1_vpc06_app_b.id
  route_table_id = aws_route_table.rtb_team01_us_east_1_vpc06_workload.id
}
