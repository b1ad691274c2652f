variable "account_id" {
  description = "The account these resources are deployed into (analytics)."
  type        = string
  default     = "400000000002"

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

variable "ipam_pool_id_main_us_east_1_prod" {
  description = "IPAM pool main/us-east-1/prod (output ipam_pool_id_main_us_east_1_prod of module network; required: apply that module first)."
  type        = string
}

variable "vpc_id_platform_us_east_1_tools" {
  description = "VPC platform/us-east-1/tools (output vpc_id_platform_us_east_1_tools of module platform; what needs it is created once it is set)."
  type        = string
  default     = null
}
