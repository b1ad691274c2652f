resource "aws_vpc" "search_prod_us_east_1_search" {
  provider = aws.us_east_1

  cidr_block                       = "10.0.176.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_us_east_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "search"
    "vpcplan:id"   = "search-prod/us-east-1/search"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "search_prod_us_east_1_search_app_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.search_prod_us_east_1_search.id
  cidr_block                      = "10.0.176.0/23"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.search_prod_us_east_1_search.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "search-app-a"
    "vpcplan:id"   = "search-prod/us-east-1/search/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "search_prod_us_east_1_search_app_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.search_prod_us_east_1_search.id
  cidr_block                      = "10.0.178.0/23"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.search_prod_us_east_1_search.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "search-app-b"
    "vpcplan:id"   = "search-prod/us-east-1/search/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "search_prod_us_east_1_search_app_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.search_prod_us_east_1_search.id
  cidr_block                      = "10.0.180.0/23"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.search_prod_us_east_1_search.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "search-app-c"
    "vpcplan:id"   = "search-prod/us-east-1/search/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "search_prod_us_east_1_search_data_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.search_prod_us_east_1_search.id
  cidr_block                      = "10.0.182.0/26"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.search_prod_us_east_1_search.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "search-data-a"
    "vpcplan:id"   = "search-prod/us-east-1/search/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "search_prod_us_east_1_search_data_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.search_prod_us_east_1_search.id
  cidr_block                      = "10.0.182.64/26"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.search_prod_us_east_1_search.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "search-data-b"
    "vpcplan:id"   = "search-prod/us-east-1/search/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "search_prod_us_east_1_search_data_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.search_prod_us_east_1_search.id
  cidr_block                      = "10.0.182.128/26"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.search_prod_us_east_1_search.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "search-data-c"
    "vpcplan:id"   = "search-prod/us-east-1/search/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "search_prod_us_east_1_search_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.search_prod_us_east_1_search.id
  cidr_block                      = "10.0.182.192/28"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.search_prod_us_east_1_search.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "search-tgw-attach-a"
    "vpcplan:id"   = "search-prod/us-east-1/search/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "search_prod_us_east_1_search_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.search_prod_us_east_1_search.id
  cidr_block                      = "10.0.182.208/28"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.search_prod_us_east_1_search.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "search-tgw-attach-b"
    "vpcplan:id"   = "search-prod/us-east-1/search/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "search_prod_us_east_1_search_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.search_prod_us_east_1_search.id
  cidr_block                      = "10.0.182.224/28"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.search_prod_us_east_1_search.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "search-tgw-attach-c"
    "vpcplan:id"   = "search-prod/us-east-1/search/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_search_prod_us_east_1_search" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.search_prod_us_east_1_search.id
  subnet_ids = [
    aws_subnet.search_prod_us_east_1_search_tgw_attach_a.id,
    aws_subnet.search_prod_us_east_1_search_tgw_attach_b.id,
    aws_subnet.search_prod_us_east_1_search_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "search-prod-search"
    "vpcplan:id"   = "tgw-attach/search-prod/us-east-1/search"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_search_prod_us_east_1_search_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.search_prod_us_east_1_search.id

  tags = {
    Name           = "search-tgw-attach"
    "vpcplan:id"   = "rtb/search-prod/us-east-1/search/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "search_prod_us_east_1_search_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.search_prod_us_east_1_search_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_search_prod_us_east_1_search_tgw_attach.id
}

resource "aws_route_table_association" "search_prod_us_east_1_search_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.search_prod_us_east_1_search_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_search_prod_us_east_1_search_tgw_attach.id
}

resource "aws_route_table_association" "search_prod_us_east_1_search_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.search_prod_us_east_1_search_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_search_prod_us_east_1_search_tgw_attach.id
}

resource "aws_route_table" "rtb_search_prod_us_east_1_search_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.search_prod_us_east_1_search.id

  tags = {
    Name           = "search-workload"
    "vpcplan:id"   = "rtb/search-prod/us-east-1/search/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_search_prod_us_east_1_search_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_search_prod_us_east_1_search]
}

resource "aws_route" "rtb_search_prod_us_east_1_search_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_search_prod_us_east_1_search]
}

resource "aws_route" "rtb_search_prod_us_east_1_search_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_search_prod_us_east_1_search]
}

resource "aws_route" "rtb_search_prod_us_east_1_search_workload_default" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_search_prod_us_east_1_search]
}

resource "aws_route_table_association" "search_prod_us_east_1_search_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.search_prod_us_east_1_search_app_a.id
  route_table_id = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
}

resource "aws_route_table_association" "search_prod_us_east_1_search_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.search_prod_us_east_1_search_app_b.id
  route_table_id = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
}

resource "aws_route_table_association" "search_prod_us_east_1_search_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.search_prod_us_east_1_search_app_c.id
  route_table_id = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
}

resource "aws_route_table_association" "search_prod_us_east_1_search_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.search_prod_us_east_1_search_data_a.id
  route_table_id = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
}

resource "aws_route_table_association" "search_prod_us_east_1_search_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.search_prod_us_east_1_search_data_b.id
  route_table_id = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
}

resource "aws_route_table_association" "search_prod_us_east_1_search_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.search_prod_us_east_1_search_data_c.id
  route_table_id = aws_route_table.rtb_search_prod_us_east_1_search_workload.id
}
