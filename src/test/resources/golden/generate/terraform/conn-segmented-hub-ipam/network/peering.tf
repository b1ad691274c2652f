resource "aws_vpc_peering_connection" "pcx_network_us_east_1_dns_prod_us_east_1_web" {
  count    = var.vpc_id_prod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.network_us_east_1_dns.id
  peer_vpc_id   = var.vpc_id_prod_us_east_1_web
  peer_owner_id = "600000000002"

  tags = {
    Name           = "network/us-east-1/dns to prod/us-east-1/web"
    "vpcplan:id"   = "pcx/network/us-east-1/dns|prod/us-east-1/web"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}
