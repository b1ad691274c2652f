variable "account_id" {
  description = "The account these resources are deployed into (network)."
  type        = string
  default     = "700000000001"

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

variable "tgw_attachment_id_tgw_attach_nonprod_eu_west_1_web" {
  description = "Transit gateway attachment tgw-attach/nonprod/eu-west-1/web (output tgw_attachment_id_tgw_attach_nonprod_eu_west_1_web of module nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_nonprod_us_east_1_web" {
  description = "Transit gateway attachment tgw-attach/nonprod/us-east-1/web (output tgw_attachment_id_tgw_attach_nonprod_us_east_1_web of module nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_prod_eu_west_1_web" {
  description = "Transit gateway attachment tgw-attach/prod/eu-west-1/web (output tgw_attachment_id_tgw_attach_prod_eu_west_1_web of module prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_prod_us_east_1_payments" {
  description = "Transit gateway attachment tgw-attach/prod/us-east-1/payments (output tgw_attachment_id_tgw_attach_prod_us_east_1_payments of module prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_prod_us_east_1_web" {
  description = "Transit gateway attachment tgw-attach/prod/us-east-1/web (output tgw_attachment_id_tgw_attach_prod_us_east_1_web of module prod; what needs it is created once it is set)."
  type        = string
  default     = null
}
