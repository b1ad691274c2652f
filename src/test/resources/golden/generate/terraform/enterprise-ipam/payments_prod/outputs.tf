output "subnet_ids_payments_prod_eu_west_1_payments_dr" {
  description = "Subnet ids of payments-prod/eu-west-1/payments-dr by subnet name."
  value = {
    "public-a"     = aws_subnet.payments_prod_eu_west_1_payments_dr_public_a.id
    "public-b"     = aws_subnet.payments_prod_eu_west_1_payments_dr_public_b.id
    "public-c"     = aws_subnet.payments_prod_eu_west_1_payments_dr_public_c.id
    "app-a"        = aws_subnet.payments_prod_eu_west_1_payments_dr_app_a.id
    "app-b"        = aws_subnet.payments_prod_eu_west_1_payments_dr_app_b.id
    "app-c"        = aws_subnet.payments_prod_eu_west_1_payments_dr_app_c.id
    "data-a"       = aws_subnet.payments_prod_eu_west_1_payments_dr_data_a.id
    "data-b"       = aws_subnet.payments_prod_eu_west_1_payments_dr_data_b.id
    "data-c"       = aws_subnet.payments_prod_eu_west_1_payments_dr_data_c.id
    "tgw-attach-a" = aws_subnet.payments_prod_eu_west_1_payments_dr_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.payments_prod_eu_west_1_payments_dr_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.payments_prod_eu_west_1_payments_dr_tgw_attach_c.id
  }
}

output "subnet_ids_payments_prod_us_east_1_payments" {
  description = "Subnet ids of payments-prod/us-east-1/payments by subnet name."
  value = {
    "public-a"     = aws_subnet.payments_prod_us_east_1_payments_public_a.id
    "public-b"     = aws_subnet.payments_prod_us_east_1_payments_public_b.id
    "public-c"     = aws_subnet.payments_prod_us_east_1_payments_public_c.id
    "app-a"        = aws_subnet.payments_prod_us_east_1_payments_app_a.id
    "app-b"        = aws_subnet.payments_prod_us_east_1_payments_app_b.id
    "app-c"        = aws_subnet.payments_prod_us_east_1_payments_app_c.id
    "data-a"       = aws_subnet.payments_prod_us_east_1_payments_data_a.id
    "data-b"       = aws_subnet.payments_prod_us_east_1_payments_data_b.id
    "data-c"       = aws_subnet.payments_prod_us_east_1_payments_data_c.id
    "tgw-attach-a" = aws_subnet.payments_prod_us_east_1_payments_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.payments_prod_us_east_1_payments_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.payments_prod_us_east_1_payments_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_payments_prod_eu_west_1_payments_dr" {
  description = "Attachment of payments-prod/eu-west-1/payments-dr to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_eu_west_1_payments_dr[*].id)
}

output "tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments" {
  description = "Attachment of payments-prod/us-east-1/payments to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_payments_prod_us_east_1_payments[*].id)
}

output "vpc_id_payments_prod_eu_west_1_payments_dr" {
  description = "VPC payments-prod/eu-west-1/payments-dr."
  value       = aws_vpc.payments_prod_eu_west_1_payments_dr.id
}

output "vpc_id_payments_prod_us_east_1_payments" {
  description = "VPC payments-prod/us-east-1/payments."
  value       = aws_vpc.payments_prod_us_east_1_payments.id
}
