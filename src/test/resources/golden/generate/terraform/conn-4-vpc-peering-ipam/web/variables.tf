variable "account_id" {
  description = "The account these resources are deployed into (web)."
  type        = string
  default     = "200000000001"

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

variable "vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_api" {
  description = "Peering pcx/data/us-east-1/batch|web/us-east-1/api requested by data/us-east-1/batch (output vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_api of module data; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_frontend" {
  description = "Peering pcx/data/us-east-1/batch|web/us-east-1/frontend requested by data/us-east-1/batch (output vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_frontend of module data; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_api" {
  description = "Peering pcx/data/us-east-1/db|web/us-east-1/api requested by data/us-east-1/db (output vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_api of module data; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_frontend" {
  description = "Peering pcx/data/us-east-1/db|web/us-east-1/frontend requested by data/us-east-1/db (output vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_frontend of module data; what needs it is created once it is set)."
  type        = string
  default     = null
}
