resource "aws_vpc" "shipping_prod_ap_northeast_1_shipping" {
  provider = aws.ap_northeast_1

  cidr_block                       = "10.24.176.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_ap_northeast_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "shipping"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shipping_prod_ap_northeast_1_shipping_app_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  cidr_block                      = "10.24.176.0/23"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shipping_prod_ap_northeast_1_shipping.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "shipping-app-a"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shipping_prod_ap_northeast_1_shipping_app_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  cidr_block                      = "10.24.178.0/23"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shipping_prod_ap_northeast_1_shipping.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "shipping-app-b"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shipping_prod_ap_northeast_1_shipping_app_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  cidr_block                      = "10.24.180.0/23"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shipping_prod_ap_northeast_1_shipping.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "shipping-app-c"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shipping_prod_ap_northeast_1_shipping_data_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  cidr_block                      = "10.24.182.0/26"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shipping_prod_ap_northeast_1_shipping.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "shipping-data-a"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shipping_prod_ap_northeast_1_shipping_data_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  cidr_block                      = "10.24.182.64/26"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shipping_prod_ap_northeast_1_shipping.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "shipping-data-b"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shipping_prod_ap_northeast_1_shipping_data_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  cidr_block                      = "10.24.182.128/26"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shipping_prod_ap_northeast_1_shipping.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "shipping-data-c"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shipping_prod_ap_northeast_1_shipping_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  cidr_block                      = "10.24.182.192/28"
  availability_zone               = "ap-northeast-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shipping_prod_ap_northeast_1_shipping.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "shipping-tgw-attach-a"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shipping_prod_ap_northeast_1_shipping_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  cidr_block                      = "10.24.182.208/28"
  availability_zone               = "ap-northeast-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shipping_prod_ap_northeast_1_shipping.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "shipping-tgw-attach-b"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "shipping_prod_ap_northeast_1_shipping_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id                          = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  cidr_block                      = "10.24.182.224/28"
  availability_zone               = "ap-northeast-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.shipping_prod_ap_northeast_1_shipping.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "shipping-tgw-attach-c"
    "vpcplan:id"   = "shipping-prod/ap-northeast-1/shipping/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_shipping_prod_ap_northeast_1_shipping" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_id = var.transit_gateway_id_tgw_ap_northeast_1
  vpc_id             = aws_vpc.shipping_prod_ap_northeast_1_shipping.id
  subnet_ids = [
    aws_subnet.shipping_prod_ap_northeast_1_shipping_tgw_attach_a.id,
    aws_subnet.shipping_prod_ap_northeast_1_shipping_tgw_attach_b.id,
    aws_subnet.shipping_prod_ap_northeast_1_shipping_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "shipping-prod-shipping"
    "vpcplan:id"   = "tgw-attach/shipping-prod/ap-northeast-1/shipping"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_shipping_prod_ap_northeast_1_shipping_tgw_attach" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.shipping_prod_ap_northeast_1_shipping.id

  tags = {
    Name           = "shipping-tgw-attach"
    "vpcplan:id"   = "rtb/shipping-prod/ap-northeast-1/shipping/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "shipping_prod_ap_northeast_1_shipping_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shipping_prod_ap_northeast_1_shipping_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_tgw_attach.id
}

resource "aws_route_table_association" "shipping_prod_ap_northeast_1_shipping_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shipping_prod_ap_northeast_1_shipping_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_tgw_attach.id
}

resource "aws_route_table_association" "shipping_prod_ap_northeast_1_shipping_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shipping_prod_ap_northeast_1_shipping_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_tgw_attach.id
}

resource "aws_route_table" "rtb_shipping_prod_ap_northeast_1_shipping_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.shipping_prod_ap_northeast_1_shipping.id

  tags = {
    Name           = "shipping-workload"
    "vpcplan:id"   = "rtb/shipping-prod/ap-northeast-1/shipping/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_shipping_prod_ap_northeast_1_shipping_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shipping_prod_ap_northeast_1_shipping]
}

resource "aws_route" "rtb_shipping_prod_ap_northeast_1_shipping_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shipping_prod_ap_northeast_1_shipping]
}

resource "aws_route" "rtb_shipping_prod_ap_northeast_1_shipping_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shipping_prod_ap_northeast_1_shipping]
}

resource "aws_route" "rtb_shipping_prod_ap_northeast_1_shipping_workload_default" {
  count    = var.transit_gateway_id_tgw_ap_northeast_1 == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_ap_northeast_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_shipping_prod_ap_northeast_1_shipping]
}

resource "aws_route_table_association" "shipping_prod_ap_northeast_1_shipping_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shipping_prod_ap_northeast_1_shipping_app_a.id
  route_table_id = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
}

resource "aws_route_table_association" "shipping_prod_ap_northeast_1_shipping_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shipping_prod_ap_northeast_1_shipping_app_b.id
  route_table_id = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
}

resource "aws_route_table_association" "shipping_prod_ap_northeast_1_shipping_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shipping_prod_ap_northeast_1_shipping_app_c.id
  route_table_id = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
}

resource "aws_route_table_association" "shipping_prod_ap_northeast_1_shipping_data_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shipping_prod_ap_northeast_1_shipping_data_a.id
  route_table_id = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
}

resource "aws_route_table_association" "shipping_prod_ap_northeast_1_shipping_data_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shipping_prod_ap_northeast_1_shipping_data_b.id
  route_table_id = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
}

resource "aws_route_table_association" "shipping_prod_ap_northeast_1_shipping_data_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shipping_prod_ap_northeast_1_shipping_data_c.id
  route_table_id = aws_route_table.rtb_shipping_prod_ap_northeast_1_shipping_workload.id
}
