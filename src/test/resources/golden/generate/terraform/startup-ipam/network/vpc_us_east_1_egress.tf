resource "aws_vpc" "network_us_east_1_egress" {
  provider = aws.us_east_1

  cidr_block           = "10.0.96.0/20"
  ipv4_ipam_pool_id    = aws_vpc_ipam_pool.main_us_east_1_shared.id
  enable_dns_support   = true
  enable_dns_hostnames = true

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_shared_10_0_96_0_19]

  tags = {
    Name           = "egress"
    "vpcplan:id"   = "network/us-east-1/egress"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_public_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.108.0/25"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "egress-public-a"
    "vpcplan:id"   = "network/us-east-1/egress/public-a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_public_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.108.128/25"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "egress-public-b"
    "vpcplan:id"   = "network/us-east-1/egress/public-b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_public_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.109.0/25"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "egress-public-c"
    "vpcplan:id"   = "network/us-east-1/egress/public-c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.96.0/22"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "egress-app-a"
    "vpcplan:id"   = "network/us-east-1/egress/app-a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.100.0/22"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "egress-app-b"
    "vpcplan:id"   = "network/us-east-1/egress/app-b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_app_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.104.0/22"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "egress-app-c"
    "vpcplan:id"   = "network/us-east-1/egress/app-c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_data_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.109.128/25"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "egress-data-a"
    "vpcplan:id"   = "network/us-east-1/egress/data-a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_data_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.110.0/25"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "egress-data-b"
    "vpcplan:id"   = "network/us-east-1/egress/data-b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_data_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.110.128/25"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "egress-data-c"
    "vpcplan:id"   = "network/us-east-1/egress/data-c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.111.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "egress-tgw-attach-a"
    "vpcplan:id"   = "network/us-east-1/egress/tgw-attach-a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.111.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "egress-tgw-attach-b"
    "vpcplan:id"   = "network/us-east-1/egress/tgw-attach-b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "network_us_east_1_egress_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_egress.id
  cidr_block        = "10.0.111.32/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "egress-tgw-attach-c"
    "vpcplan:id"   = "network/us-east-1/egress/tgw-attach-c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_internet_gateway" "network_us_east_1_egress" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_egress.id

  tags = {
    Name           = "egress-igw"
    "vpcplan:id"   = "igw/network/us-east-1/egress"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_eip" "network_us_east_1_egress_nat_us_east_1a" {
  provider = aws.us_east_1

  domain = "vpc"

  tags = {
    Name           = "egress-nat-us-east-1a"
    "vpcplan:id"   = "nat/network/us-east-1/egress/us-east-1a/eip"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_nat_gateway" "network_us_east_1_egress_nat_us_east_1a" {
  provider = aws.us_east_1

  allocation_id = aws_eip.network_us_east_1_egress_nat_us_east_1a.id
  subnet_id     = aws_subnet.network_us_east_1_egress_public_a.id

  tags = {
    Name           = "egress-nat-us-east-1a"
    "vpcplan:id"   = "nat/network/us-east-1/egress/us-east-1a"
    "vpcplan:plan" = "startup"
  }

  depends_on = [aws_internet_gateway.network_us_east_1_egress]
}

resource "aws_eip" "network_us_east_1_egress_nat_us_east_1b" {
  provider = aws.us_east_1

  domain = "vpc"

  tags = {
    Name           = "egress-nat-us-east-1b"
    "vpcplan:id"   = "nat/network/us-east-1/egress/us-east-1b/eip"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_nat_gateway" "network_us_east_1_egress_nat_us_east_1b" {
  provider = aws.us_east_1

  allocation_id = aws_eip.network_us_east_1_egress_nat_us_east_1b.id
  subnet_id     = aws_subnet.network_us_east_1_egress_public_b.id

  tags = {
    Name           = "egress-nat-us-east-1b"
    "vpcplan:id"   = "nat/network/us-east-1/egress/us-east-1b"
    "vpcplan:plan" = "startup"
  }

  depends_on = [aws_internet_gateway.network_us_east_1_egress]
}

resource "aws_eip" "network_us_east_1_egress_nat_us_east_1c" {
  provider = aws.us_east_1

  domain = "vpc"

  tags = {
    Name           = "egress-nat-us-east-1c"
    "vpcplan:id"   = "nat/network/us-east-1/egress/us-east-1c/eip"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_nat_gateway" "network_us_east_1_egress_nat_us_east_1c" {
  provider = aws.us_east_1

  allocation_id = aws_eip.network_us_east_1_egress_nat_us_east_1c.id
  subnet_id     = aws_subnet.network_us_east_1_egress_public_c.id

  tags = {
    Name           = "egress-nat-us-east-1c"
    "vpcplan:id"   = "nat/network/us-east-1/egress/us-east-1c"
    "vpcplan:plan" = "startup"
  }

  depends_on = [aws_internet_gateway.network_us_east_1_egress]
}

resource "aws_route_table" "rtb_network_us_east_1_egress_public" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_egress.id

  tags = {
    Name           = "egress-workload-public"
    "vpcplan:id"   = "rtb/network/us-east-1/egress/workload/public"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_network_us_east_1_egress_public_10_0_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_public.id
  destination_cidr_block    = "10.0.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_dev_us_east_1_app_network_us_east_1_egress[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_public_10_0_64_0_20" {
  count    = var.vpc_id_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_public.id
  destination_cidr_block    = "10.0.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_public_10_0_16_0_20" {
  count    = var.vpc_id_stg_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_public.id
  destination_cidr_block    = "10.0.16.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_stg_us_east_1_app[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_public_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_egress_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.network_us_east_1_egress.id
}

resource "aws_route_table_association" "network_us_east_1_egress_public_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_public_a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_public.id
}

resource "aws_route_table_association" "network_us_east_1_egress_public_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_public_b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_public.id
}

resource "aws_route_table_association" "network_us_east_1_egress_public_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_public_c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_public.id
}

resource "aws_route_table" "rtb_network_us_east_1_egress_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_egress.id

  tags = {
    Name           = "egress-workload"
    "vpcplan:id"   = "rtb/network/us-east-1/egress/workload"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_10_0_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload.id
  destination_cidr_block    = "10.0.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_dev_us_east_1_app_network_us_east_1_egress[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_10_0_64_0_20" {
  count    = var.vpc_id_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload.id
  destination_cidr_block    = "10.0.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_10_0_16_0_20" {
  count    = var.vpc_id_stg_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload.id
  destination_cidr_block    = "10.0.16.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_stg_us_east_1_app[0].id
}

resource "aws_route_table_association" "network_us_east_1_egress_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_workload.id
}

resource "aws_route_table_association" "network_us_east_1_egress_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_workload.id
}

resource "aws_route_table_association" "network_us_east_1_egress_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_workload.id
}

resource "aws_route_table" "rtb_network_us_east_1_egress_workload_us_east_1a" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_egress.id

  tags = {
    Name           = "egress-workload-us-east-1a"
    "vpcplan:id"   = "rtb/network/us-east-1/egress/workload/us-east-1a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1a_10_0_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1a.id
  destination_cidr_block    = "10.0.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_dev_us_east_1_app_network_us_east_1_egress[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1a_10_0_64_0_20" {
  count    = var.vpc_id_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1a.id
  destination_cidr_block    = "10.0.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1a_10_0_16_0_20" {
  count    = var.vpc_id_stg_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1a.id
  destination_cidr_block    = "10.0.16.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_stg_us_east_1_app[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1a_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.network_us_east_1_egress_nat_us_east_1a.id
}

resource "aws_route_table_association" "network_us_east_1_egress_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_app_a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1a.id
}

resource "aws_route_table_association" "network_us_east_1_egress_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_data_a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1a.id
}

resource "aws_route_table" "rtb_network_us_east_1_egress_workload_us_east_1b" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_egress.id

  tags = {
    Name           = "egress-workload-us-east-1b"
    "vpcplan:id"   = "rtb/network/us-east-1/egress/workload/us-east-1b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1b_10_0_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1b.id
  destination_cidr_block    = "10.0.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_dev_us_east_1_app_network_us_east_1_egress[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1b_10_0_64_0_20" {
  count    = var.vpc_id_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1b.id
  destination_cidr_block    = "10.0.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1b_10_0_16_0_20" {
  count    = var.vpc_id_stg_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1b.id
  destination_cidr_block    = "10.0.16.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_stg_us_east_1_app[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1b_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.network_us_east_1_egress_nat_us_east_1b.id
}

resource "aws_route_table_association" "network_us_east_1_egress_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_app_b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1b.id
}

resource "aws_route_table_association" "network_us_east_1_egress_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_data_b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1b.id
}

resource "aws_route_table" "rtb_network_us_east_1_egress_workload_us_east_1c" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_egress.id

  tags = {
    Name           = "egress-workload-us-east-1c"
    "vpcplan:id"   = "rtb/network/us-east-1/egress/workload/us-east-1c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1c_10_0_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1c.id
  destination_cidr_block    = "10.0.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_dev_us_east_1_app_network_us_east_1_egress[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1c_10_0_64_0_20" {
  count    = var.vpc_id_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1c.id
  destination_cidr_block    = "10.0.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1c_10_0_16_0_20" {
  count    = var.vpc_id_stg_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1c.id
  destination_cidr_block    = "10.0.16.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_network_us_east_1_egress_stg_us_east_1_app[0].id
}

resource "aws_route" "rtb_network_us_east_1_egress_workload_us_east_1c_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.network_us_east_1_egress_nat_us_east_1c.id
}

resource "aws_route_table_association" "network_us_east_1_egress_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_app_c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1c.id
}

resource "aws_route_table_association" "network_us_east_1_egress_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_egress_data_c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_egress_workload_us_east_1c.id
}
