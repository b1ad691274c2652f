variable "account_id" {
  description = "The account these resources are deployed into (network)."
  type        = string
  default     = "100000000001"

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

variable "vpc_id_prod_us_east_1_app" {
  description = "VPC prod/us-east-1/app (output vpc_id_prod_us_east_1_app of module prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_id_stg_us_east_1_app" {
  description = "VPC stg/us-east-1/app (output vpc_id_stg_us_east_1_app of module stg; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress" {
  description = "Peering pcx/dev/us-east-1/app|network/us-east-1/egress requested by dev/us-east-1/app (output vpc_peering_connection_id_pcx_dev_us_east_1_app_network_us_east_1_egress of module dev; what needs it is created once it is set)."
  type        = string
  default     = null
}
