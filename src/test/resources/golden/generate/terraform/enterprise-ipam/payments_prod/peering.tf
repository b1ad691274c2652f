resource "aws_vpc_peering_connection_accepter" "pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments" {
  count    = var.vpc_peering_connection_id_pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments
  auto_accept               = true

  tags = {
    Name           = "fraud-prod/us-east-1/fraud to payments-prod/us-east-1/payments"
    "vpcplan:id"   = "pcx/fraud-prod/us-east-1/fraud|payments-prod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments" {
  count    = var.vpc_peering_connection_id_pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments
  auto_accept               = true

  tags = {
    Name           = "orders-prod/eu-west-1/orders to payments-prod/us-east-1/payments"
    "vpcplan:id"   = "pcx/orders-prod/eu-west-1/orders|payments-prod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}
