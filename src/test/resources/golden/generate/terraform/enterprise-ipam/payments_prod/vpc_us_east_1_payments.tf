resource "aws_vpc" "payments_prod_us_east_1_payments" {
  provider = aws.us_east_1

  cidr_block                       = "10.0.96.0/19"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_us_east_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "payments"
    "vpcplan:id"   = "payments-prod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_public_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.120.0/24"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-public-a"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_public_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.121.0/24"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-public-b"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_public_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.122.0/24"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-public-c"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_app_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.96.0/21"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-app-a"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_app_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.104.0/21"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-app-b"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_app_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.112.0/21"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-app-c"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_data_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.123.0/24"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-data-a"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_data_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.124.0/24"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-data-b"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_data_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.125.0/24"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-data-c"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.126.0/28"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-tgw-attach-a"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.126.16/28"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-tgw-attach-b"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "payments_prod_us_east_1_payments_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.payments_prod_us_east_1_payments.id
  cidr_block                      = "10.0.126.32/28"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.payments_prod_us_east_1_payments.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "payments-tgw-attach-c"
    "vpcplan:id"   = "payments-prod/us-east-1/payments/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "payments_prod_us_east_1_payments" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.payments_prod_us_east_1_payments.id

  tags = {
    Name           = "payments-igw"
    "vpcplan:id"   = "igw/payments-prod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_payments_prod_us_east_1_payments" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.payments_prod_us_east_1_payments.id
  subnet_ids = [
    aws_subnet.payments_prod_us_east_1_payments_tgw_attach_a.id,
    aws_subnet.payments_prod_us_east_1_payments_tgw_attach_b.id,
    aws_subnet.payments_prod_us_east_1_payments_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "payments-prod-payments"
    "vpcplan:id"   = "tgw-attach/payments-prod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_payments_prod_us_east_1_payments_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.payments_prod_us_east_1_payments.id

  tags = {
    Name           = "payments-tgw-attach"
    "vpcplan:id"   = "rtb/payments-prod/us-east-1/payments/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_tgw_attach.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_tgw_attach.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_tgw_attach.id
}

resource "aws_route_table" "rtb_payments_prod_us_east_1_payments_public" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.payments_prod_us_east_1_payments.id

  tags = {
    Name           = "payments-workload-public"
    "vpcplan:id"   = "rtb/payments-prod/us-east-1/payments/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_us_east_1_payments]
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_us_east_1_payments]
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_us_east_1_payments]
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_public_10_16_168_0_21" {
  count    = var.vpc_peering_connection_id_pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
  destination_cidr_block    = "10.16.168.0/21"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments[0].id
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_public_10_0_160_0_21" {
  count    = var.vpc_peering_connection_id_pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
  destination_cidr_block    = "10.0.160.0/21"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments[0].id
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_public_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.payments_prod_us_east_1_payments.id
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_public_default_ipv6" {
  provider = aws.us_east_1

  route_table_id              = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.payments_prod_us_east_1_payments.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_public_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_public_a.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_public_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_public_b.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_public_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_public_c.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_public.id
}

resource "aws_route_table" "rtb_payments_prod_us_east_1_payments_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.payments_prod_us_east_1_payments.id

  tags = {
    Name           = "payments-workload"
    "vpcplan:id"   = "rtb/payments-prod/us-east-1/payments/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_us_east_1_payments]
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_us_east_1_payments]
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_us_east_1_payments]
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_workload_default" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_us_east_1_payments]
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_workload_10_16_168_0_21" {
  count    = var.vpc_peering_connection_id_pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
  destination_cidr_block    = "10.16.168.0/21"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments[0].id
}

resource "aws_route" "rtb_payments_prod_us_east_1_payments_workload_10_0_160_0_21" {
  count    = var.vpc_peering_connection_id_pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
  destination_cidr_block    = "10.0.160.0/21"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments[0].id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_app_a.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_app_b.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_app_c.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_data_a.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_data_b.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "payments_prod_us_east_1_payments_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.payments_prod_us_east_1_payments_data_c.id
  route_table_id = aws_route_table.rtb_payments_prod_us_east_1_payments_workload.id
}
