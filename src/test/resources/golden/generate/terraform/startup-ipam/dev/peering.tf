resource "aws_vpc_peering_connection" "pcx_dev_us_east_1_app_network_us_east_1_egress" {
  count    = var.vpc_id_network_us_east_1_egress == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.dev_us_east_1_app.id
  peer_vpc_id   = var.vpc_id_network_us_east_1_egress
  peer_owner_id = "100000000001"

  tags = {
    Name           = "dev/us-east-1/app to network/us-east-1/egress"
    "vpcplan:id"   = "pcx/dev/us-east-1/app|network/us-east-1/egress"
    "vpcplan:plan" = "startup"
  }
}
