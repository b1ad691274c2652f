resource "aws_vpc_peering_connection_accepter" "pcx_network_us_east_1_dns_prod_us_east_1_web" {
  count    = var.vpc_peering_connection_id_pcx_network_us_east_1_dns_prod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_network_us_east_1_dns_prod_us_east_1_web
  auto_accept               = true

  tags = {
    Name           = "network/us-east-1/dns to prod/us-east-1/web"
    "vpcplan:id"   = "pcx/network/us-east-1/dns|prod/us-east-1/web"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}
