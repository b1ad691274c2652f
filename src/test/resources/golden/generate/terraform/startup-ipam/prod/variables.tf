variable "account_id" {
  description = "The account these resources are deployed into (prod)."
  type        = string
  default     = "100000000004"

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

variable "vpc_peering_connection_id_pcx_network_us_east_1_egress_prod_us_east_1_app" {
  description = "Peering pcx/network/us-east-1/egress|prod/us-east-1/app requested by network/us-east-1/egress (output vpc_peering_connection_id_pcx_network_us_east_1_egress_prod_us_east_1_app of module network; what needs it is created once it is set)."
  type        = string
  default     = null
}
