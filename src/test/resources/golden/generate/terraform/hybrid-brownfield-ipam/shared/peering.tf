resource "aws_vpc_peering_connection_accepter" "pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools" {
  count    = var.vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools
  auto_accept               = true

  tags = {
    Name           = "erp-dev/ap-northeast-1/erp to shared/ap-northeast-1/tools"
    "vpcplan:id"   = "pcx/erp-dev/ap-northeast-1/erp|shared/ap-northeast-1/tools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools
  auto_accept               = true

  tags = {
    Name           = "erp-prod/ap-northeast-1/erp to shared/ap-northeast-1/tools"
    "vpcplan:id"   = "pcx/erp-prod/ap-northeast-1/erp|shared/ap-northeast-1/tools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_peering_connection" "pcx_erp_prod_ap_northeast_1_legacy_web_shared_ap_northeast_1_tools" {
  count    = var.vpc_id_erp_prod_ap_northeast_1_legacy_web == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_id        = aws_vpc.shared_ap_northeast_1_tools.id
  peer_vpc_id   = var.vpc_id_erp_prod_ap_northeast_1_legacy_web
  peer_owner_id = "400000000003"

  tags = {
    Name           = "shared/ap-northeast-1/tools to erp-prod/ap-northeast-1/legacy-web"
    "vpcplan:id"   = "pcx/erp-prod/ap-northeast-1/legacy-web|shared/ap-northeast-1/tools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools" {
  count    = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools
  auto_accept               = true

  tags = {
    Name           = "erp-prod/us-west-2/erp-dr to shared/ap-northeast-1/tools"
    "vpcplan:id"   = "pcx/erp-prod/us-west-2/erp-dr|shared/ap-northeast-1/tools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}
