output "endpoint_service_id_vpce_svc_500000000001_us_east_1_acquired_app_billing_api" {
  description = "Endpoint service billing-api: accept the consumer's connection request to it."
  value       = one(aws_vpc_endpoint_service.vpce_svc_500000000001_us_east_1_acquired_app_billing_api[*].id)
}

output "endpoint_service_name_vpce_svc_500000000001_us_east_1_acquired_app_billing_api" {
  description = "Service name of billing-api (for the consumer's endpoint)."
  value       = one(aws_vpc_endpoint_service.vpce_svc_500000000001_us_east_1_acquired_app_billing_api[*].service_name)
}
