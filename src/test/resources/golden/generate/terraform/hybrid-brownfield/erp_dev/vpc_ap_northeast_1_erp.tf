resource "aws_vpc" "erp_dev_ap_northeast_1_erp" {
  provider = aws.ap_northeast_1

  cidr_block           = "10.71.0.0/20"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "erp"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_public_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.12.0/25"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "erp-public-a"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/public-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_public_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.12.128/25"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "erp-public-b"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/public-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_public_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.13.0/25"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "erp-public-c"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/public-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_app_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.0.0/22"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "erp-app-a"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/app-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_app_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.4.0/22"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "erp-app-b"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/app-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_app_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.8.0/22"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "erp-app-c"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/app-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_db_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.13.128/26"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "erp-db-a"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/db-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_db_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.13.192/26"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "erp-db-b"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/db-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_db_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.14.0/26"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "erp-db-c"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/db-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.14.64/28"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "erp-tgw-attach-a"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/tgw-attach-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.14.80/28"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "erp-tgw-attach-b"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/tgw-attach-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "erp_dev_ap_northeast_1_erp_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.erp_dev_ap_northeast_1_erp.id
  cidr_block        = "10.71.14.96/28"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "erp-tgw-attach-c"
    "vpcplan:id"   = "erp-dev/ap-northeast-1/erp/tgw-attach-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_internet_gateway" "erp_dev_ap_northeast_1_erp" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.erp_dev_ap_northeast_1_erp.id

  tags = {
    Name           = "erp-igw"
    "vpcplan:id"   = "igw/erp-dev/ap-northeast-1/erp"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_eip" "erp_dev_ap_northeast_1_erp_nat_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  domain = "vpc"

  tags = {
    Name           = "erp-nat-ap-northeast-1a"
    "vpcplan:id"   = "nat/erp-dev/ap-northeast-1/erp/ap-northeast-1a/eip"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_nat_gateway" "erp_dev_ap_northeast_1_erp_nat_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  allocation_id = aws_eip.erp_dev_ap_northeast_1_erp_nat_ap_northeast_1a.id
  subnet_id     = aws_subnet.erp_dev_ap_northeast_1_erp_public_a.id

  tags = {
    Name           = "erp-nat-ap-northeast-1a"
    "vpcplan:id"   = "nat/erp-dev/ap-northeast-1/erp/ap-northeast-1a"
    "vpcplan:plan" = "hybrid-brownfield"
  }

  depends_on = [aws_internet_gateway.erp_dev_ap_northeast_1_erp]
}

resource "aws_eip" "erp_dev_ap_northeast_1_erp_nat_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  domain = "vpc"

  tags = {
    Name           = "erp-nat-ap-northeast-1b"
    "vpcplan:id"   = "nat/erp-dev/ap-northeast-1/erp/ap-northeast-1b/eip"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_nat_gateway" "erp_dev_ap_northeast_1_erp_nat_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  allocation_id = aws_eip.erp_dev_ap_northeast_1_erp_nat_ap_northeast_1b.id
  subnet_id     = aws_subnet.erp_dev_ap_northeast_1_erp_public_b.id

  tags = {
    Name           = "erp-nat-ap-northeast-1b"
    "vpcplan:id"   = "nat/erp-dev/ap-northeast-1/erp/ap-northeast-1b"
    "vpcplan:plan" = "hybrid-brownfield"
  }

  depends_on = [aws_internet_gateway.erp_dev_ap_northeast_1_erp]
}

resource "aws_eip" "erp_dev_ap_northeast_1_erp_nat_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  domain = "vpc"

  tags = {
    Name           = "erp-nat-ap-northeast-1c"
    "vpcplan:id"   = "nat/erp-dev/ap-northeast-1/erp/ap-northeast-1c/eip"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_nat_gateway" "erp_dev_ap_northeast_1_erp_nat_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  allocation_id = aws_eip.erp_dev_ap_northeast_1_erp_nat_ap_northeast_1c.id
  subnet_id     = aws_subnet.erp_dev_ap_northeast_1_erp_public_c.id

  tags = {
    Name           = "erp-nat-ap-northeast-1c"
    "vpcplan:id"   = "nat/erp-dev/ap-northeast-1/erp/ap-northeast-1c"
    "vpcplan:plan" = "hybrid-brownfield"
  }

  depends_on = [aws_internet_gateway.erp_dev_ap_northeast_1_erp]
}

resource "aws_route_table" "rtb_erp_dev_ap_northeast_1_erp_public" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.erp_dev_ap_northeast_1_erp.id

  tags = {
    Name           = "erp-workload-public"
    "vpcplan:id"   = "rtb/erp-dev/ap-northeast-1/erp/workload/public"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_erp_dev_ap_northeast_1_erp_public_10_71_64_0_20" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_public.id
  destination_cidr_block    = "10.71.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_erp_dev_ap_northeast_1_erp_public_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.erp_dev_ap_northeast_1_erp.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_public_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_public_a.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_public.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_public_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_public_b.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_public.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_public_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_public_c.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_public.id
}

resource "aws_route_table" "rtb_erp_dev_ap_northeast_1_erp_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.erp_dev_ap_northeast_1_erp.id

  tags = {
    Name           = "erp-workload"
    "vpcplan:id"   = "rtb/erp-dev/ap-northeast-1/erp/workload"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_erp_dev_ap_northeast_1_erp_workload_10_71_64_0_20" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload.id
  destination_cidr_block    = "10.71.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload.id
}

resource "aws_route_table" "rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.erp_dev_ap_northeast_1_erp.id

  tags = {
    Name           = "erp-workload-ap-northeast-1a"
    "vpcplan:id"   = "rtb/erp-dev/ap-northeast-1/erp/workload/ap-northeast-1a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1a_10_71_64_0_20" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1a.id
  destination_cidr_block    = "10.71.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1a_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.erp_dev_ap_northeast_1_erp_nat_ap_northeast_1a.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_app_a.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1a.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_db_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_db_a.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1a.id
}

resource "aws_route_table" "rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.erp_dev_ap_northeast_1_erp.id

  tags = {
    Name           = "erp-workload-ap-northeast-1b"
    "vpcplan:id"   = "rtb/erp-dev/ap-northeast-1/erp/workload/ap-northeast-1b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1b_10_71_64_0_20" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1b.id
  destination_cidr_block    = "10.71.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1b_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.erp_dev_ap_northeast_1_erp_nat_ap_northeast_1b.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_app_b.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1b.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_db_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_db_b.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1b.id
}

resource "aws_route_table" "rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.erp_dev_ap_northeast_1_erp.id

  tags = {
    Name           = "erp-workload-ap-northeast-1c"
    "vpcplan:id"   = "rtb/erp-dev/ap-northeast-1/erp/workload/ap-northeast-1c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1c_10_71_64_0_20" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1c.id
  destination_cidr_block    = "10.71.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1c_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.erp_dev_ap_northeast_1_erp_nat_ap_northeast_1c.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_app_c.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1c.id
}

resource "aws_route_table_association" "erp_dev_ap_northeast_1_erp_db_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.erp_dev_ap_northeast_1_erp_db_c.id
  route_table_id = aws_route_table.rtb_erp_dev_ap_northeast_1_erp_workload_ap_northeast_1c.id
}
