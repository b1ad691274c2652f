resource "aws_vpc" "billing_prod_ap_northeast_1_billing" {
  provider = aws.ap_northeast_1

  cidr_block                       = "10.24.160.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_ap_northeast_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "billing"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "billing_prod_ap_northeast_1_billing_app_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.billing_prod_ap_northeast_1_billing.id
  cidr_block                      = "10.24.160.0/23"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.billing_prod_ap_northeast_1_billing.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "billing-app-a"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "billing_prod_ap_northeast_1_billing_app_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.billing_prod_ap_northeast_1_billing.id
  cidr_block                      = "10.24.162.0/23"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.billing_prod_ap_northeast_1_billing.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "billing-app-b"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "billing_prod_ap_northeast_1_billing_app_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.billing_prod_ap_northeast_1_billing.id
  cidr_block                      = "10.24.164.0/23"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.billing_prod_ap_northeast_1_billing.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "billing-app-c"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "billing_prod_ap_northeast_1_billing_data_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.billing_prod_ap_northeast_1_billing.id
  cidr_block                      = "10.24.166.0/26"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.billing_prod_ap_northeast_1_billing.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "billing-data-a"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "billing_prod_ap_northeast_1_billing_data_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.billing_prod_ap_northeast_1_billing.id
  cidr_block                      = "10.24.166.64/26"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.billing_prod_ap_northeast_1_billing.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "billing-data-b"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "billing_prod_ap_northeast_1_billing_data_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.billing_prod_ap_northeast_1_billing.id
  cidr_block                      = "10.24.166.128/26"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.billing_prod_ap_northeast_1_billing.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "billing-data-c"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "billing_prod_ap_northeast_1_billing_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.billing_prod_ap_northeast_1_billing.id
  cidr_block                      = "10.24.166.192/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.billing_prod_ap_northeast_1_billing.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "billing-tgw-attach-a"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "billing_prod_ap_northeast_1_billing_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.billing_prod_ap_northeast_1_billing.id
  cidr_block                      = "10.24.166.208/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.billing_prod_ap_northeast_1_billing.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "billing-tgw-attach-b"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "billing_prod_ap_northeast_1_billing_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.billing_prod_ap_northeast_1_billing.id
  cidr_block                      = "10.24.166.224/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.billing_prod_ap_northeast_1_billing.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "billing-tgw-attach-c"
    "vpcplan:id"   = "billing-prod/ap-northeast-1/billing/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_billing_prod_ap_northeast_1_billing" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_id = var.transit_gateway_id_tgw_ap_northeast_1
  vpc_id             = aws_vpc.billing_prod_ap_northeast_1_billing.id
  subnet_ids = [
    aws_subnet.billing_prod_ap_northeast_1_billing_tgw_attach_a.id,
    aws_subnet.billing_prod_ap_northeast_1_billing_tgw_attach_b.id,
    aws_subnet.billing_prod_ap_northeast_1_billing_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "billing-prod-billing"
    "vpcplan:id"   = "tgw-attach/billing-prod/ap-northeast-1/billing"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_billing_prod_ap_northeast_1_billing_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.billing_prod_ap_northeast_1_billing.id

  tags = {
    Name           = "billing-tgw-attach"
    "vpcplan:id"   = "rtb/billing-prod/ap-northeast-1/billing/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "billing_prod_ap_northeast_1_billing_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.billing_prod_ap_northeast_1_billing_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_tgw_attach.id
}

resource "aws_route_table_association" "billing_prod_ap_northeast_1_billing_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.billing_prod_ap_northeast_1_billing_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_tgw_attach.id
}

resource "aws_route_table_association" "billing_prod_ap_northeast_1_billing_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.billing_prod_ap_northeast_1_billing_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_tgw_attach.id
}

resource "aws_route_table" "rtb_billing_prod_ap_northeast_1_billing_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.billing_prod_ap_northeast_1_billing.id

  tags = {
    Name           = "billing-workload"
    "vpcplan:id"   = "rtb/billing-prod/ap-northeast-1/billing/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_billing_prod_ap_northeast_1_billing_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_billing_prod_ap_northeast_1_billing]
}

resource "aws_route" "rtb_billing_prod_ap_northeast_1_billing_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_billing_prod_ap_northeast_1_billing]
}

resource "aws_route" "rtb_billing_prod_ap_northeast_1_billing_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_billing_prod_ap_northeast_1_billing]
}

resource "aws_route" "rtb_billing_prod_ap_northeast_1_billing_workload_default" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_billing_prod_ap_northeast_1_billing]
}

resource "aws_route_table_association" "billing_prod_ap_northeast_1_billing_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.billing_prod_ap_northeast_1_billing_app_a.id
  route_table_id = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
}

resource "aws_route_table_association" "billing_prod_ap_northeast_1_billing_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.billing_prod_ap_northeast_1_billing_app_b.id
  route_table_id = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
}

resource "aws_route_table_association" "billing_prod_ap_northeast_1_billing_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.billing_prod_ap_northeast_1_billing_app_c.id
  route_table_id = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
}

resource "aws_route_table_association" "billing_prod_ap_northeast_1_billing_data_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.billing_prod_ap_northeast_1_billing_data_a.id
  route_table_id = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
}

resource "aws_route_table_association" "billing_prod_ap_northeast_1_billing_data_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.billing_prod_ap_northeast_1_billing_data_b.id
  route_table_id = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
}

resource "aws_route_table_association" "billing_prod_ap_northeast_1_billing_data_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.billing_prod_ap_northeast_1_billing_data_c.id
  route_table_id = aws_route_table.rtb_billing_prod_ap_northeast_1_billing_workload.id
}
