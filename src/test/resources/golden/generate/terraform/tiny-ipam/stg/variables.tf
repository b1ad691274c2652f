variable "account_id" {
  description = "The account these resources are deployed into (stg)."
  type        = string
  default     = "300000000003"

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

variable "ipam_pool_id_main_eu_central_1_default" {
  description = "IPAM pool main/eu-central-1/default (output ipam_pool_id_main_eu_central_1_default of module shared; required: apply that module first)."
  type        = string
}
