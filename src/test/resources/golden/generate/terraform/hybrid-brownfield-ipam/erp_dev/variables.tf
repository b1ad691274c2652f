variable "account_id" {
  description = "The account these resources are deployed into (erp-dev)."
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

variable "ipam_pool_id_aws_ap_northeast_1_nonprod" {
  description = "IPAM pool aws/ap-northeast-1/nonprod (output ipam_pool_id_aws_ap_northeast_1_nonprod of module network; required: apply that module first)."
  type        = string
}

variable "vpc_id_shared_ap_northeast_1_tools" {
  description = "VPC shared/ap-northeast-1/tools (output vpc_id_shared_ap_northeast_1_tools of module shared; what needs it is created once it is set)."
  type        = string
  default     = null
}
