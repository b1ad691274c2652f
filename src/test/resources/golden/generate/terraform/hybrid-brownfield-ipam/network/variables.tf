variable "account_id" {
  description = "The account these resources are deployed into (network)."
  type        = string
  default     = "400000000001"

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

variable "vpc_id_erp_prod_ap_northeast_1_legacy_web" {
  description = "VPC erp-prod/ap-northeast-1/legacy-web (set by hand; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_network_ap_northeast_1_dx_edge" {
  description = "Peering pcx/erp-prod/ap-northeast-1/erp|network/ap-northeast-1/dx-edge requested by erp-prod/ap-northeast-1/erp (output vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_network_ap_northeast_1_dx_edge of module erp_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge" {
  description = "Peering pcx/erp-prod/us-west-2/erp-dr|network/ap-northeast-1/dx-edge requested by erp-prod/us-west-2/erp-dr (output vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_network_ap_northeast_1_dx_edge of module erp_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}
