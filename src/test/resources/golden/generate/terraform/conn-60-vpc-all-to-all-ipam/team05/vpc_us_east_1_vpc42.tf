resource "aws_vpc" "team05_us_east_1_vpc42" {
  provider = aws.us_east_1

  cidr_block           = "10.0.164.0/22"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_us_east_1_all
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "vpc42"
    "vpcplan:id"   = "team05/us-east-1/vpc42"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_subnet" "team05_us_east_1_vpc42_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team05_us_east_1_vpc42.id
  cidr_block        = "10.0.164.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "vpc42-app-a"
    "vpcplan:id"   = "team05/us-east-1/vpc42/app-a"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_subnet" "team05_us_east_1_vpc42_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team05_us_east_1_vpc42.id
  cidr_block        = "10.0.165.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "vpc42-app-b"
    "vpcplan:id"   = "team05/us-east-1/vpc42/app-b"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_subnet" "team05_us_east_1_vpc42_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team05_us_east_1_vpc42.id
  cidr_block        = "10.0.166.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "vpc42-tgw-attach-a"
    "vpcplan:id"   = "team05/us-east-1/vpc42/tgw-attach-a"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_subnet" "team05_us_east_1_vpc42_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.team05_us_east_1_vpc42.id
  cidr_block        = "10.0.166.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "vpc42-tgw-attach-b"
    "vpcplan:id"   = "team05/us-east-1/vpc42/tgw-attach-b"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_team05_us_east_1_vpc42" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.team05_us_east_1_vpc42.id
  subnet_ids = [
    aws_subnet.team05_us_east_1_vpc42_tgw_attach_a.id,
    aws_subnet.team05_us_east_1_vpc42_tgw_attach_b.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "team05-vpc42"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc42"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_route_table" "rtb_team05_us_east_1_vpc42_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.team05_us_east_1_vpc42.id

  tags = {
    Name           = "vpc42-tgw-attach"
    "vpcplan:id"   = "rtb/team05/us-east-1/vpc42/tgw-attach"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_route_table_association" "team05_us_east_1_vpc42_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team05_us_east_1_vpc42_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_team05_us_east_1_vpc42_tgw_attach.id
}

resource "aws_route_table_association" "team05_us_east_1_vpc42_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team05_us_east_1_vpc42_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_team05_us_east_1_vpc42_tgw_attach.id
}

resource "aws_route_table" "rtb_team05_us_east_1_vpc42_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.team05_us_east_1_vpc42.id

  tags = {
    Name           = "vpc42-workload"
    "vpcplan:id"   = "rtb/team05/us-east-1/vpc42/workload"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_route" "rtb_team05_us_east_1_vpc42_workload_10_0_0_0_16" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_team05_us_east_1_vpc42_workload.id
  destination_cidr_block = "10.0.0.0/16"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_team05_us_east_1_vpc42]
}

resource "aws_route_table_association" "team05_us_east_1_vpc42_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team05_us_east_1_vpc42_app_a.id
  route_table_id = aws_route_table.rtb_team05_us_east_1_vpc42_workload.id
}

resource "aws_route_table_association" "team05_us_east_1_vpc42_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.team05_us_east_1_vpc42_app_b.id
  route_table_id = aws_route_table.rtb_team05_us_east_1_vpc42_workload.id
}
