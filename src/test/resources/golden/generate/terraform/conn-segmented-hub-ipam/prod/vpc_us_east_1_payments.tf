resource "aws_vpc" "prod_us_east_1_payments" {
  provider = aws.us_east_1

  cidr_block           = "10.0.32.0/21"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_us_east_1_prod
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "payments"
    "vpcplan:id"   = "prod/us-east-1/payments"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "prod_us_east_1_payments_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_payments.id
  cidr_block        = "10.0.32.0/23"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "payments-app-a"
    "vpcplan:id"   = "prod/us-east-1/payments/app-a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "prod_us_east_1_payments_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_payments.id
  cidr_block        = "10.0.34.0/23"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "payments-app-b"
    "vpcplan:id"   = "prod/us-east-1/payments/app-b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "prod_us_east_1_payments_app_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_payments.id
  cidr_block        = "10.0.36.0/23"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "payments-app-c"
    "vpcplan:id"   = "prod/us-east-1/payments/app-c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "prod_us_east_1_payments_data_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_payments.id
  cidr_block        = "10.0.38.0/26"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "payments-data-a"
    "vpcplan:id"   = "prod/us-east-1/payments/data-a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "prod_us_east_1_payments_data_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_payments.id
  cidr_block        = "10.0.38.64/26"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "payments-data-b"
    "vpcplan:id"   = "prod/us-east-1/payments/data-b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "prod_us_east_1_payments_data_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_payments.id
  cidr_block        = "10.0.38.128/26"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "payments-data-c"
    "vpcplan:id"   = "prod/us-east-1/payments/data-c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "prod_us_east_1_payments_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_payments.id
  cidr_block        = "10.0.38.192/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "payments-tgw-attach-a"
    "vpcplan:id"   = "prod/us-east-1/payments/tgw-attach-a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "prod_us_east_1_payments_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_payments.id
  cidr_block        = "10.0.38.208/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "payments-tgw-attach-b"
    "vpcplan:id"   = "prod/us-east-1/payments/tgw-attach-b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "prod_us_east_1_payments_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_payments.id
  cidr_block        = "10.0.38.224/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "payments-tgw-attach-c"
    "vpcplan:id"   = "prod/us-east-1/payments/tgw-attach-c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_prod_us_east_1_payments" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.prod_us_east_1_payments.id
  subnet_ids = [
    aws_subnet.prod_us_east_1_payments_tgw_attach_a.id,
    aws_subnet.prod_us_east_1_payments_tgw_attach_b.id,
    aws_subnet.prod_us_east_1_payments_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "prod-payments"
    "vpcplan:id"   = "tgw-attach/prod/us-east-1/payments"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route_table" "rtb_prod_us_east_1_payments_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.prod_us_east_1_payments.id

  tags = {
    Name           = "payments-tgw-attach"
    "vpcplan:id"   = "rtb/prod/us-east-1/payments/tgw-attach"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route_table_association" "prod_us_east_1_payments_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_payments_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_payments_tgw_attach.id
}

resource "aws_route_table_association" "prod_us_east_1_payments_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_payments_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_payments_tgw_attach.id
}

resource "aws_route_table_association" "prod_us_east_1_payments_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_payments_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_payments_tgw_attach.id
}

resource "aws_route_table" "rtb_prod_us_east_1_payments_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.prod_us_east_1_payments.id

  tags = {
    Name           = "payments-workload"
    "vpcplan:id"   = "rtb/prod/us-east-1/payments/workload"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_prod_us_east_1_payments_workload_10_1_0_0_18" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_prod_us_east_1_payments_workload.id
  destination_cidr_block = "10.1.0.0/18"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_prod_us_east_1_payments]
}

resource "aws_route" "rtb_prod_us_east_1_payments_workload_10_0_0_0_17" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_prod_us_east_1_payments_workload.id
  destination_cidr_block = "10.0.0.0/17"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_prod_us_east_1_payments]
}

resource "aws_route" "rtb_prod_us_east_1_payments_workload_default" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_prod_us_east_1_payments_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_prod_us_east_1_payments]
}

resource "aws_route_table_association" "prod_us_east_1_payments_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_payments_app_a.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "prod_us_east_1_payments_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_payments_app_b.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "prod_us_east_1_payments_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_payments_app_c.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "prod_us_east_1_payments_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_payments_data_a.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "prod_us_east_1_payments_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_payments_data_b.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_payments_workload.id
}

resource "aws_route_table_association" "prod_us_east_1_payments_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_payments_data_c.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_payments_workload.id
}
