variable "account_id" {
  description = "The account these resources are deployed into (dev)."
  type        = string
  default     = "100000000002"

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

variable "ipam_pool_id_main_us_east_1_nonprod" {
  description = "IPAM pool main/us-east-1/nonprod (output ipam_pool_id_main_us_east_1_nonprod of module network; required: apply that module first)."
  type        = string
}

variable "vpc_id_network_us_east_1_egress" {
  description = "VPC network/us-east-1/egress (output vpc_id_network_us_east_1_egress of module network; what needs it is created once it is set)."
  type        = string
  default     = null
}
