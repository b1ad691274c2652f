variable "account_id" {
  description = "The account these resources are deployed into (team03)."
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

variable "ipam_pool_id_main_us_east_1_all" {
  description = "IPAM pool main/us-east-1/all (output ipam_pool_id_main_us_east_1_all of module team01; required: apply that module first)."
  type        = string
}

variable "vpc_id_team04_us_east_1_vpc04" {
  description = "VPC team04/us-east-1/vpc04 (output vpc_id_team04_us_east_1_vpc04 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_id_team05_us_east_1_vpc05" {
  description = "VPC team05/us-east-1/vpc05 (output vpc_id_team05_us_east_1_vpc05 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc03" {
  description = "Peering pcx/team01/us-east-1/vpc01|team03/us-east-1/vpc03 requested by team01/us-east-1/vpc01 (output vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc03 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_team02_us_east_1_vpc02_team03_us_east_1_vpc03" {
  description = "Peering pcx/team02/us-east-1/vpc02|team03/us-east-1/vpc03 requested by team02/us-east-1/vpc02 (output vpc_peering_connection_id_pcx_team02_us_east_1_vpc02_team03_us_east_1_vpc03 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}
