resource "aws_vpc" "erp_prod_us_west_2_erp_dr" {
  provider = aws.us_west_2

  cidr_block           = "10.67.64.0/20"
  ipv4_ipam_pool_id    = var.ipam_pool_id_aws_us_west_2_prod
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "erp-dr"
    "vpcplan:id"   = "erp-prod/us-west-2/erp-dr"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_prod_us_west_2_erp_dr_public_a" {
  provider = aws.us_west_2

  vpc_id            = aws_vpc.erp_prod_us_west_2_erp_dr.id
  cidr_block        = "10.67.72.0/25"
  availability_zone = "us-west-2a"

  tags = {
    Name           = "erp-dr-public-a"
    "vpcplan:id"   = "erp-prod/us-west-2/erp-dr/public-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_prod_us_west_2_erp_dr_public_b" {
  provider = aws.us_west_2

  vpc_id            = aws_vpc.erp_prod_us_west_2_erp_dr.id
  cidr_block        = "10.67.72.128/25"
  availability_zone = "us-west-2b"

  tags = {
    Name           = "erp-dr-public-b"
    "vpcplan:id"   = "erp-prod/us-west-2/erp-dr/public-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_prod_us_west_2_erp_dr_app_a" {
  provider = aws.us_west_2

  vpc_id            = aws_vpc.erp_prod_us_west_2_erp_dr.id
  cidr_block        = "10.67.64.0/22"
  availability_zone = "us-west-2a"

  tags = {
    Name           = "erp-dr-app-a"
    "vpcplan:id"   = "erp-prod/us-west-2/erp-dr/app-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_prod_us_west_2_erp_dr_app_b" {
  provider = aws.us_west_2

  vpc_id            = aws_vpc.erp_prod_us_west_2_erp_dr.id
  cidr_block        = "10.67.68.0/22"
  availability_zone = "us-west-2b"

  tags = {
    Name           = "erp-dr-app-b"
    "vpcplan:id"   = "erp-prod/us-west-2/erp-dr/app-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_prod_us_west_2_erp_dr_db_a" {
  provider = aws.us_west_2

  vpc_id            = aws_vpc.erp_prod_us_west_2_erp_dr.id
  cidr_block        = "10.67.73.0/26"
  availability_zone = "us-west-2a"

  tags = {
    Name           = "erp-dr-db-a"
    "vpcplan:id"   = "erp-prod/us-west-2/erp-dr/db-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_prod_us_west_2_erp_dr_db_b" {
  provider = aws.us_west_2

  vpc_id            = aws_vpc.erp_prod_us_west_2_erp_dr.id
  cidr_block        = "10.67.73.64/26"
  availability_zone = "us-west-2b"

  tags = {
    Name           = "erp-dr-db-b"
    "vpcplan:id"   = "erp-prod/us-west-2/erp-dr/db-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_prod_us_west_2_erp_dr_tgw_attach_a" {
  provider = aws.us_west_2

  vpc_id            = aws_vpc.erp_prod_us_west_2_erp_dr.id
  cidr_block        = "10.67.73.128/28"
  availability_zone = "us-west-2a"

  tags = {
    Name           = "erp-dr-tgw-attach-a"
    "vpcplan:id"   = "erp-prod/us-west-2/erp-dr/tgw-attach-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_prod_us_west_2_erp_dr_tgw_attach_b" {
  provider = aws.us_west_2

  vpc_id            = aws_vpc.erp_prod_us_west_2_erp_dr.id
  cidr_block        = "10.67.73.144/28"
  availability_zone = "us-west-2b"

  tags = {
    Name           = "erp-dr-tgw-attach-b"
    "vpcplan:id"   = "erp-prod/us-west-2/erp-dr/tgw-attach-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_internet_gateway" "erp_prod_us_west_2_erp_dr" {
  provider = aws.us_west_2

  vpc_id = aws_vpc.erp_prod_us_west_2_erp_dr.id

  tags = {
    Name           = "erp-dr-igw"
    "vpcplan:id"   = "igw/erp-prod/us-west-2/erp-dr"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_eip" "erp_prod_us_west_2_erp_dr_nat_us_west_2a" {
  provider = aws.us_west_2

  domain = "vpc"

  tags = {
    Name           = "erp-dr-nat-us-west-2a"
    "vpcplan:id"   = "nat/erp-prod/us-west-2/erp-dr/us-west-2a/eip"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_nat_gateway" "erp_prod_us_west_2_erp_dr_nat_us_west_2a" {
  provider = aws.us_west_2

  allocation_id = aws_eip.erp_prod_us_west_2_erp_dr_nat_us_west_2a.id
  subnet_id     = aws_subnet.erp_prod_us_west_2_erp_dr_public_a.id

  tags = {
    Name           = "erp-dr-nat-us-west-2a"
    "vpcplan:id"   = "nat/erp-prod/us-west-2/erp-dr/us-west-2a"
    "vpcplan:plan" = "hybrid-brownfield"
  }

  depends_on = [aws_internet_gateway.erp_prod_us_west_2_erp_dr]
}

resource "aws_eip" "erp_prod_us_west_2_erp_dr_nat_us_west_2b" {
  provider = aws.us_west_2

  domain = "vpc"

  tags = {
    Name           = "erp-dr-nat-us-west-2b"
    "vpcplan:id"   = "nat/erp-prod/us-west-2/erp-dr/us-west-2b/eip"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_nat_gateway" "erp_prod_us_west_2_erp_dr_nat_us_west_2b" {
  provider = aws.us_west_2

  allocation_id = aws_eip.erp_prod_us_west_2_erp_dr_nat_us_west_2b.id
  subnet_id     = aws_subnet.erp_prod_us_west_2_erp_dr_public_b.id

  tags = {
    Name           = "erp-dr-nat-us-west-2b"
    "vpcplan:id"   = "nat/erp-prod/us-west-2/erp-dr/us-west-2b"
    "vpcplan:plan" = "hybrid-brownfield"
  }

  depends_on = [aws_internet_gateway.erp_prod_us_west_2_erp_dr]
}

resource "aws_route_table" "rtb_erp_prod_us_west_2_erp_dr_public" {
  provider = aws.us_west_2

  vpc_id = aws_vpc.erp_prod_us_west_2_erp_dr.id

  tags = {
    Name           = "erp-dr-workload-public"
    "vpcplan:id"   = "rtb/erp-prod/us-west-2/erp-dr/workload/public"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_public_10_70_0_0_24" {
  count    = var.vpc_id_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.us_west_2

  route_table_id            = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_public.id
  destination_cidr_block    = "10.70.0.0/24"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge[0].id
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_public_10_71_64_0_20" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.us_west_2

  route_table_id            = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_public.id
  destination_cidr_block    = "10.71.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_public_default" {
  provider = aws.us_west_2

  route_table_id         = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.erp_prod_us_west_2_erp_dr.id
}

resource "aws_route_table_association" "erp_prod_us_west_2_erp_dr_public_a" {
  provider = aws.us_west_2

  subnet_id      = aws_subnet.erp_prod_us_west_2_erp_dr_public_a.id
  route_table_id = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_public.id
}

resource "aws_route_table_association" "erp_prod_us_west_2_erp_dr_public_b" {
  provider = aws.us_west_2

  subnet_id      = aws_subnet.erp_prod_us_west_2_erp_dr_public_b.id
  route_table_id = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_public.id
}

resource "aws_route_table" "rtb_erp_prod_us_west_2_erp_dr_workload" {
  provider = aws.us_west_2

  vpc_id = aws_vpc.erp_prod_us_west_2_erp_dr.id

  tags = {
    Name           = "erp-dr-workload"
    "vpcplan:id"   = "rtb/erp-prod/us-west-2/erp-dr/workload"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_workload_10_70_0_0_24" {
  count    = var.vpc_id_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.us_west_2

  route_table_id            = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload.id
  destination_cidr_block    = "10.70.0.0/24"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge[0].id
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_workload_10_71_64_0_20" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.us_west_2

  route_table_id            = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload.id
  destination_cidr_block    = "10.71.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools[0].id
}

resource "aws_route_table_association" "erp_prod_us_west_2_erp_dr_tgw_attach_a" {
  provider = aws.us_west_2

  subnet_id      = aws_subnet.erp_prod_us_west_2_erp_dr_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload.id
}

resource "aws_route_table_association" "erp_prod_us_west_2_erp_dr_tgw_attach_b" {
  provider = aws.us_west_2

  subnet_id      = aws_subnet.erp_prod_us_west_2_erp_dr_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload.id
}

resource "aws_route_table" "rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2a" {
  provider = aws.us_west_2

  vpc_id = aws_vpc.erp_prod_us_west_2_erp_dr.id

  tags = {
    Name           = "erp-dr-workload-us-west-2a"
    "vpcplan:id"   = "rtb/erp-prod/us-west-2/erp-dr/workload/us-west-2a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2a_10_70_0_0_24" {
  count    = var.vpc_id_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.us_west_2

  route_table_id            = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2a.id
  destination_cidr_block    = "10.70.0.0/24"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge[0].id
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2a_10_71_64_0_20" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.us_west_2

  route_table_id            = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2a.id
  destination_cidr_block    = "10.71.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2a_default" {
  provider = aws.us_west_2

  route_table_id         = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.erp_prod_us_west_2_erp_dr_nat_us_west_2a.id
}

resource "aws_route_table_association" "erp_prod_us_west_2_erp_dr_app_a" {
  provider = aws.us_west_2

  subnet_id      = aws_subnet.erp_prod_us_west_2_erp_dr_app_a.id
  route_table_id = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2a.id
}

resource "aws_route_table_association" "erp_prod_us_west_2_erp_dr_db_a" {
  provider = aws.us_west_2

  subnet_id      = aws_subnet.erp_prod_us_west_2_erp_dr_db_a.id
  route_table_id = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2a.id
}

resource "aws_route_table" "rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2b" {
  provider = aws.us_west_2

  vpc_id = aws_vpc.erp_prod_us_west_2_erp_dr.id

  tags = {
    Name           = "erp-dr-workload-us-west-2b"
    "vpcplan:id"   = "rtb/erp-prod/us-west-2/erp-dr/workload/us-west-2b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2b_10_70_0_0_24" {
  count    = var.vpc_id_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.us_west_2

  route_table_id            = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2b.id
  destination_cidr_block    = "10.70.0.0/24"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge[0].id
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2b_10_71_64_0_20" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.us_west_2

  route_table_id            = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2b.id
  destination_cidr_block    = "10.71.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2b_default" {
  provider = aws.us_west_2

  route_table_id         = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.erp_prod_us_west_2_erp_dr_nat_us_west_2b.id
}

resource "aws_route_table_association" "erp_prod_us_west_2_erp_dr_app_b" {
  provider = aws.us_west_2

  subnet_id      = aws_subnet.erp_prod_us_west_2_erp_dr_app_b.id
  route_table_id = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2b.id
}

resource "aws_route_table_association" "erp_prod_us_west_2_erp_dr_db_b" {
  provider = aws.us_west_2

  subnet_id      = aws_subnet.erp_prod_us_west_2_erp_dr_db_b.id
  route_table_id = aws_route_table.rtb_erp_prod_us_west_2_erp_dr_workload_us_west_2b.id
}
