resource "aws_vpc" "network_ap_northeast_1_dx_edge" {
  provider = aws.ap_northeast_1

  cidr_block           = "10.70.0.0/24"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "dx-edge"
    "vpcplan:id"   = "network/ap-northeast-1/dx-edge"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "network_ap_northeast_1_dx_edge_dx_transit_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_dx_edge.id
  cidr_block        = "10.70.0.0/27"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "dx-edge-dx-transit-a"
    "vpcplan:id"   = "network/ap-northeast-1/dx-edge/dx-transit-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "network_ap_northeast_1_dx_edge_dx_transit_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_dx_edge.id
  cidr_block        = "10.70.0.32/27"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "dx-edge-dx-transit-b"
    "vpcplan:id"   = "network/ap-northeast-1/dx-edge/dx-transit-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "network_ap_northeast_1_dx_edge_dx_transit_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_dx_edge.id
  cidr_block        = "10.70.0.64/27"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "dx-edge-dx-transit-c"
    "vpcplan:id"   = "network/ap-northeast-1/dx-edge/dx-transit-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "network_ap_northeast_1_dx_edge_tgw_attach_a" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_dx_edge.id
  cidr_block        = "10.70.0.96/28"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name           = "dx-edge-tgw-attach-a"
    "vpcplan:id"   = "network/ap-northeast-1/dx-edge/tgw-attach-a"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "network_ap_northeast_1_dx_edge_tgw_attach_b" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_dx_edge.id
  cidr_block        = "10.70.0.112/28"
  availability_zone = "ap-northeast-1b"

  tags = {
    Name           = "dx-edge-tgw-attach-b"
    "vpcplan:id"   = "network/ap-northeast-1/dx-edge/tgw-attach-b"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_subnet" "network_ap_northeast_1_dx_edge_tgw_attach_c" {
  provider = aws.ap_northeast_1

  vpc_id            = aws_vpc.network_ap_northeast_1_dx_edge.id
  cidr_block        = "10.70.0.128/28"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name           = "dx-edge-tgw-attach-c"
    "vpcplan:id"   = "network/ap-northeast-1/dx-edge/tgw-attach-c"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route_table" "rtb_network_ap_northeast_1_dx_edge_workload" {
  provider = aws.ap_northeast_1

  vpc_id = aws_vpc.network_ap_northeast_1_dx_edge.id

  tags = {
    Name           = "dx-edge-workload"
    "vpcplan:id"   = "rtb/network/ap-northeast-1/dx-edge/workload"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_route" "rtb_network_ap_northeast_1_dx_edge_workload_10_71_32_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
  destination_cidr_block    = "10.71.32.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_ap_northeast_1_erp_network_ap_northeast_1_dx_edge[0].id
}

resource "aws_route" "rtb_network_ap_northeast_1_dx_edge_workload_10_66_0_0_16" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
  destination_cidr_block    = "10.66.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_network_ap_northeast_1_dx_edge[0].id
}

resource "aws_route" "rtb_network_ap_northeast_1_dx_edge_workload_10_67_0_0_20" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
  destination_cidr_block    = "10.67.0.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_erp_prod_ap_northeast_1_legacy_web_network_ap_northeast_1_dx_edge[0].id
}

resource "aws_route" "rtb_network_ap_northeast_1_dx_edge_workload_10_67_64_0_20" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.ap_northeast_1

  route_table_id            = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
  destination_cidr_block    = "10.67.64.0/20"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge[0].id
}

resource "aws_route_table_association" "network_ap_northeast_1_dx_edge_dx_transit_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_dx_edge_dx_transit_a.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
}

resource "aws_route_table_association" "network_ap_northeast_1_dx_edge_dx_transit_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_dx_edge_dx_transit_b.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
}

resource "aws_route_table_association" "network_ap_northeast_1_dx_edge_dx_transit_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_dx_edge_dx_transit_c.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
}

resource "aws_route_table_association" "network_ap_northeast_1_dx_edge_tgw_attach_a" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_dx_edge_tgw_attach_a.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
}

resource "aws_route_table_association" "network_ap_northeast_1_dx_edge_tgw_attach_b" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_dx_edge_tgw_attach_b.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
}

resource "aws_route_table_association" "network_ap_northeast_1_dx_edge_tgw_attach_c" {
  provider = aws.ap_northeast_1

  subnet_id      = aws_subnet.network_ap_northeast_1_dx_edge_tgw_attach_c.id
  route_table_id = aws_route_table.rtb_network_ap_northeast_1_dx_edge_workload.id
}
