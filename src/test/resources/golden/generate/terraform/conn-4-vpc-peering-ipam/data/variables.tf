variable "account_id" {
  description = "The account these resources are deployed into (data)."
  type        = string
  default     = "200000000002"

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

variable "ipam_pool_id_main_us_east_1_team" {
  description = "IPAM pool main/us-east-1/team (output ipam_pool_id_main_us_east_1_team of module web; required: apply that module first)."
  type        = string
}

variable "vpc_id_web_us_east_1_api" {
  description = "VPC web/us-east-1/api (output vpc_id_web_us_east_1_api of module web; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_id_web_us_east_1_frontend" {
  description = "VPC web/us-east-1/frontend (output vpc_id_web_us_east_1_frontend of module web; what needs it is created once it is set)."
  type        = string
  default     = null
}
