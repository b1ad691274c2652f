output "subnet_ids_prod_eu_west_1_web" {
  description = "Subnet ids of prod/eu-west-1/web by subnet name."
  value = {
    "app-a"        = aws_subnet.prod_eu_west_1_web_app_a.id
    "app-b"        = aws_subnet.prod_eu_west_1_web_app_b.id
    "data-a"       = aws_subnet.prod_eu_west_1_web_data_a.id
    "data-b"       = aws_subnet.prod_eu_west_1_web_data_b.id
    "tgw-attach-a" = aws_subnet.prod_eu_west_1_web_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.prod_eu_west_1_web_tgw_attach_b.id
  }
}

output "subnet_ids_prod_us_east_1_payments" {
  description = "Subnet ids of prod/us-east-1/payments by subnet name."
  value = {
    "app-a"        = aws_subnet.prod_us_east_1_payments_app_a.id
    "app-b"        = aws_subnet.prod_us_east_1_payments_app_b.id
    "app-c"        = aws_subnet.prod_us_east_1_payments_app_c.id
    "data-a"       = aws_subnet.prod_us_east_1_payments_data_a.id
    "data-b"       = aws_subnet.prod_us_east_1_payments_data_b.id
    "data-c"       = aws_subnet.prod_us_east_1_payments_data_c.id
    "tgw-attach-a" = aws_subnet.prod_us_east_1_payments_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.prod_us_east_1_payments_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.prod_us_east_1_payments_tgw_attach_c.id
  }
}

output "subnet_ids_prod_us_east_1_web" {
  description = "Subnet ids of prod/us-east-1/web by subnet name."
  value = {
    "app-a"        = aws_subnet.prod_us_east_1_web_app_a.id
    "app-b"        = aws_subnet.prod_us_east_1_web_app_b.id
    "app-c"        = aws_subnet.prod_us_east_1_web_app_c.id
    "data-a"       = aws_subnet.prod_us_east_1_web_data_a.id
    "data-b"       = aws_subnet.prod_us_east_1_web_data_b.id
    "data-c"       = aws_subnet.prod_us_east_1_web_data_c.id
    "tgw-attach-a" = aws_subnet.prod_us_east_1_web_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.prod_us_east_1_web_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.prod_us_east_1_web_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_prod_eu_west_1_web" {
  description = "Attachment of prod/eu-west-1/web to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_prod_eu_west_1_web[*].id)
}

output "tgw_attachment_id_tgw_attach_prod_us_east_1_payments" {
  description = "Attachment of prod/us-east-1/payments to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_prod_us_east_1_payments[*].id)
}

output "tgw_attachment_id_tgw_attach_prod_us_east_1_web" {
  description = "Attachment of prod/us-east-1/web to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_prod_us_east_1_web[*].id)
}

output "vpc_id_prod_eu_west_1_web" {
  description = "VPC prod/eu-west-1/web."
  value       = aws_vpc.prod_eu_west_1_web.id
}

output "vpc_id_prod_us_east_1_payments" {
  description = "VPC prod/us-east-1/payments."
  value       = aws_vpc.prod_us_east_1_payments.id
}

output "vpc_id_prod_us_east_1_web" {
  description = "VPC prod/us-east-1/web."
  value       = aws_vpc.prod_us_east_1_web.id
}
