variable "account_id" {
  description = "The account these resources are deployed into (payments-prod)."
  type        = string
  default     = "200000000011"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be 12 digits."
  }
}

variable "role_name" {
  description = "The IAM role assumed in the account (AWSControlTowerExecution under Control Tower)."
  type        = string
  default     = "OrganizationAccountAccessRole"
}

variable "ipam_pool_id_aws_10_eu_west_1_prod" {
  description = "IPAM pool aws-10/eu-west-1/prod (output ipam_pool_id_aws_10_eu_west_1_prod of module network; required: apply that module first)."
  type        = string
}

variable "ipam_pool_id_aws_10_us_east_1_prod" {
  description = "IPAM pool aws-10/us-east-1/prod (output ipam_pool_id_aws_10_us_east_1_prod of module network; required: apply that module first)."
  type        = string
}

variable "transit_gateway_id_tgw_eu_west_1" {
  description = "Transit gateway hub-eu-west-1 (shared through RAM) (output transit_gateway_id_tgw_eu_west_1 of module network; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "transit_gateway_id_tgw_us_east_1" {
  description = "Transit gateway hub-us-east-1 (shared through RAM) (output transit_gateway_id_tgw_us_east_1 of module network; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments" {
  description = "Peering pcx/fraud-prod/us-east-1/fraud|payments-prod/us-east-1/payments requested by fraud-prod/us-east-1/fraud (output vpc_peering_connection_id_pcx_fraud_prod_us_east_1_fraud_payments_prod_us_east_1_payments of module fraud_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments" {
  description = "Peering pcx/orders-prod/eu-west-1/orders|payments-prod/us-east-1/payments requested by orders-prod/eu-west-1/orders (output vpc_peering_connection_id_pcx_orders_prod_eu_west_1_orders_payments_prod_us_east_1_payments of module orders_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}
