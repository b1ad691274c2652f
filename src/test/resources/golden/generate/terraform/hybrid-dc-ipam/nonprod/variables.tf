variable "account_id" {
  description = "The account these resources are deployed into (nonprod)."
  type        = string
  default     = "700000000003"

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

variable "ipam_pool_id_main_eu_west_1_nonprod" {
  description = "IPAM pool main/eu-west-1/nonprod (output ipam_pool_id_main_eu_west_1_nonprod of module network; required: apply that module first)."
  type        = string
}

variable "ipam_pool_id_main_us_east_1_nonprod" {
  description = "IPAM pool main/us-east-1/nonprod (output ipam_pool_id_main_us_east_1_nonprod of module network; required: apply that module first)."
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
