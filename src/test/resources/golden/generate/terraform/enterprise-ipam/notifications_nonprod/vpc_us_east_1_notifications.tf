resource "aws_vpc" "notifications_nonprod_us_east_1_notifications" {
  provider = aws.us_east_1

  cidr_block                       = "10.2.136.0/21"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_us_east_1_nonprod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "notifications"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "notifications_nonprod_us_east_1_notifications_app_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  cidr_block                      = "10.2.136.0/23"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.notifications_nonprod_us_east_1_notifications.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "notifications-app-a"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "notifications_nonprod_us_east_1_notifications_app_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  cidr_block                      = "10.2.138.0/23"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.notifications_nonprod_us_east_1_notifications.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "notifications-app-b"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "notifications_nonprod_us_east_1_notifications_app_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  cidr_block                      = "10.2.140.0/23"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.notifications_nonprod_us_east_1_notifications.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "notifications-app-c"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "notifications_nonprod_us_east_1_notifications_data_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  cidr_block                      = "10.2.142.0/26"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.notifications_nonprod_us_east_1_notifications.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "notifications-data-a"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "notifications_nonprod_us_east_1_notifications_data_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  cidr_block                      = "10.2.142.64/26"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.notifications_nonprod_us_east_1_notifications.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "notifications-data-b"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "notifications_nonprod_us_east_1_notifications_data_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  cidr_block                      = "10.2.142.128/26"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.notifications_nonprod_us_east_1_notifications.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "notifications-data-c"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "notifications_nonprod_us_east_1_notifications_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  cidr_block                      = "10.2.142.192/28"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.notifications_nonprod_us_east_1_notifications.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "notifications-tgw-attach-a"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "notifications_nonprod_us_east_1_notifications_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  cidr_block                      = "10.2.142.208/28"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.notifications_nonprod_us_east_1_notifications.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "notifications-tgw-attach-b"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "notifications_nonprod_us_east_1_notifications_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  cidr_block                      = "10.2.142.224/28"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.notifications_nonprod_us_east_1_notifications.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "notifications-tgw-attach-c"
    "vpcplan:id"   = "notifications-nonprod/us-east-1/notifications/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_notifications_nonprod_us_east_1_notifications" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_id = var.transit_gateway_id_tgw_us_east_1
  vpc_id             = aws_vpc.notifications_nonprod_us_east_1_notifications.id
  subnet_ids = [
    aws_subnet.notifications_nonprod_us_east_1_notifications_tgw_attach_a.id,
    aws_subnet.notifications_nonprod_us_east_1_notifications_tgw_attach_b.id,
    aws_subnet.notifications_nonprod_us_east_1_notifications_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "notifications-nonprod-notifications"
    "vpcplan:id"   = "tgw-attach/notifications-nonprod/us-east-1/notifications"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_notifications_nonprod_us_east_1_notifications_tgw_attach" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.notifications_nonprod_us_east_1_notifications.id

  tags = {
    Name           = "notifications-tgw-attach"
    "vpcplan:id"   = "rtb/notifications-nonprod/us-east-1/notifications/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "notifications_nonprod_us_east_1_notifications_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.notifications_nonprod_us_east_1_notifications_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_tgw_attach.id
}

resource "aws_route_table_association" "notifications_nonprod_us_east_1_notifications_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.notifications_nonprod_us_east_1_notifications_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_tgw_attach.id
}

resource "aws_route_table_association" "notifications_nonprod_us_east_1_notifications_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.notifications_nonprod_us_east_1_notifications_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_tgw_attach.id
}

resource "aws_route_table" "rtb_notifications_nonprod_us_east_1_notifications_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.notifications_nonprod_us_east_1_notifications.id

  tags = {
    Name           = "notifications-workload"
    "vpcplan:id"   = "rtb/notifications-nonprod/us-east-1/notifications/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_notifications_nonprod_us_east_1_notifications_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_notifications_nonprod_us_east_1_notifications]
}

resource "aws_route" "rtb_notifications_nonprod_us_east_1_notifications_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_notifications_nonprod_us_east_1_notifications]
}

resource "aws_route" "rtb_notifications_nonprod_us_east_1_notifications_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_notifications_nonprod_us_east_1_notifications]
}

resource "aws_route" "rtb_notifications_nonprod_us_east_1_notifications_workload_default" {
  count    = var.transit_gateway_id_tgw_us_east_1 == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_us_east_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_notifications_nonprod_us_east_1_notifications]
}

resource "aws_route_table_association" "notifications_nonprod_us_east_1_notifications_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.notifications_nonprod_us_east_1_notifications_app_a.id
  route_table_id = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
}

resource "aws_route_table_association" "notifications_nonprod_us_east_1_notifications_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.notifications_nonprod_us_east_1_notifications_app_b.id
  route_table_id = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
}

resource "aws_route_table_association" "notifications_nonprod_us_east_1_notifications_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.notifications_nonprod_us_east_1_notifications_app_c.id
  route_table_id = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
}

resource "aws_route_table_association" "notifications_nonprod_us_east_1_notifications_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.notifications_nonprod_us_east_1_notifications_data_a.id
  route_table_id = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
}

resource "aws_route_table_association" "notifications_nonprod_us_east_1_notifications_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.notifications_nonprod_us_east_1_notifications_data_b.id
  route_table_id = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
}

resource "aws_route_table_association" "notifications_nonprod_us_east_1_notifications_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.notifications_nonprod_us_east_1_notifications_data_c.id
  route_table_id = aws_route_table.rtb_notifications_nonprod_us_east_1_notifications_workload.id
}
