resource "aws_vpc_peering_connection_accepter" "pcx_network_us_east_1_egress_stg_us_east_1_app" {
  count    = var.vpc_peering_connection_id_pcx_network_us_east_1_egress_stg_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_network_us_east_1_egress_stg_us_east_1_app
  auto_accept               = true

  tags = {
    Name           = "network/us-east-1/egress to stg/us-east-1/app"
    "vpcplan:id"   = "pcx/network/us-east-1/egress|stg/us-east-1/app"
    "vpcplan:plan" = "startup"
  }
}
