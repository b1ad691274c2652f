resource "aws_vpc_peering_connection" "pcx_erp_prod_ap_northeast_1_erp_erp_prod_ap_northeast_1_legacy_web" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_id      = aws_vpc.erp_prod_ap_northeast_1_erp.id
  peer_vpc_id = var.vpc_id_erp_prod_ap_northeast_1_legacy_web
  auto_accept = true

  tags = {
    Name           = "erp-prod/ap-northeast-1/erp to erp-prod/ap-northeast-1/legacy-web"
    "vpcplan:id"   = "pcx/erp-prod/ap-northeast-1/erp|erp-prod/ap-northeast-1/legacy-web"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_peering_connection" "pcx_erp_prod_ap_northeast_1_erp_network_ap_northeast_1_dx_edge" {
  count    = var.vpc_id_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_id        = aws_vpc.erp_prod_ap_northeast_1_erp.id
  peer_vpc_id   = var.vpc_id_network_ap_northeast_1_dx_edge
  peer_owner_id = "400000000001"

  tags = {
    Name           = "erp-prod/ap-northeast-1/erp to network/ap-northeast-1/dx-edge"
    "vpcplan:id"   = "pcx/erp-prod/ap-northeast-1/erp|network/ap-northeast-1/dx-edge"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_peering_connection" "pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_id        = aws_vpc.erp_prod_ap_northeast_1_erp.id
  peer_vpc_id   = var.vpc_id_shared_ap_northeast_1_tools
  peer_owner_id = "400000000002"

  tags = {
    Name           = "erp-prod/ap-northeast-1/erp to shared/ap-northeast-1/tools"
    "vpcplan:id"   = "pcx/erp-prod/ap-northeast-1/erp|shared/ap-northeast-1/tools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_peering_connection" "pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge" {
  count    = var.vpc_id_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.us_west_2

  vpc_id        = aws_vpc.erp_prod_us_west_2_erp_dr.id
  peer_vpc_id   = var.vpc_id_network_ap_northeast_1_dx_edge
  peer_owner_id = "400000000001"
  peer_region   = "ap-northeast-1"

  tags = {
    Name           = "erp-prod/us-west-2/erp-dr to network/ap-northeast-1/dx-edge"
    "vpcplan:id"   = "pcx/erp-prod/us-west-2/erp-dr|network/ap-northeast-1/dx-edge"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_peering_connection" "pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.us_west_2

  vpc_id        = aws_vpc.erp_prod_us_west_2_erp_dr.id
  peer_vpc_id   = var.vpc_id_shared_ap_northeast_1_tools
  peer_owner_id = "400000000002"
  peer_region   = "ap-northeast-1"

  tags = {
    Name           = "erp-prod/us-west-2/erp-dr to shared/ap-northeast-1/tools"
    "vpcplan:id"   = "pcx/erp-prod/us-west-2/erp-dr|shared/ap-northeast-1/tools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}
