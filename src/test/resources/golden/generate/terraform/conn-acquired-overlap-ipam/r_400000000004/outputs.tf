output "vpc_endpoint_id_vpce_400000000004_us_east_1_legacy_core_billing_api" {
  description = "Interface endpoint to billing-api (the provider accepts its connection request)."
  value       = one(aws_vpc_endpoint.vpce_400000000004_us_east_1_legacy_core_billing_api[*].id)
}
