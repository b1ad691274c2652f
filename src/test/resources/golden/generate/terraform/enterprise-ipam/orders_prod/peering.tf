resource "aws_vpc_peering_connection" "pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments" {
  count    = var.vpc_id_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.eu_west_1

  vpc_id        = aws_vpc.orders_prod_eu_west_1_orders.id
  peer_vpc_id   = var.vpc_id_payments_prod_us_east_1_payments
  peer_owner_id = "200000000011"
  peer_region   = "us-east-1"

  tags = {
    Name           = "orders-prod/eu-west-1/orders to payments-prod/us-east-1/payments"
    "vpcplan:id"   = "pcx/orders-prod/eu-west-1/orders|payments-prod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}
