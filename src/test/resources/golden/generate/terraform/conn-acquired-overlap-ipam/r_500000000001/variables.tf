variable "account_id" {
  description = "The account these resources are deployed into (500000000001)."
  type        = string
  default     = "500000000001"

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

variable "nlb_arn_vpce_svc_500000000001_us_east_1_acquired_app_billing_api" {
  description = "ARN of the application's Network Load Balancer of billing-api in 500000000001/us-east-1/acquired-app, listening on TCP 443 (set by hand; what needs it is created once it is set)."
  type        = string
  default     = null
}
