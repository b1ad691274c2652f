output "subnet_ids_orders_prod_eu_west_1_orders" {
  description = "Subnet ids of orders-prod/eu-west-1/orders by subnet name."
  value = {
    "app-a"        = aws_subnet.orders_prod_eu_west_1_orders_app_a.id
    "app-b"        = aws_subnet.orders_prod_eu_west_1_orders_app_b.id
    "app-c"        = aws_subnet.orders_prod_eu_west_1_orders_app_c.id
    "data-a"       = aws_subnet.orders_prod_eu_west_1_orders_data_a.id
    "data-b"       = aws_subnet.orders_prod_eu_west_1_orders_data_b.id
    "data-c"       = aws_subnet.orders_prod_eu_west_1_orders_data_c.id
    "tgw-attach-a" = aws_subnet.orders_prod_eu_west_1_orders_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.orders_prod_eu_west_1_orders_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.orders_prod_eu_west_1_orders_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_orders_prod_eu_west_1_orders" {
  description = "Attachment of orders-prod/eu-west-1/orders to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_orders_prod_eu_west_1_orders[*].id)
}

output "vpc_id_orders_prod_eu_west_1_orders" {
  description = "VPC orders-prod/eu-west-1/orders."
  value       = aws_vpc.orders_prod_eu_west_1_orders.id
}

output "vpc_peering_connection_id_pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments" {
  description = "Peering orders-prod/eu-west-1/orders to payments-prod/us-east-1/payments: payments-prod accepts it."
  value       = one(aws_vpc_peering_connection.pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments[*].id)
}
