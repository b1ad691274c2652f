variable "account_id" {
  description = "The account these resources are deployed into (erp-prod)."
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

variable "ipam_pool_id_aws_ap_northeast_1_prod" {
  description = "IPAM pool aws/ap-northeast-1/prod (output ipam_pool_id_aws_ap_northeast_1_prod of module network; required: apply that module first)."
  type        = string
}

variable "ipam_pool_id_aws_us_west_2_prod" {
  description = "IPAM pool aws/us-west-2/prod (output ipam_pool_id_aws_us_west_2_prod of module network; required: apply that module first)."
  type        = string
}

variable "vpc_id_erp_prod_ap_northeast_1_legacy_web" {
  description = "VPC erp-prod/ap-northeast-1/legacy-web (set by hand; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_id_network_ap_northeast_1_dx_edge" {
  description = "VPC network/ap-northeast-1/dx-edge (output vpc_id_network_ap_northeast_1_dx_edge of module network; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_id_shared_ap_northeast_1_tools" {
  description = "VPC shared/ap-northeast-1/tools (output vpc_id_shared_ap_northeast_1_tools of module shared; what needs it is created once it is set)."
  type        = string
  default     = null
}
