variable "account_id" {
  description = "The account these resources are deployed into (shared)."
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

variable "ipam_pool_id_aws_ap_northeast_1_shared" {
  description = "IPAM pool aws/ap-northeast-1/shared (output ipam_pool_id_aws_ap_northeast_1_shared of module network; required: apply that module first)."
  type        = string
}

variable "vpc_id_erp_prod_ap_northeast_1_legacy_web" {
  description = "VPC erp-prod/ap-northeast-1/legacy-web (set by hand; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools" {
  description = "Peering pcx/erp-dev/ap-northeast-1/erp|shared/ap-northeast-1/tools requested by erp-dev/ap-northeast-1/erp (output vpc_peering_connection_id_pcx_erp_dev_ap_northeast_1_erp_shared_ap_northeast_1_tools of module erp_dev; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools" {
  description = "Peering pcx/erp-prod/ap-northeast-1/erp|shared/ap-northeast-1/tools requested by erp-prod/ap-northeast-1/erp (output vpc_peering_connection_id_pcx_erp_prod_ap_northeast_1_erp_shared_ap_northeast_1_tools of module erp_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools" {
  description = "Peering pcx/erp-prod/us-west-2/erp-dr|shared/ap-northeast-1/tools requested by erp-prod/us-west-2/erp-dr (output vpc_peering_connection_id_pcx_erp_prod_us_west_2_erp_dr_shared_ap_northeast_1_tools of module erp_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}
