resource "aws_vpc" "reviews_nonprod_eu_west_1_reviews" {
  provider = aws.eu_west_1

  cidr_block                       = "10.18.112.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_eu_west_1_nonprod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "reviews"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reviews_nonprod_eu_west_1_reviews_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  cidr_block                      = "10.18.112.0/23"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reviews_nonprod_eu_west_1_reviews.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reviews-app-a"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reviews_nonprod_eu_west_1_reviews_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  cidr_block                      = "10.18.114.0/23"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reviews_nonprod_eu_west_1_reviews.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reviews-app-b"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reviews_nonprod_eu_west_1_reviews_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  cidr_block                      = "10.18.116.0/23"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reviews_nonprod_eu_west_1_reviews.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reviews-app-c"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reviews_nonprod_eu_west_1_reviews_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  cidr_block                      = "10.18.118.0/26"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reviews_nonprod_eu_west_1_reviews.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reviews-data-a"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reviews_nonprod_eu_west_1_reviews_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  cidr_block                      = "10.18.118.64/26"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reviews_nonprod_eu_west_1_reviews.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reviews-data-b"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reviews_nonprod_eu_west_1_reviews_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  cidr_block                      = "10.18.118.128/26"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reviews_nonprod_eu_west_1_reviews.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reviews-data-c"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reviews_nonprod_eu_west_1_reviews_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  cidr_block                      = "10.18.118.192/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reviews_nonprod_eu_west_1_reviews.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reviews-tgw-attach-a"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reviews_nonprod_eu_west_1_reviews_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  cidr_block                      = "10.18.118.208/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reviews_nonprod_eu_west_1_reviews.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reviews-tgw-attach-b"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reviews_nonprod_eu_west_1_reviews_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  cidr_block                      = "10.18.118.224/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reviews_nonprod_eu_west_1_reviews.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reviews-tgw-attach-c"
    "vpcplan:id"   = "reviews-nonprod/eu-west-1/reviews/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_reviews_nonprod_eu_west_1_reviews" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
  subnet_ids = [
    aws_subnet.reviews_nonprod_eu_west_1_reviews_tgw_attach_a.id,
    aws_subnet.reviews_nonprod_eu_west_1_reviews_tgw_attach_b.id,
    aws_subnet.reviews_nonprod_eu_west_1_reviews_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "reviews-nonprod-reviews"
    "vpcplan:id"   = "tgw-attach/reviews-nonprod/eu-west-1/reviews"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_reviews_nonprod_eu_west_1_reviews_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.reviews_nonprod_eu_west_1_reviews.id

  tags = {
    Name           = "reviews-tgw-attach"
    "vpcplan:id"   = "rtb/reviews-nonprod/eu-west-1/reviews/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "reviews_nonprod_eu_west_1_reviews_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reviews_nonprod_eu_west_1_reviews_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_tgw_attach.id
}

resource "aws_route_table_association" "reviews_nonprod_eu_west_1_reviews_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reviews_nonprod_eu_west_1_reviews_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_tgw_attach.id
}

resource "aws_route_table_association" "reviews_nonprod_eu_west_1_reviews_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reviews_nonprod_eu_west_1_reviews_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_tgw_attach.id
}

resource "aws_route_table" "rtb_reviews_nonprod_eu_west_1_reviews_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.reviews_nonprod_eu_west_1_reviews.id

  tags = {
    Name           = "reviews-workload"
    "vpcplan:id"   = "rtb/reviews-nonprod/eu-west-1/reviews/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_reviews_nonprod_eu_west_1_reviews_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reviews_nonprod_eu_west_1_reviews]
}

resource "aws_route" "rtb_reviews_nonprod_eu_west_1_reviews_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reviews_nonprod_eu_west_1_reviews]
}

resource "aws_route" "rtb_reviews_nonprod_eu_west_1_reviews_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reviews_nonprod_eu_west_1_reviews]
}

resource "aws_route" "rtb_reviews_nonprod_eu_west_1_reviews_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reviews_nonprod_eu_west_1_reviews]
}

resource "aws_route_table_association" "reviews_nonprod_eu_west_1_reviews_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reviews_nonprod_eu_west_1_reviews_app_a.id
  route_table_id = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
}

resource "aws_route_table_association" "reviews_nonprod_eu_west_1_reviews_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reviews_nonprod_eu_west_1_reviews_app_b.id
  route_table_id = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
}

resource "aws_route_table_association" "reviews_nonprod_eu_west_1_reviews_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reviews_nonprod_eu_west_1_reviews_app_c.id
  route_table_id = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
}

resource "aws_route_table_association" "reviews_nonprod_eu_west_1_reviews_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reviews_nonprod_eu_west_1_reviews_data_a.id
  route_table_id = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
}

resource "aws_route_table_association" "reviews_nonprod_eu_west_1_reviews_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reviews_nonprod_eu_west_1_reviews_data_b.id
  route_table_id = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
}

resource "aws_route_table_association" "reviews_nonprod_eu_west_1_reviews_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reviews_nonprod_eu_west_1_reviews_data_c.id
  route_table_id = aws_route_table.rtb_reviews_nonprod_eu_west_1_reviews_workload.id
}
