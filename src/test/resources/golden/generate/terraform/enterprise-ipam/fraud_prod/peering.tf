resource "aws_vpc_peering_connection" "pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments" {
  count    = var.vpc_id_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.fraud_prod_us_east_1_fraud.id
  peer_vpc_id   = var.vpc_id_payments_prod_us_east_1_payments
  peer_owner_id = "200000000011"

  tags = {
    Name           = "fraud-prod/us-east-1/fraud to payments-prod/us-east-1/payments"
    "vpcplan:id"   = "pcx/fraud-prod/us-east-1/fraud|payments-prod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}
