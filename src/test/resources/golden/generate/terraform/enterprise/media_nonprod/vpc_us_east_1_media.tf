resource "aws_vpc" "media_nonprod_us_east_1_media" {
  provider = aws.us_east_1

  cidr_block                       = "10.2.32.0/19"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "media"
    "vpcplan:id"   = "media-nonprod/us-east-1/media"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_public_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.56.0/24"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-public-a"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_public_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.57.0/24"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-public-b"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_public_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.58.0/24"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-public-c"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_app_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.32.0/21"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-app-a"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_app_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.40.0/21"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-app-b"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_app_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.48.0/21"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-app-c"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_data_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.59.0/24"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-data-a"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_data_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.60.0/24"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-data-b"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_data_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.61.0/24"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-data-c"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.62.0/28"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-tgw-attach-a"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.62.16/28"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-tgw-attach-b"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "media_nonprod_us_east_1_media_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.media_nonprod_us_east_1_media.id
  cidr_block                      = "10.2.62.32/28"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.media_nonprod_us_east_1_media.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "media-tgw-attach-c"
    "vpcplan:id"   = "media-nonprod/us-east-1/media/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "media_nonprod_us_east_1_media" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.media_nonprod_us_east_1_media.id

  tags = {
    Name           = "media-igw"
    "vpcplan:id"   = "igw/media-nonprod/us-east-1/media"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_media_nonprod_us_east_1_media" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.media_nonprod_us_east_1_media.id
  subnet_ids = [
    aws_subnet.media_nonprod_us_east_1_media_tgw_attach_a.id,
    aws_subnet.media_nonprod_us_east_1_media_tgw_attach_b.id,
    aws_subnet.media_nonprod_us_east_1_media_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "media-nonprod-media"
    "vpcplan:id"   = "tgw-attach/media-nonprod/us-east-1/media"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_media_nonprod_us_east_1_media_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.media_nonprod_us_east_1_media.id

  tags = {
    Name           = "media-tgw-attach"
    "vpcplan:id"   = "rtb/media-nonprod/us-east-1/media/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_tgw_attach.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_tgw_attach.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_tgw_attach.id
}

resource "aws_route_table" "rtb_media_nonprod_us_east_1_media_public" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.media_nonprod_us_east_1_media.id

  tags = {
    Name           = "media-workload-public"
    "vpcplan:id"   = "rtb/media-nonprod/us-east-1/media/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_media_nonprod_us_east_1_media_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_media_nonprod_us_east_1_media_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_media_nonprod_us_east_1_media]
}

resource "aws_route" "rtb_media_nonprod_us_east_1_media_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_media_nonprod_us_east_1_media_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_media_nonprod_us_east_1_media]
}

resource "aws_route" "rtb_media_nonprod_us_east_1_media_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_media_nonprod_us_east_1_media_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_media_nonprod_us_east_1_media]
}

resource "aws_route" "rtb_media_nonprod_us_east_1_media_public_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_media_nonprod_us_east_1_media_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.media_nonprod_us_east_1_media.id
}

resource "aws_route" "rtb_media_nonprod_us_east_1_media_public_default_ipv6" {
  provider = aws.us_east_1

  route_table_id              = aws_route_table.rtb_media_nonprod_us_east_1_media_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.media_nonprod_us_east_1_media.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_public_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_public_a.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_public.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_public_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_public_b.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_public.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_public_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_public_c.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_public.id
}

resource "aws_route_table" "rtb_media_nonprod_us_east_1_media_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.media_nonprod_us_east_1_media.id

  tags = {
    Name           = "media-workload"
    "vpcplan:id"   = "rtb/media-nonprod/us-east-1/media/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_media_nonprod_us_east_1_media_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_media_nonprod_us_east_1_media]
}

resource "aws_route" "rtb_media_nonprod_us_east_1_media_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_media_nonprod_us_east_1_media]
}

resource "aws_route" "rtb_media_nonprod_us_east_1_media_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_media_nonprod_us_east_1_media]
}

resource "aws_route" "rtb_media_nonprod_us_east_1_media_workload_default" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_media_nonprod_us_east_1_media]
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_app_a.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_app_b.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_app_c.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_data_a.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_data_b.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
}

resource "aws_route_table_association" "media_nonprod_us_east_1_media_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.media_nonprod_us_east_1_media_data_c.id
  route_table_id = aws_route_table.rtb_media_nonprod_us_east_1_media_workload.id
}
