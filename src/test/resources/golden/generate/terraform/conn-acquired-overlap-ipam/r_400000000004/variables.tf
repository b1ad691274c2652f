variable "account_id" {
  description = "The account these resources are deployed into (400000000004)."
  type        = string
  default     = "400000000004"

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

variable "endpoint_service_name_vpce_svc_500000000001_us_east_1_acquired_app_billing_api" {
  description = "Service name of billing-api (output endpoint_service_name_vpce_svc_500000000001_us_east_1_acquired_app_billing_api of module r_500000000001; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "subnet_ids_vpce_400000000004_us_east_1_legacy_core_billing_api" {
  description = "Subnets of 400000000004/us-east-1/legacy-core for the endpoint to billing-api, one in each of [us-east-1a, us-east-1b, us-east-1c] (set by hand; what needs it is created once it is set)."
  type        = list(string)
  default     = null
}

variable "vpc_id_r_400000000004_us_east_1_legacy_core" {
  description = "VPC 400000000004/us-east-1/legacy-core (set by hand; what needs it is created once it is set)."
  type        = string
  default     = null
}
