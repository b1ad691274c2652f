resource "aws_vpc" "payments_prod_eu_west_1_payments_dr" {
  provider = aws.eu_west_1

  cidr_block                       = "10.16.64.0/19"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_eu_west_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "payments-dr"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_public_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.88.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-public-a"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_public_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.89.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-public-b"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_public_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.90.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-public-c"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.64.0/21"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-app-a"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.72.0/21"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-app-b"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.80.0/21"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-app-c"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.91.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-data-a"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.92.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-data-b"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.93.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-data-c"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.94.0/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-tgw-attach-a"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.94.16/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-tgw-attach-b"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_eu_west_1_payments_dr_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  cidr_block                      = "10.16.94.32/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_eu_west_1_payments_dr.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-dr-tgw-attach-c"
    "vpcplan:id"   = "payments-prod/eu-west-1/payments-dr/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "payments_prod_eu_west_1_payments_dr" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.payments_prod_eu_west_1_payments_dr.id

  tags = {
    Name           = "payments-dr-igw"
    "vpcplan:id"   = "igw/payments-prod/eu-west-1/payments-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_payments_prod_eu_west_1_payments_dr" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.payments_prod_eu_west_1_payments_dr.id
  subnet_ids = [
    aws_subnet.payments_prod_eu_west_1_payments_dr_tgw_attach_a.id,
    aws_subnet.payments_prod_eu_west_1_payments_dr_tgw_attach_b.id,
    aws_subnet.payments_prod_eu_west_1_payments_dr_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "payments-prod-payments-dr"
    "vpcplan:id"   = "tgw-attach/payments-prod/eu-west-1/payments-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_payments_prod_eu_west_1_payments_dr_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.payments_prod_eu_west_1_payments_dr.id

  tags = {
    Name           = "payments-dr-tgw-attach"
    "vpcplan:id"   = "rtb/payments-prod/eu-west-1/payments-dr/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_tgw_attach.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_tgw_attach.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_tgw_attach.id
}

resource "aws_route_table" "rtb_payments_prod_eu_west_1_payments_dr_public" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.payments_prod_eu_west_1_payments_dr.id

  tags = {
    Name           = "payments-dr-workload-public"
    "vpcplan:id"   = "rtb/payments-prod/eu-west-1/payments-dr/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_payments_prod_eu_west_1_payments_dr_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_eu_west_1_payments_dr]
}

resource "aws_route" "rtb_payments_prod_eu_west_1_payments_dr_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_eu_west_1_payments_dr]
}

resource "aws_route" "rtb_payments_prod_eu_west_1_payments_dr_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_eu_west_1_payments_dr]
}

resource "aws_route" "rtb_payments_prod_eu_west_1_payments_dr_public_default" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.payments_prod_eu_west_1_payments_dr.id
}

resource "aws_route" "rtb_payments_prod_eu_west_1_payments_dr_public_default_ipv6" {
  provider = aws.eu_west_1

  route_table_id              = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.payments_prod_eu_west_1_payments_dr.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_public_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_public_a.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_public.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_public_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_public_b.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_public.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_public_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_public_c.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_public.id
}

resource "aws_route_table" "rtb_payments_prod_eu_west_1_payments_dr_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.payments_prod_eu_west_1_payments_dr.id

  tags = {
    Name           = "payments-dr-workload"
    "vpcplan:id"   = "rtb/payments-prod/eu-west-1/payments-dr/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_payments_prod_eu_west_1_payments_dr_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_eu_west_1_payments_dr]
}

resource "aws_route" "rtb_payments_prod_eu_west_1_payments_dr_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_eu_west_1_payments_dr]
}

resource "aws_route" "rtb_payments_prod_eu_west_1_payments_dr_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_eu_west_1_payments_dr]
}

resource "aws_route" "rtb_payments_prod_eu_west_1_payments_dr_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_eu_west_1_payments_dr]
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_app_a.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_app_b.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_app_c.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_data_a.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_data_b.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
}

resource "aws_route_table_association" "payments_prod_eu_west_1_payments_dr_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.payments_prod_eu_west_1_payments_dr_data_c.id
  route_table_id = aws_route_table.rtb_payments_prod_eu_west_1_payments_dr_workload.id
}
