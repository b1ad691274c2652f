resource "aws_vpc" "inventory_nonprod_eu_west_1_inventory" {
  provider = aws.eu_west_1

  cidr_block                       = "10.18.32.0/19"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "inventory"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_public_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.56.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-public-a"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/public-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_public_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.57.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-public-b"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/public-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_public_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.58.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-public-c"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/public-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_app_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.32.0/21"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 3)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-app-a"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/app-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_app_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.40.0/21"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 4)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-app-b"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/app-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_app_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.48.0/21"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 5)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-app-c"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/app-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_data_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.59.0/24"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 6)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-data-a"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/data-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_data_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.60.0/24"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 7)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-data-b"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/data-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_data_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.61.0/24"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 8)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-data-c"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/data-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_tgw_attach_a" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.62.0/28"
  availability_zone               = "eu-west-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 9)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-tgw-attach-a"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/tgw-attach-a"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_tgw_attach_b" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.62.16/28"
  availability_zone               = "eu-west-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-tgw-attach-b"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/tgw-attach-b"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_subnet" "inventory_nonprod_eu_west_1_inventory_tgw_attach_c" {
  provider = aws.eu_west_1

  vpc_id                          = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  cidr_block                      = "10.18.62.32/28"
  availability_zone               = "eu-west-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.inventory_nonprod_eu_west_1_inventory.ipv6_cidr_block, 8, 11)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "inventory-tgw-attach-c"
    "vpcplan:id"   = "inventory-nonprod/eu-west-1/inventory/tgw-attach-c"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_internet_gateway" "inventory_nonprod_eu_west_1_inventory" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.inventory_nonprod_eu_west_1_inventory.id

  tags = {
    Name           = "inventory-igw"
    "vpcplan:id"   = "igw/inventory-nonprod/eu-west-1/inventory"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_inventory_nonprod_eu_west_1_inventory" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_id = var.transit_gateway_id_tgw_eu_west_1
  vpc_id             = aws_vpc.inventory_nonprod_eu_west_1_inventory.id
  subnet_ids = [
    aws_subnet.inventory_nonprod_eu_west_1_inventory_tgw_attach_a.id,
    aws_subnet.inventory_nonprod_eu_west_1_inventory_tgw_attach_b.id,
    aws_subnet.inventory_nonprod_eu_west_1_inventory_tgw_attach_c.id,
  ]

  appliance_mode_support = "disable"
  dns_support            = "enable"
  # default route table association and propagation: the owner sets them on its accepter

  tags = {
    Name           = "inventory-nonprod-inventory"
    "vpcplan:id"   = "tgw-attach/inventory-nonprod/eu-west-1/inventory"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table" "rtb_inventory_nonprod_eu_west_1_inventory_tgw_attach" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.inventory_nonprod_eu_west_1_inventory.id

  tags = {
    Name           = "inventory-tgw-attach"
    "vpcplan:id"   = "rtb/inventory-nonprod/eu-west-1/inventory/tgw-attach"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_tgw_attach_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_tgw_attach.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_tgw_attach_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_tgw_attach.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_tgw_attach_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_tgw_attach.id
}

resource "aws_route_table" "rtb_inventory_nonprod_eu_west_1_inventory_public" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.inventory_nonprod_eu_west_1_inventory.id

  tags = {
    Name           = "inventory-workload-public"
    "vpcplan:id"   = "rtb/inventory-nonprod/eu-west-1/inventory/workload/public"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_inventory_nonprod_eu_west_1_inventory_public_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_public.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_inventory_nonprod_eu_west_1_inventory]
}

resource "aws_route" "rtb_inventory_nonprod_eu_west_1_inventory_public_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_public.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_inventory_nonprod_eu_west_1_inventory]
}

resource "aws_route" "rtb_inventory_nonprod_eu_west_1_inventory_public_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_public.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_inventory_nonprod_eu_west_1_inventory]
}

resource "aws_route" "rtb_inventory_nonprod_eu_west_1_inventory_public_default" {
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.inventory_nonprod_eu_west_1_inventory.id
}

resource "aws_route" "rtb_inventory_nonprod_eu_west_1_inventory_public_default_ipv6" {
  provider = aws.eu_west_1

  route_table_id              = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.inventory_nonprod_eu_west_1_inventory.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_public_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_public_a.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_public.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_public_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_public_b.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_public.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_public_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_public_c.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_public.id
}

resource "aws_route_table" "rtb_inventory_nonprod_eu_west_1_inventory_workload" {
  provider = aws.eu_west_1

  vpc_id = aws_vpc.inventory_nonprod_eu_west_1_inventory.id

  tags = {
    Name           = "inventory-workload"
    "vpcplan:id"   = "rtb/inventory-nonprod/eu-west-1/inventory/workload"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_route" "rtb_inventory_nonprod_eu_west_1_inventory_workload_10_24_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
  destination_cidr_block = "10.24.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_inventory_nonprod_eu_west_1_inventory]
}

resource "aws_route" "rtb_inventory_nonprod_eu_west_1_inventory_workload_10_16_0_0_14" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
  destination_cidr_block = "10.16.0.0/14"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_inventory_nonprod_eu_west_1_inventory]
}

resource "aws_route" "rtb_inventory_nonprod_eu_west_1_inventory_workload_10_0_0_0_13" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
  destination_cidr_block = "10.0.0.0/13"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_inventory_nonprod_eu_west_1_inventory]
}

resource "aws_route" "rtb_inventory_nonprod_eu_west_1_inventory_workload_default" {
  count    = var.transit_gateway_id_tgw_eu_west_1 == null ? 0 : 1
  provider = aws.eu_west_1

  route_table_id         = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = var.transit_gateway_id_tgw_eu_west_1

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_inventory_nonprod_eu_west_1_inventory]
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_app_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_app_a.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_app_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_app_b.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_app_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_app_c.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_data_a" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_data_a.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_data_b" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_data_b.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
}

resource "aws_route_table_association" "inventory_nonprod_eu_west_1_inventory_data_c" {
  provider = aws.eu_west_1

  subnet_id      = aws_subnet.inventory_nonprod_eu_west_1_inventory_data_c.id
  route_table_id = aws_route_table.rtb_inventory_nonprod_eu_west_1_inventory_workload.id
}
