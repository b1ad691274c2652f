output "subnet_ids_fraud_prod_us_east_1_fraud" {
  description = "Subnet ids of fraud-prod/us-east-1/fraud by subnet name."
  value = {
    "app-a"        = aws_subnet.fraud_prod_us_east_1_fraud_app_a.id
    "app-b"        = aws_subnet.fraud_prod_us_east_1_fraud_app_b.id
    "app-c"        = aws_subnet.fraud_prod_us_east_1_fraud_app_c.id
    "data-a"       = aws_subnet.fraud_prod_us_east_1_fraud_data_a.id
    "data-b"       = aws_subnet.fraud_prod_us_east_1_fraud_data_b.id
    "data-c"       = aws_subnet.fraud_prod_us_east_1_fraud_data_c.id
    "tgw-attach-a" = aws_subnet.fraud_prod_us_east_1_fraud_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.fraud_prod_us_east_1_fraud_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.fraud_prod_us_east_1_fraud_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud" {
  description = "Attachment of fraud-prod/us-east-1/fraud to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_fraud_prod_us_east_1_fraud[*].id)
}

output "vpc_id_fraud_prod_us_east_1_fraud" {
  description = "VPC fraud-prod/us-east-1/fraud."
  value       = aws_vpc.fraud_prod_us_east_1_fraud.id
}

output "vpc_peering_connection_id_pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments" {
  description = "Peering fraud-prod/us-east-1/fraud to payments-prod/us-east-1/payments: payments-prod accepts it."
  value       = one(aws_vpc_peering_connection.pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments[*].id)
}
