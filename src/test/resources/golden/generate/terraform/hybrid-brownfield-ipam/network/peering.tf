resource "aws_vpc_peering_connection_accepter" "pcx_erp_prod_ap_northeast_1_erp_network_ap_northeast_1_dx_edge" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_network_ap_northeast_1_dx_edge
  auto_accept               = true

  tags = {
    Name           = "erp-prod/ap-northeast-1/erp to network/ap-northeast-1/dx-edge"
    "vpcplan:id"   = "pcx/erp-prod/ap-northeast-1/erp|network/ap-northeast-1/dx-edge"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_peering_connection" "pcx_erp_prod_ap_northeast_1_legacy_web_network_ap_northeast_1_dx_edge" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_id        = aws_vpc.network_ap_northeast_1_dx_edge.id
  peer_vpc_id   = var.vpc_id_erp_prod_ap_northeast_1_legacy_web
  peer_owner_id = "400000000003"

  tags = {
    Name           = "network/ap-northeast-1/dx-edge to erp-prod/ap-northeast-1/legacy-web"
    "vpcplan:id"   = "pcx/erp-prod/ap-northeast-1/legacy-web|network/ap-northeast-1/dx-edge"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge
  auto_accept               = true

  tags = {
    Name           = "erp-prod/us-west-2/erp-dr to network/ap-northeast-1/dx-edge"
    "vpcplan:id"   = "pcx/erp-prod/us-west-2/erp-dr|network/ap-northeast-1/dx-edge"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}
