resource "aws_vpc" "fraud_prod_us_east_1_fraud" {
  provider = aws.us_east_1

  cidr_block                       = "10.0.160.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_us_east_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "fraud"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "fraud_prod_us_east_1_fraud_app_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.fraud_prod_us_east_1_fraud.id
  cidr_block                      = "10.0.160.0/23"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.fraud_prod_us_east_1_fraud.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "fraud-app-a"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "fraud_prod_us_east_1_fraud_app_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.fraud_prod_us_east_1_fraud.id
  cidr_block                      = "10.0.162.0/23"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.fraud_prod_us_east_1_fraud.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "fraud-app-b"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "fraud_prod_us_east_1_fraud_app_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.fraud_prod_us_east_1_fraud.id
  cidr_block                      = "10.0.164.0/23"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.fraud_prod_us_east_1_fraud.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "fraud-app-c"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "fraud_prod_us_east_1_fraud_data_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.fraud_prod_us_east_1_fraud.id
  cidr_block                      = "10.0.166.0/26"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.fraud_prod_us_east_1_fraud.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "fraud-data-a"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "fraud_prod_us_east_1_fraud_data_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.fraud_prod_us_east_1_fraud.id
  cidr_block                      = "10.0.166.64/26"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.fraud_prod_us_east_1_fraud.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "fraud-data-b"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "fraud_prod_us_east_1_fraud_data_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.fraud_prod_us_east_1_fraud.id
  cidr_block                      = "10.0.166.128/26"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.fraud_prod_us_east_1_fraud.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "fraud-data-c"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "fraud_prod_us_east_1_fraud_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.fraud_prod_us_east_1_fraud.id
  cidr_block                      = "10.0.166.192/28"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.fraud_prod_us_east_1_fraud.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "fraud-tgw-attach-a"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "fraud_prod_us_east_1_fraud_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.fraud_prod_us_east_1_fraud.id
  cidr_block                      = "10.0.166.208/28"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.fraud_prod_us_east_1_fraud.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "fraud-tgw-attach-b"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "fraud_prod_us_east_1_fraud_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.fraud_prod_us_east_1_fraud.id
  cidr_block                      = "10.0.166.224/28"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.fraud_prod_us_east_1_fraud.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "fraud-tgw-attach-c"
    "vpcplan:id"   = "fraud-prod/us-east-1/fraud/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_fraud_prod_us_east_1_fraud" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.fraud_prod_us_east_1_fraud.id
  subnet_ids = [
    aws_subnet.fraud_prod_us_east_1_fraud_tgw_attach_a.id,
    aws_subnet.fraud_prod_us_east_1_fraud_tgw_attach_b.id,
    aws_subnet.fraud_prod_us_east_1_fraud_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "fraud-prod-fraud"
    "vpcplan:id"   = "tgw-attach/fraud-prod/us-east-1/fraud"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_fraud_prod_us_east_1_fraud_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.fraud_prod_us_east_1_fraud.id

  tags = {
    Name           = "fraud-tgw-attach"
    "vpcplan:id"   = "rtb/fraud-prod/us-east-1/fraud/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "fraud_prod_us_east_1_fraud_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.fraud_prod_us_east_1_fraud_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_fraud_prod_us_east_1_fraud_tgw_attach.id
}

resource "aws_route_table_association" "fraud_prod_us_east_1_fraud_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.fraud_prod_us_east_1_fraud_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_fraud_prod_us_east_1_fraud_tgw_attach.id
}

resource "aws_route_table_association" "fraud_prod_us_east_1_fraud_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.fraud_prod_us_east_1_fraud_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_fraud_prod_us_east_1_fraud_tgw_attach.id
}

resource "aws_route_table" "rtb_fraud_prod_us_east_1_fraud_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.fraud_prod_us_east_1_fraud.id

  tags = {
    Name           = "fraud-workload"
    "vpcplan:id"   = "rtb/fraud-prod/us-east-1/fraud/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_fraud_prod_us_east_1_fraud_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_fraud_prod_us_east_1_fraud]
}

resource "aws_route" "rtb_fraud_prod_us_east_1_fraud_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_fraud_prod_us_east_1_fraud]
}

resource "aws_route" "rtb_fraud_prod_us_east_1_fraud_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_fraud_prod_us_east_1_fraud]
}

resource "aws_route" "rtb_fraud_prod_us_east_1_fraud_workload_default" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_fraud_prod_us_east_1_fraud]
}

resource "aws_route" "rtb_fraud_prod_us_east_1_fraud_workload_10_0_96_0_19" {
  count    = var.vpc_id_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
  destination_cidr_block    = "10.0.96.0/19"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments[0].id
}

resource "aws_route_table_association" "fraud_prod_us_east_1_fraud_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.fraud_prod_us_east_1_fraud_app_a.id
  route_table_id = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
}

resource "aws_route_table_association" "fraud_prod_us_east_1_fraud_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.fraud_prod_us_east_1_fraud_app_b.id
  route_table_id = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
}

resource "aws_route_table_association" "fraud_prod_us_east_1_fraud_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.fraud_prod_us_east_1_fraud_app_c.id
  route_table_id = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
}

resource "aws_route_table_association" "fraud_prod_us_east_1_fraud_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.fraud_prod_us_east_1_fraud_data_a.id
  route_table_id = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
}

resource "aws_route_table_association" "fraud_prod_us_east_1_fraud_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.fraud_prod_us_east_1_fraud_data_b.id
  route_table_id = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
}

resource "aws_route_table_association" "fraud_prod_us_east_1_fraud_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.fraud_prod_us_east_1_fraud_data_c.id
  route_table_id = aws_route_table.rtb_fraud_prod_us_east_1_fraud_workload.id
}
