resource "aws_vpc" "reporting_nonprod_eu_west_1_reporting" {
  provider = aws.eu_west_1

  cidr_block                       = "10.18.64.0/19"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "reporting"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_public_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.88.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-public-a"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_public_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.89.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-public-b"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_public_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.90.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-public-c"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.64.0/21"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-app-a"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.72.0/21"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-app-b"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.80.0/21"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-app-c"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.91.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-data-a"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.92.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-data-b"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.93.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-data-c"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.94.0/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-tgw-attach-a"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.94.16/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-tgw-attach-b"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "reporting_nonprod_eu_west_1_reporting_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  cidr_block                      = "10.18.94.32/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.reporting_nonprod_eu_west_1_reporting.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "reporting-tgw-attach-c"
    "vpcplan:id"   = "reporting-nonprod/eu-west-1/reporting/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "reporting_nonprod_eu_west_1_reporting" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.reporting_nonprod_eu_west_1_reporting.id

  tags = {
    Name           = "reporting-igw"
    "vpcplan:id"   = "igw/reporting-nonprod/eu-west-1/reporting"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_reporting_nonprod_eu_west_1_reporting" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.reporting_nonprod_eu_west_1_reporting.id
  subnet_ids = [
    aws_subnet.reporting_nonprod_eu_west_1_reporting_tgw_attach_a.id,
    aws_subnet.reporting_nonprod_eu_west_1_reporting_tgw_attach_b.id,
    aws_subnet.reporting_nonprod_eu_west_1_reporting_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "reporting-nonprod-reporting"
    "vpcplan:id"   = "tgw-attach/reporting-nonprod/eu-west-1/reporting"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_reporting_nonprod_eu_west_1_reporting_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.reporting_nonprod_eu_west_1_reporting.id

  tags = {
    Name           = "reporting-tgw-attach"
    "vpcplan:id"   = "rtb/reporting-nonprod/eu-west-1/reporting/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_tgw_attach.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_tgw_attach.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_tgw_attach.id
}

resource "aws_route_table" "rtb_reporting_nonprod_eu_west_1_reporting_public" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.reporting_nonprod_eu_west_1_reporting.id

  tags = {
    Name           = "reporting-workload-public"
    "vpcplan:id"   = "rtb/reporting-nonprod/eu-west-1/reporting/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_reporting_nonprod_eu_west_1_reporting_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_nonprod_eu_west_1_reporting]
}

resource "aws_route" "rtb_reporting_nonprod_eu_west_1_reporting_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_nonprod_eu_west_1_reporting]
}

resource "aws_route" "rtb_reporting_nonprod_eu_west_1_reporting_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_nonprod_eu_west_1_reporting]
}

resource "aws_route" "rtb_reporting_nonprod_eu_west_1_reporting_public_default" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.reporting_nonprod_eu_west_1_reporting.id
}

resource "aws_route" "rtb_reporting_nonprod_eu_west_1_reporting_public_default_ipv6" {
  provider = aws.eu_west_1

  route_table_id              = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.reporting_nonprod_eu_west_1_reporting.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_public_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_public_a.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_public.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_public_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_public_b.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_public.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_public_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_public_c.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_public.id
}

resource "aws_route_table" "rtb_reporting_nonprod_eu_west_1_reporting_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.reporting_nonprod_eu_west_1_reporting.id

  tags = {
    Name           = "reporting-workload"
    "vpcplan:id"   = "rtb/reporting-nonprod/eu-west-1/reporting/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_reporting_nonprod_eu_west_1_reporting_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_nonprod_eu_west_1_reporting]
}

resource "aws_route" "rtb_reporting_nonprod_eu_west_1_reporting_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_nonprod_eu_west_1_reporting]
}

resource "aws_route" "rtb_reporting_nonprod_eu_west_1_reporting_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_nonprod_eu_west_1_reporting]
}

resource "aws_route" "rtb_reporting_nonprod_eu_west_1_reporting_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reporting_nonprod_eu_west_1_reporting]
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_app_a.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_app_b.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_app_c.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_data_a.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_data_b.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
}

resource "aws_route_table_association" "reporting_nonprod_eu_west_1_reporting_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.reporting_nonprod_eu_west_1_reporting_data_c.id
  route_table_id = aws_route_table.rtb_reporting_nonprod_eu_west_1_reporting_workload.id
}
