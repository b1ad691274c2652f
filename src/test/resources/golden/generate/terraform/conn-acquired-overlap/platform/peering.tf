resource "aws_vpc_peering_connection" "pcx_400000000004_us_east_1_legacy_core_platform_us_east_1_tools" {
  count    = var.vpc_id_r_400000000004_us_east_1_legacy_core == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.platform_us_east_1_tools.id
  peer_vpc_id   = var.vpc_id_r_400000000004_us_east_1_legacy_core
  peer_owner_id = "400000000004"

  tags = {
    Name           = "platform/us-east-1/tools to 400000000004/us-east-1/legacy-core"
    "vpcplan:id"   = "pcx/400000000004/us-east-1/legacy-core|platform/us-east-1/tools"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_analytics_us_east_1_reporting_platform_us_east_1_tools" {
  count    = var.vpc_peering_connection_id_pcx_analytics_us_east_1_reporting_platform_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_analytics_us_east_1_reporting_platform_us_east_1_tools
  auto_accept               = true

  tags = {
    Name           = "analytics/us-east-1/reporting to platform/us-east-1/tools"
    "vpcplan:id"   = "pcx/analytics/us-east-1/reporting|platform/us-east-1/tools"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}
