resource "aws_vpc_peering_connection_accepter" "pcx_dev_us_east_1_app_network_us_east_1_egress" {
  count    = var.vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress
  auto_accept               = true

  tags = {
    Name           = "dev/us-east-1/app to network/us-east-1/egress"
    "vpcplan:id"   = "pcx/dev/us-east-1/app|network/us-east-1/egress"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_vpc_peering_connection" "pcx_network_us_east_1_egress_prod_us_east_1_app" {
  count    = var.vpc_id_prod_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.network_us_east_1_egress.id
  peer_vpc_id   = var.vpc_id_prod_us_east_1_app
  peer_owner_id = "100000000004"

  tags = {
    Name           = "network/us-east-1/egress to prod/us-east-1/app"
    "vpcplan:id"   = "pcx/network/us-east-1/egress|prod/us-east-1/app"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_vpc_peering_connection" "pcx_network_us_east_1_egress_stg_us_east_1_app" {
  count    = var.vpc_id_stg_us_east_1_app == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.network_us_east_1_egress.id
  peer_vpc_id   = var.vpc_id_stg_us_east_1_app
  peer_owner_id = "100000000003"

  tags = {
    Name           = "network/us-east-1/egress to stg/us-east-1/app"
    "vpcplan:id"   = "pcx/network/us-east-1/egress|stg/us-east-1/app"
    "vpcplan:plan" = "startup"
  }
}
