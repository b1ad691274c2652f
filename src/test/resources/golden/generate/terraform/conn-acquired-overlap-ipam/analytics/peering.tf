resource "aws_vpc_peering_connection" "pcx_analytics_us_east_1_reporting_platform_us_east_1_tools" {
  count    = var.vpc_id_platform_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.analytics_us_east_1_reporting.id
  peer_vpc_id   = var.vpc_id_platform_us_east_1_tools
  peer_owner_id = "400000000003"

  tags = {
    Name           = "analytics/us-east-1/reporting to platform/us-east-1/tools"
    "vpcplan:id"   = "pcx/analytics/us-east-1/reporting|platform/us-east-1/tools"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}
