resource "aws_vpc" "identity_prod_eu_west_1_identity" {
  provider = aws.eu_west_1

  cidr_block                       = "10.16.0.0/19"
  ipv4_ipam_pool_id                = var.ipam_pool_id_aws_10_eu_west_1_prod
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "identity"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_public_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.24.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-public-a"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_public_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.25.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-public-b"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_public_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.26.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-public-c"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.0.0/21"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-app-a"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.8.0/21"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-app-b"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.16.0/21"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-app-c"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.27.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-data-a"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.28.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-data-b"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.29.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-data-c"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.30.0/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-tgw-attach-a"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.30.16/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-tgw-attach-b"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "identity_prod_eu_west_1_identity_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.identity_prod_eu_west_1_identity.id
  cidr_block                      = "10.16.30.32/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.identity_prod_eu_west_1_identity.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "identity-tgw-attach-c"
    "vpcplan:id"   = "identity-prod/eu-west-1/identity/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "identity_prod_eu_west_1_identity" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.identity_prod_eu_west_1_identity.id

  tags = {
    Name           = "identity-igw"
    "vpcplan:id"   = "igw/identity-prod/eu-west-1/identity"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_identity_prod_eu_west_1_identity" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.identity_prod_eu_west_1_identity.id
  subnet_ids = [
    aws_subnet.identity_prod_eu_west_1_identity_tgw_attach_a.id,
    aws_subnet.identity_prod_eu_west_1_identity_tgw_attach_b.id,
    aws_subnet.identity_prod_eu_west_1_identity_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "identity-prod-identity"
    "vpcplan:id"   = "tgw-attach/identity-prod/eu-west-1/identity"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_identity_prod_eu_west_1_identity_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.identity_prod_eu_west_1_identity.id

  tags = {
    Name           = "identity-tgw-attach"
    "vpcplan:id"   = "rtb/identity-prod/eu-west-1/identity/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_tgw_attach.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_tgw_attach.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_tgw_attach.id
}

resource "aws_route_table" "rtb_identity_prod_eu_west_1_identity_public" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.identity_prod_eu_west_1_identity.id

  tags = {
    Name           = "identity-workload-public"
    "vpcplan:id"   = "rtb/identity-prod/eu-west-1/identity/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_identity_prod_eu_west_1_identity_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_identity_prod_eu_west_1_identity_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_eu_west_1_identity]
}

resource "aws_route" "rtb_identity_prod_eu_west_1_identity_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_identity_prod_eu_west_1_identity_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_eu_west_1_identity]
}

resource "aws_route" "rtb_identity_prod_eu_west_1_identity_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_identity_prod_eu_west_1_identity_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_eu_west_1_identity]
}

resource "aws_route" "rtb_identity_prod_eu_west_1_identity_public_default" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_identity_prod_eu_west_1_identity_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.identity_prod_eu_west_1_identity.id
}

resource "aws_route" "rtb_identity_prod_eu_west_1_identity_public_default_ipv6" {
  provider = aws.eu_west_1

  route_table_id              = aws_route_table.rtb_identity_prod_eu_west_1_identity_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.identity_prod_eu_west_1_identity.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_public_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_public_a.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_public.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_public_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_public_b.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_public.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_public_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_public_c.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_public.id
}

resource "aws_route_table" "rtb_identity_prod_eu_west_1_identity_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.identity_prod_eu_west_1_identity.id

  tags = {
    Name           = "identity-workload"
    "vpcplan:id"   = "rtb/identity-prod/eu-west-1/identity/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_identity_prod_eu_west_1_identity_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_eu_west_1_identity]
}

resource "aws_route" "rtb_identity_prod_eu_west_1_identity_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_eu_west_1_identity]
}

resource "aws_route" "rtb_identity_prod_eu_west_1_identity_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_eu_west_1_identity]
}

resource "aws_route" "rtb_identity_prod_eu_west_1_identity_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_identity_prod_eu_west_1_identity]
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_app_a.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_app_b.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_app_c.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_data_a.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_data_b.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
}

resource "aws_route_table_association" "identity_prod_eu_west_1_identity_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.identity_prod_eu_west_1_identity_data_c.id
  route_table_id = aws_route_table.rtb_identity_prod_eu_west_1_identity_workload.id
}
