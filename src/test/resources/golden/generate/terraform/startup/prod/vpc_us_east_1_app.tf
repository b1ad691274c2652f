resource "aws_vpc" "prod_us_east_1_app" {
  provider = aws.us_east_1

  cidr_block           = "10.0.64.0/20"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "app"
    "vpcplan:id"   = "prod/us-east-1/app"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_public_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.76.0/25"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "app-public-a"
    "vpcplan:id"   = "prod/us-east-1/app/public-a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_public_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.76.128/25"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "app-public-b"
    "vpcplan:id"   = "prod/us-east-1/app/public-b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_public_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.77.0/25"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "app-public-c"
    "vpcplan:id"   = "prod/us-east-1/app/public-c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_app_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.64.0/22"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "app-app-a"
    "vpcplan:id"   = "prod/us-east-1/app/app-a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_app_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.68.0/22"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "app-app-b"
    "vpcplan:id"   = "prod/us-east-1/app/app-b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_app_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.72.0/22"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "app-app-c"
    "vpcplan:id"   = "prod/us-east-1/app/app-c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_data_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.77.128/25"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "app-data-a"
    "vpcplan:id"   = "prod/us-east-1/app/data-a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_data_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.78.0/25"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "app-data-b"
    "vpcplan:id"   = "prod/us-east-1/app/data-b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_data_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.78.128/25"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "app-data-c"
    "vpcplan:id"   = "prod/us-east-1/app/data-c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_tgw_attach_a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.79.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "app-tgw-attach-a"
    "vpcplan:id"   = "prod/us-east-1/app/tgw-attach-a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_tgw_attach_b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.79.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "app-tgw-attach-b"
    "vpcplan:id"   = "prod/us-east-1/app/tgw-attach-b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_subnet" "prod_us_east_1_app_tgw_attach_c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.prod_us_east_1_app.id
  cidr_block        = "10.0.79.32/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "app-tgw-attach-c"
    "vpcplan:id"   = "prod/us-east-1/app/tgw-attach-c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_internet_gateway" "prod_us_east_1_app" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.prod_us_east_1_app.id

  tags = {
    Name           = "app-igw"
    "vpcplan:id"   = "igw/prod/us-east-1/app"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_eip" "prod_us_east_1_app_nat_us_east_1a" {
  provider = aws.us_east_1

  domain = "vpc"

  tags = {
    Name           = "app-nat-us-east-1a"
    "vpcplan:id"   = "nat/prod/us-east-1/app/us-east-1a/eip"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_nat_gateway" "prod_us_east_1_app_nat_us_east_1a" {
  provider = aws.us_east_1

  allocation_id = aws_eip.prod_us_east_1_app_nat_us_east_1a.id
  subnet_id     = aws_subnet.prod_us_east_1_app_public_a.id

  tags = {
    Name           = "app-nat-us-east-1a"
    "vpcplan:id"   = "nat/prod/us-east-1/app/us-east-1a"
    "vpcplan:plan" = "startup"
  }

  depends_on = [aws_internet_gateway.prod_us_east_1_app]
}

resource "aws_eip" "prod_us_east_1_app_nat_us_east_1b" {
  provider = aws.us_east_1

  domain = "vpc"

  tags = {
    Name           = "app-nat-us-east-1b"
    "vpcplan:id"   = "nat/prod/us-east-1/app/us-east-1b/eip"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_nat_gateway" "prod_us_east_1_app_nat_us_east_1b" {
  provider = aws.us_east_1

  allocation_id = aws_eip.prod_us_east_1_app_nat_us_east_1b.id
  subnet_id     = aws_subnet.prod_us_east_1_app_public_b.id

  tags = {
    Name           = "app-nat-us-east-1b"
    "vpcplan:id"   = "nat/prod/us-east-1/app/us-east-1b"
    "vpcplan:plan" = "startup"
  }

  depends_on = [aws_internet_gateway.prod_us_east_1_app]
}

resource "aws_eip" "prod_us_east_1_app_nat_us_east_1c" {
  provider = aws.us_east_1

  domain = "vpc"

  tags = {
    Name           = "app-nat-us-east-1c"
    "vpcplan:id"   = "nat/prod/us-east-1/app/us-east-1c/eip"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_nat_gateway" "prod_us_east_1_app_nat_us_east_1c" {
  provider = aws.us_east_1

  allocation_id = aws_eip.prod_us_east_1_app_nat_us_east_1c.id
  subnet_id     = aws_subnet.prod_us_east_1_app_public_c.id

  tags = {
    Name           = "app-nat-us-east-1c"
    "vpcplan:id"   = "nat/prod/us-east-1/app/us-east-1c"
    "vpcplan:plan" = "startup"
  }

  depends_on = [aws_internet_gateway.prod_us_east_1_app]
}

resource "aws_route_table" "rtb_prod_us_east_1_app_public" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.prod_us_east_1_app.id

  tags = {
    Name           = "app-workload-public"
    "vpcplan:id"   = "rtb/prod/us-east-1/app/workload/public"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_prod_us_east_1_app_public_10_0_96_0_20" {
  count    = var.vpc_peering_connection_id_pcx_network_us_east_1_egress_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_prod_us_east_1_app_public.id
  destination_cidr_block    = "10.0.96.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route" "rtb_prod_us_east_1_app_public_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_prod_us_east_1_app_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.prod_us_east_1_app.id
}

resource "aws_route_table_association" "prod_us_east_1_app_public_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_public_a.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_public.id
}

resource "aws_route_table_association" "prod_us_east_1_app_public_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_public_b.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_public.id
}

resource "aws_route_table_association" "prod_us_east_1_app_public_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_public_c.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_public.id
}

resource "aws_route_table" "rtb_prod_us_east_1_app_workload" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.prod_us_east_1_app.id

  tags = {
    Name           = "app-workload"
    "vpcplan:id"   = "rtb/prod/us-east-1/app/workload"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_prod_us_east_1_app_workload_10_0_96_0_20" {
  count    = var.vpc_peering_connection_id_pcx_network_us_east_1_egress_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_prod_us_east_1_app_workload.id
  destination_cidr_block    = "10.0.96.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route_table_association" "prod_us_east_1_app_tgw_attach_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_workload.id
}

resource "aws_route_table_association" "prod_us_east_1_app_tgw_attach_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_workload.id
}

