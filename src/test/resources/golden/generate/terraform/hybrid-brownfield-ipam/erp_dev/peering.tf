resource "aws_vpc_peering_connection" "pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools" {
  count    = var.vpc_id_shared_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  vpc_id        = aws_vpc.erp_dev_ap_northeast_1_erp.id
  peer_vpc_id   = var.vpc_id_shared_ap_northeast_1_tools
  peer_owner_id = "400000000002"

  tags = {
    Name           = "erp-dev/ap-northeast-1/erp to shared/ap-northeast-1/tools"
    "vpcplan:id"   = "pcx/erp-dev/ap-northeast-1/erp|shared/ap-northeast-1/tools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}
