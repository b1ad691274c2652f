resource "aws_vpc" "catalog_prod_ap_northeast_1_catalog" {
  provider = aws.ap_northeast_1

  cidr_block                       = "10.24.0.0/19"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "catalog"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_public_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.24.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-public-a"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_public_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.25.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-public-b"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_public_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.26.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-public-c"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_app_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.0.0/21"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-app-a"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_app_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.8.0/21"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-app-b"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_app_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.16.0/21"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-app-c"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_data_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.27.0/24"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-data-a"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_data_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.28.0/24"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-data-b"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_data_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.29.0/24"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-data-c"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.30.0/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-tgw-attach-a"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.30.16/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-tgw-attach-b"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "catalog_prod_ap_northeast_1_catalog_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  cidr_block                      = "10.24.30.32/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.catalog_prod_ap_northeast_1_catalog.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "catalog-tgw-attach-c"
    "vpcplan:id"   = "catalog-prod/ap-northeast-1/catalog/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "catalog_prod_ap_northeast_1_catalog" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.catalog_prod_ap_northeast_1_catalog.id

  tags = {
    Name           = "catalog-igw"
    "vpcplan:id"   = "igw/catalog-prod/ap-northeast-1/catalog"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_catalog_prod_ap_northeast_1_catalog" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_id = var.transit_gateway_id_tgw_ap_northeast_1
  vpc_id             = aws_vpc.catalog_prod_ap_northeast_1_catalog.id
  subnet_ids = [
    aws_subnet.catalog_prod_ap_northeast_1_catalog_tgw_attach_a.id,
    aws_subnet.catalog_prod_ap_northeast_1_catalog_tgw_attach_b.id,
    aws_subnet.catalog_prod_ap_northeast_1_catalog_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "catalog-prod-catalog"
    "vpcplan:id"   = "tgw-attach/catalog-prod/ap-northeast-1/catalog"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_catalog_prod_ap_northeast_1_catalog_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.catalog_prod_ap_northeast_1_catalog.id

  tags = {
    Name           = "catalog-tgw-attach"
    "vpcplan:id"   = "rtb/catalog-prod/ap-northeast-1/catalog/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_tgw_attach.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_tgw_attach.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_tgw_attach.id
}

resource "aws_route_table" "rtb_catalog_prod_ap_northeast_1_catalog_public" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.catalog_prod_ap_northeast_1_catalog.id

  tags = {
    Name           = "catalog-workload-public"
    "vpcplan:id"   = "rtb/catalog-prod/ap-northeast-1/catalog/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_catalog_prod_ap_northeast_1_catalog_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_catalog_prod_ap_northeast_1_catalog]
}

resource "aws_route" "rtb_catalog_prod_ap_northeast_1_catalog_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_catalog_prod_ap_northeast_1_catalog]
}

resource "aws_route" "rtb_catalog_prod_ap_northeast_1_catalog_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_catalog_prod_ap_northeast_1_catalog]
}

resource "aws_route" "rtb_catalog_prod_ap_northeast_1_catalog_public_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.catalog_prod_ap_northeast_1_catalog.id
}

resource "aws_route" "rtb_catalog_prod_ap_northeast_1_catalog_public_default_ipv6" {
  provider = aws.ap_northeast_1

  route_table_id              = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.catalog_prod_ap_northeast_1_catalog.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_public_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_public_a.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_public.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_public_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_public_b.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_public.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_public_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_public_c.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_public.id
}

resource "aws_route_table" "rtb_catalog_prod_ap_northeast_1_catalog_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.catalog_prod_ap_northeast_1_catalog.id

  tags = {
    Name           = "catalog-workload"
    "vpcplan:id"   = "rtb/catalog-prod/ap-northeast-1/catalog/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_catalog_prod_ap_northeast_1_catalog_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_catalog_prod_ap_northeast_1_catalog]
}

resource "aws_route" "rtb_catalog_prod_ap_northeast_1_catalog_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_catalog_prod_ap_northeast_1_catalog]
}

resource "aws_route" "rtb_catalog_prod_ap_northeast_1_catalog_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_catalog_prod_ap_northeast_1_catalog]
}

resource "aws_route" "rtb_catalog_prod_ap_northeast_1_catalog_workload_default" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_catalog_prod_ap_northeast_1_catalog]
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_app_a.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_app_b.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_app_c.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_data_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_data_a.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_data_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_data_b.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
}

resource "aws_route_table_association" "catalog_prod_ap_northeast_1_catalog_data_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.catalog_prod_ap_northeast_1_catalog_data_c.id
  route_table_id = aws_route_table.rtb_catalog_prod_ap_northeast_1_catalog_workload.id
}
