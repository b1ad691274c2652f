resource "aws_vpc" "shared_ap_northeast_1_tools" {
  provider = aws.ap_northeast_1

  cidr_block           = "10.71.64.0/20"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "tools"
    "vpcplan:id"   = "shared/ap-northeast-1/tools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_public_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.76.0/25"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "tools-public-a"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/public-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_public_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.76.128/25"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "tools-public-b"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/public-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_public_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.77.0/25"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "tools-public-c"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/public-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_app_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.64.0/22"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "tools-app-a"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/app-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_app_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.68.0/22"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "tools-app-b"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/app-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_app_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.72.0/22"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "tools-app-c"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/app-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_db_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.77.128/26"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "tools-db-a"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/db-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_db_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.77.192/26"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "tools-db-b"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/db-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_db_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.78.0/26"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "tools-db-c"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/db-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.78.64/28"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "tools-tgw-attach-a"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/tgw-attach-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.78.80/28"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "tools-tgw-attach-b"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/tgw-attach-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "shared_ap_northeast_1_tools_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.shared_ap_northeast_1_tools.id
  cidr_block        = "10.71.78.96/28"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "tools-tgw-attach-c"
    "vpcplan:id"   = "shared/ap-northeast-1/tools/tgw-attach-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_internet_gateway" "shared_ap_northeast_1_tools" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.shared_ap_northeast_1_tools.id

  tags = {
    Name           = "tools-igw"
    "vpcplan:id"   = "igw/shared/ap-northeast-1/tools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_eip" "shared_ap_northeast_1_tools_nat_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  domain = "vpc"

  tags = {
    Name           = "tools-nat-ap-northeast-1a"
    "vpcplan:id"   = "nat/shared/ap-northeast-1/tools/ap-northeast-1a/eip"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_nat_gateway" "shared_ap_northeast_1_tools_nat_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  allocation_id = aws_eip.shared_ap_northeast_1_tools_nat_ap_northeast_1a.id
  subnet_id     = aws_subnet.shared_ap_northeast_1_tools_public_a.id

  tags = {
    Name           = "tools-nat-ap-northeast-1a"
    "vpcplan:id"   = "nat/shared/ap-northeast-1/tools/ap-northeast-1a"
    "vpcplan:plan" = "hybrid-brownfield"
  }

  depends_on = [aws_internet_gateway.shared_ap_northeast_1_tools]
}

resource "aws_eip" "shared_ap_northeast_1_tools_nat_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  domain = "vpc"

  tags = {
    Name           = "tools-nat-ap-northeast-1b"
    "vpcplan:id"   = "nat/shared/ap-northeast-1/tools/ap-northeast-1b/eip"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_nat_gateway" "shared_ap_northeast_1_tools_nat_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  allocation_id = aws_eip.shared_ap_northeast_1_tools_nat_ap_northeast_1b.id
  subnet_id     = aws_subnet.shared_ap_northeast_1_tools_public_b.id

  tags = {
    Name           = "tools-nat-ap-northeast-1b"
    "vpcplan:id"   = "nat/shared/ap-northeast-1/tools/ap-northeast-1b"
    "vpcplan:plan" = "hybrid-brownfield"
  }

  depends_on = [aws_internet_gateway.shared_ap_northeast_1_tools]
}

resource "aws_eip" "shared_ap_northeast_1_tools_nat_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  domain = "vpc"

  tags = {
    Name           = "tools-nat-ap-northeast-1c"
    "vpcplan:id"   = "nat/shared/ap-northeast-1/tools/ap-northeast-1c/eip"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_nat_gateway" "shared_ap_northeast_1_tools_nat_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  allocation_id = aws_eip.shared_ap_northeast_1_tools_nat_ap_northeast_1c.id
  subnet_id     = aws_subnet.shared_ap_northeast_1_tools_public_c.id

  tags = {
    Name           = "tools-nat-ap-northeast-1c"
    "vpcplan:id"   = "nat/shared/ap-northeast-1/tools/ap-northeast-1c"
    "vpcplan:plan" = "hybrid-brownfield"
  }

  depends_on = [aws_internet_gateway.shared_ap_northeast_1_tools]
}

resource "aws_route_table" "rtb_shared_ap_northeast_1_tools_public" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.shared_ap_northeast_1_tools.id

  tags = {
    Name           = "tools-workload-public"
    "vpcplan:id"   = "rtb/shared/ap-northeast-1/tools/workload/public"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_public_10_71_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_public.id
  destination_cidr_block    = "10.71.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_public_10_71_32_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_public.id
  destination_cidr_block    = "10.71.32.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_public_10_66_0_0_16" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_public.id
  destination_cidr_block    = "10.66.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_public_10_67_0_0_20" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_public.id
  destination_cidr_block    = "10.67.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_public_10_67_64_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_public.id
  destination_cidr_block    = "10.67.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_public_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_shared_ap_northeast_1_tools_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.shared_ap_northeast_1_tools.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_public_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_public_a.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_public.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_public_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_public_b.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_public.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_public_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_public_c.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_public.id
}

resource "aws_route_table" "rtb_shared_ap_northeast_1_tools_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.shared_ap_northeast_1_tools.id

  tags = {
    Name           = "tools-workload"
    "vpcplan:id"   = "rtb/shared/ap-northeast-1/tools/workload"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_10_71_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload.id
  destination_cidr_block    = "10.71.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_10_71_32_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload.id
  destination_cidr_block    = "10.71.32.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_10_66_0_0_16" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload.id
  destination_cidr_block    = "10.66.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_10_67_0_0_20" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload.id
  destination_cidr_block    = "10.67.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_10_67_64_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload.id
  destination_cidr_block    = "10.67.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools[0].id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_workload.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_workload.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_workload.id
}

resource "aws_route_table" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.shared_ap_northeast_1_tools.id

  tags = {
    Name           = "tools-workload-ap-northeast-1a"
    "vpcplan:id"   = "rtb/shared/ap-northeast-1/tools/workload/ap-northeast-1a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a_10_71_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a.id
  destination_cidr_block    = "10.71.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a_10_71_32_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a.id
  destination_cidr_block    = "10.71.32.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a_10_66_0_0_16" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a.id
  destination_cidr_block    = "10.66.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a_10_67_0_0_20" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a.id
  destination_cidr_block    = "10.67.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a_10_67_64_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a.id
  destination_cidr_block    = "10.67.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.shared_ap_northeast_1_tools_nat_ap_northeast_1a.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_app_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_app_a.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_db_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_db_a.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1a.id
}

resource "aws_route_table" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.shared_ap_northeast_1_tools.id

  tags = {
    Name           = "tools-workload-ap-northeast-1b"
    "vpcplan:id"   = "rtb/shared/ap-northeast-1/tools/workload/ap-northeast-1b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b_10_71_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b.id
  destination_cidr_block    = "10.71.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b_10_71_32_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b.id
  destination_cidr_block    = "10.71.32.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b_10_66_0_0_16" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b.id
  destination_cidr_block    = "10.66.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b_10_67_0_0_20" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b.id
  destination_cidr_block    = "10.67.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b_10_67_64_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b.id
  destination_cidr_block    = "10.67.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.shared_ap_northeast_1_tools_nat_ap_northeast_1b.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_app_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_app_b.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_db_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_db_b.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1b.id
}

resource "aws_route_table" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.shared_ap_northeast_1_tools.id

  tags = {
    Name           = "tools-workload-ap-northeast-1c"
    "vpcplan:id"   = "rtb/shared/ap-northeast-1/tools/workload/ap-northeast-1c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c_10_71_0_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c.id
  destination_cidr_block    = "10.71.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c_10_71_32_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c.id
  destination_cidr_block    = "10.71.32.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c_10_66_0_0_16" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c.id
  destination_cidr_block    = "10.66.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c_10_67_0_0_20" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c.id
  destination_cidr_block    = "10.67.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c_10_67_64_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c.id
  destination_cidr_block    = "10.67.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools[0].id
}

resource "aws_route" "rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c_default" {
  provider = aws.ap_northeast_1

  route_table_id         = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.shared_ap_northeast_1_tools_nat_ap_northeast_1c.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_app_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_app_c.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c.id
}

resource "aws_route_table_association" "shared_ap_northeast_1_tools_db_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.shared_ap_northeast_1_tools_db_c.id
  route_table_id = aws_route_table.rtb_shared_ap_northeast_1_tools_workload_ap_northeast_1c.id
}
