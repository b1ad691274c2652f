resource "aws_vpc" "nonprod_us_east_1_web" {
  provider = aws.us_east_1

  cidr_block           = "10.1.32.0/21"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_us_east_1_nonprod
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "web"
    "vpcplan:id"   = "nonprod/us-east-1/web"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_subnet" "nonprod_us_east_1_web_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.nonprod_us_east_1_web.id
  cidr_block        = "10.1.32.0/23"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "web-app-a"
    "vpcplan:id"   = "nonprod/us-east-1/web/app-a"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_subnet" "nonprod_us_east_1_web_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.nonprod_us_east_1_web.id
  cidr_block        = "10.1.34.0/23"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "web-app-b"
    "vpcplan:id"   = "nonprod/us-east-1/web/app-b"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_subnet" "nonprod_us_east_1_web_app_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.nonprod_us_east_1_web.id
  cidr_block        = "10.1.36.0/23"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "web-app-c"
    "vpcplan:id"   = "nonprod/us-east-1/web/app-c"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_subnet" "nonprod_us_east_1_web_data_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.nonprod_us_east_1_web.id
  cidr_block        = "10.1.38.0/26"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "web-data-a"
    "vpcplan:id"   = "nonprod/us-east-1/web/data-a"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_subnet" "nonprod_us_east_1_web_data_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.nonprod_us_east_1_web.id
  cidr_block        = "10.1.38.64/26"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "web-data-b"
    "vpcplan:id"   = "nonprod/us-east-1/web/data-b"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_subnet" "nonprod_us_east_1_web_data_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.nonprod_us_east_1_web.id
  cidr_block        = "10.1.38.128/26"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "web-data-c"
    "vpcplan:id"   = "nonprod/us-east-1/web/data-c"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_subnet" "nonprod_us_east_1_web_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.nonprod_us_east_1_web.id
  cidr_block        = "10.1.38.192/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "web-tgw-attach-a"
    "vpcplan:id"   = "nonprod/us-east-1/web/tgw-attach-a"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_subnet" "nonprod_us_east_1_web_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.nonprod_us_east_1_web.id
  cidr_block        = "10.1.38.208/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "web-tgw-attach-b"
    "vpcplan:id"   = "nonprod/us-east-1/web/tgw-attach-b"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_subnet" "nonprod_us_east_1_web_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.nonprod_us_east_1_web.id
  cidr_block        = "10.1.38.224/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "web-tgw-attach-c"
    "vpcplan:id"   = "nonprod/us-east-1/web/tgw-attach-c"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_nonprod_us_east_1_web" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.nonprod_us_east_1_web.id
  subnet_ids = [
    aws_subnet.nonprod_us_east_1_web_tgw_attach_a.id,
    aws_subnet.nonprod_us_east_1_web_tgw_attach_b.id,
    aws_subnet.nonprod_us_east_1_web_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "nonprod-web"
    "vpcplan:id"   = "tgw-attach/nonprod/us-east-1/web"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_route_table" "rtb_nonprod_us_east_1_web_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.nonprod_us_east_1_web.id

  tags = {
    Name           = "web-tgw-attach"
    "vpcplan:id"   = "rtb/nonprod/us-east-1/web/tgw-attach"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_route_table_association" "nonprod_us_east_1_web_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.nonprod_us_east_1_web_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_nonprod_us_east_1_web_tgw_attach.id
}

resource "aws_route_table_association" "nonprod_us_east_1_web_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.nonprod_us_east_1_web_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_nonprod_us_east_1_web_tgw_attach.id
}

resource "aws_route_table_association" "nonprod_us_east_1_web_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.nonprod_us_east_1_web_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_nonprod_us_east_1_web_tgw_attach.id
}

resource "aws_route_table" "rtb_nonprod_us_east_1_web_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.nonprod_us_east_1_web.id

  tags = {
    Name           = "web-workload"
    "vpcplan:id"   = "rtb/nonprod/us-east-1/web/workload"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_route" "rtb_nonprod_us_east_1_web_workload_10_1_128_0_18" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_nonprod_us_east_1_web_workload.id
  destination_cidr_block = "10.1.128.0/18"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_nonprod_us_east_1_web]
}

resource "aws_route" "rtb_nonprod_us_east_1_web_workload_10_1_0_0_18" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_nonprod_us_east_1_web_workload.id
  destination_cidr_block = "10.1.0.0/18"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_nonprod_us_east_1_web]
}

resource "aws_route_table_association" "nonprod_us_east_1_web_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.nonprod_us_east_1_web_app_a.id
  route_table_id = aws_route_table.rtb_nonprod_us_east_1_web_workload.id
}

resource "aws_route_table_association" "nonprod_us_east_1_web_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.nonprod_us_east_1_web_app_b.id
  route_table_id = aws_route_table.rtb_nonprod_us_east_1_web_workload.id
}

resource "aws_route_table_association" "nonprod_us_east_1_web_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.nonprod_us_east_1_web_app_c.id
  route_table_id = aws_route_table.rtb_nonprod_us_east_1_web_workload.id
}

resource "aws_route_table_association" "nonprod_us_east_1_web_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.nonprod_us_east_1_web_data_a.id
  route_table_id = aws_route_table.rtb_nonprod_us_east_1_web_workload.id
}

resource "aws_route_table_association" "nonprod_us_east_1_web_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.nonprod_us_east_1_web_data_b.id
  route_table_id = aws_route_table.rtb_nonprod_us_east_1_web_workload.id
}

resource "aws_route_table_association" "nonprod_us_east_1_web_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.nonprod_us_east_1_web_data_c.id
  route_table_id = aws_route_table.rtb_nonprod_us_east_1_web_workload.id
}
