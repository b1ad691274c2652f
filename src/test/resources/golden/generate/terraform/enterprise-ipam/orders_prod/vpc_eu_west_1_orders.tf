resource "aws_vpc" "orders_prod_eu_west_1_orders" {
  provider = aws.eu_west_1

  cidr_block                       = "10.16.168.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_eu_west_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "orders"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "orders_prod_eu_west_1_orders_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.orders_prod_eu_west_1_orders.id
  cidr_block                      = "10.16.168.0/23"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.orders_prod_eu_west_1_orders.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "orders-app-a"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "orders_prod_eu_west_1_orders_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.orders_prod_eu_west_1_orders.id
  cidr_block                      = "10.16.170.0/23"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.orders_prod_eu_west_1_orders.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "orders-app-b"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "orders_prod_eu_west_1_orders_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.orders_prod_eu_west_1_orders.id
  cidr_block                      = "10.16.172.0/23"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.orders_prod_eu_west_1_orders.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "orders-app-c"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "orders_prod_eu_west_1_orders_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.orders_prod_eu_west_1_orders.id
  cidr_block                      = "10.16.174.0/26"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.orders_prod_eu_west_1_orders.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "orders-data-a"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "orders_prod_eu_west_1_orders_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.orders_prod_eu_west_1_orders.id
  cidr_block                      = "10.16.174.64/26"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.orders_prod_eu_west_1_orders.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "orders-data-b"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "orders_prod_eu_west_1_orders_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.orders_prod_eu_west_1_orders.id
  cidr_block                      = "10.16.174.128/26"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.orders_prod_eu_west_1_orders.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "orders-data-c"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "orders_prod_eu_west_1_orders_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.orders_prod_eu_west_1_orders.id
  cidr_block                      = "10.16.174.192/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.orders_prod_eu_west_1_orders.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "orders-tgw-attach-a"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "orders_prod_eu_west_1_orders_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.orders_prod_eu_west_1_orders.id
  cidr_block                      = "10.16.174.208/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.orders_prod_eu_west_1_orders.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "orders-tgw-attach-b"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "orders_prod_eu_west_1_orders_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.orders_prod_eu_west_1_orders.id
  cidr_block                      = "10.16.174.224/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.orders_prod_eu_west_1_orders.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "orders-tgw-attach-c"
    "vpcplan:id"   = "orders-prod/eu-west-1/orders/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_orders_prod_eu_west_1_orders" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.orders_prod_eu_west_1_orders.id
  subnet_ids = [
    aws_subnet.orders_prod_eu_west_1_orders_tgw_attach_a.id,
    aws_subnet.orders_prod_eu_west_1_orders_tgw_attach_b.id,
    aws_subnet.orders_prod_eu_west_1_orders_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "orders-prod-orders"
    "vpcplan:id"   = "tgw-attach/orders-prod/eu-west-1/orders"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_orders_prod_eu_west_1_orders_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.orders_prod_eu_west_1_orders.id

  tags = {
    Name           = "orders-tgw-attach"
    "vpcplan:id"   = "rtb/orders-prod/eu-west-1/orders/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "orders_prod_eu_west_1_orders_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.orders_prod_eu_west_1_orders_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_orders_prod_eu_west_1_orders_tgw_attach.id
}

resource "aws_route_table_association" "orders_prod_eu_west_1_orders_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.orders_prod_eu_west_1_orders_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_orders_prod_eu_west_1_orders_tgw_attach.id
}

resource "aws_route_table_association" "orders_prod_eu_west_1_orders_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.orders_prod_eu_west_1_orders_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_orders_prod_eu_west_1_orders_tgw_attach.id
}

resource "aws_route_table" "rtb_orders_prod_eu_west_1_orders_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.orders_prod_eu_west_1_orders.id

  tags = {
    Name           = "orders-workload"
    "vpcplan:id"   = "rtb/orders-prod/eu-west-1/orders/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_orders_prod_eu_west_1_orders_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_orders_prod_eu_west_1_orders]
}

resource "aws_route" "rtb_orders_prod_eu_west_1_orders_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_orders_prod_eu_west_1_orders]
}

resource "aws_route" "rtb_orders_prod_eu_west_1_orders_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_orders_prod_eu_west_1_orders]
}

resource "aws_route" "rtb_orders_prod_eu_west_1_orders_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_orders_prod_eu_west_1_orders]
}

resource "aws_route" "rtb_orders_prod_eu_west_1_orders_workload_10_0_96_0_19" {
  count    = var.vpc_id_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id            = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
  destination_cidr_block    = "10.0.96.0/19"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments[0].id
}

resource "aws_route_table_association" "orders_prod_eu_west_1_orders_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.orders_prod_eu_west_1_orders_app_a.id
  route_table_id = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
}

resource "aws_route_table_association" "orders_prod_eu_west_1_orders_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.orders_prod_eu_west_1_orders_app_b.id
  route_table_id = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
}

resource "aws_route_table_association" "orders_prod_eu_west_1_orders_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.orders_prod_eu_west_1_orders_app_c.id
  route_table_id = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
}

resource "aws_route_table_association" "orders_prod_eu_west_1_orders_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.orders_prod_eu_west_1_orders_data_a.id
  route_table_id = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
}

resource "aws_route_table_association" "orders_prod_eu_west_1_orders_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.orders_prod_eu_west_1_orders_data_b.id
  route_table_id = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
}

resource "aws_route_table_association" "orders_prod_eu_west_1_orders_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.orders_prod_eu_west_1_orders_data_c.id
  route_table_id = aws_route_table.rtb_orders_prod_eu_west_1_orders_workload.id
}
