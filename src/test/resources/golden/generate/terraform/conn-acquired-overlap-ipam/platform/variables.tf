variable "account_id" {
  description = "The account these resources are deployed into (platform)."
  type        = string
  default     = "400000000003"

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

variable "ipam_pool_id_main_us_east_1_shared" {
  description = "IPAM pool main/us-east-1/shared (output ipam_pool_id_main_us_east_1_shared of module network; required: apply that module first)."
  type        = string
}

variable "vpc_id_r_400000000004_us_east_1_legacy_core" {
  description = "VPC 400000000004/us-east-1/legacy-core (set by hand; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_analytics_us_east_1_reporting_platform_us_east_1_tools" {
  description = "Peering pcx/analytics/us-east-1/reporting|platform/us-east-1/tools requested by analytics/us-east-1/reporting (output vpc_peering_connection_id_pcx_analytics_us_east_1_reporting_platform_us_east_1_tools of module analytics; what needs it is created once it is set)."
  type        = string
  default     = null
}