resource "aws_route_table_association" "prod_us_east_1_app_tgw_attach_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_workload.id
}

resource "aws_route_table" "rtb_prod_us_east_1_app_workload_us_east_1a" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.prod_us_east_1_app.id

  tags = {
    Name           = "app-workload-us-east-1a"
    "vpcplan:id"   = "rtb/prod/us-east-1/app/workload/us-east-1a"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_prod_us_east_1_app_workload_us_east_1a_10_0_96_0_20" {
  count    = var.vpc_peering_connection_id_pcx_network_us_east_1_egress_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1a.id
  destination_cidr_block    = "10.0.96.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route" "rtb_prod_us_east_1_app_workload_us_east_1a_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.prod_us_east_1_app_nat_us_east_1a.id
}

resource "aws_route_table_association" "prod_us_east_1_app_app_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_app_a.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1a.id
}

resource "aws_route_table_association" "prod_us_east_1_app_data_a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_data_a.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1a.id
}

resource "aws_route_table" "rtb_prod_us_east_1_app_workload_us_east_1b" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.prod_us_east_1_app.id

  tags = {
    Name           = "app-workload-us-east-1b"
    "vpcplan:id"   = "rtb/prod/us-east-1/app/workload/us-east-1b"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_prod_us_east_1_app_workload_us_east_1b_10_0_96_0_20" {
  count    = var.vpc_peering_connection_id_pcx_network_us_east_1_egress_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1b.id
  destination_cidr_block    = "10.0.96.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route" "rtb_prod_us_east_1_app_workload_us_east_1b_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.prod_us_east_1_app_nat_us_east_1b.id
}

resource "aws_route_table_association" "prod_us_east_1_app_app_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_app_b.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1b.id
}

resource "aws_route_table_association" "prod_us_east_1_app_data_b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_data_b.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1b.id
}

resource "aws_route_table" "rtb_prod_us_east_1_app_workload_us_east_1c" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.prod_us_east_1_app.id

  tags = {
    Name           = "app-workload-us-east-1c"
    "vpcplan:id"   = "rtb/prod/us-east-1/app/workload/us-east-1c"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_route" "rtb_prod_us_east_1_app_workload_us_east_1c_10_0_96_0_20" {
  count    = var.vpc_peering_connection_id_pcx_network_us_east_1_egress_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  route_table_id            = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1c.id
  destination_cidr_block    = "10.0.96.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_network_us_east_1_egress_prod_us_east_1_app[0].id
}

resource "aws_route" "rtb_prod_us_east_1_app_workload_us_east_1c_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.prod_us_east_1_app_nat_us_east_1c.id
}

resource "aws_route_table_association" "prod_us_east_1_app_app_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_app_c.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1c.id
}

resource "aws_route_table_association" "prod_us_east_1_app_data_c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.prod_us_east_1_app_data_c.id
  route_table_id = aws_route_table.rtb_prod_us_east_1_app_workload_us_east_1c.id
}
