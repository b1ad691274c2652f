variable "account_id" {
  description = "The account these resources are deployed into (network)."
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

variable "tgw_attachment_id_tgw_attach_analytics_nonprod_us_east_1_analytics" {
  description = "Transit gateway attachment tgw-attach/analytics-nonprod/us-east-1/analytics (output tgw_attachment_id_tgw_attach_analytics_nonprod_us_east_1_analytics of module analytics_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_analytics_prod_us_east_1_analytics" {
  description = "Transit gateway attachment tgw-attach/analytics-prod/us-east-1/analytics (output tgw_attachment_id_tgw_attach_analytics_prod_us_east_1_analytics of module analytics_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_billing_nonprod_ap_northeast_1_billing" {
  description = "Transit gateway attachment tgw-attach/billing-nonprod/ap-northeast-1/billing (output tgw_attachment_id_tgw_attach_billing_nonprod_ap_northeast_1_billing of module billing_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_billing_prod_ap_northeast_1_billing" {
  description = "Transit gateway attachment tgw-attach/billing-prod/ap-northeast-1/billing (output tgw_attachment_id_tgw_attach_billing_prod_ap_northeast_1_billing of module billing_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_catalog_nonprod_ap_northeast_1_catalog" {
  description = "Transit gateway attachment tgw-attach/catalog-nonprod/ap-northeast-1/catalog (output tgw_attachment_id_tgw_attach_catalog_nonprod_ap_northeast_1_catalog of module catalog_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_catalog_prod_ap_northeast_1_catalog" {
  description = "Transit gateway attachment tgw-attach/catalog-prod/ap-northeast-1/catalog (output tgw_attachment_id_tgw_attach_catalog_prod_ap_northeast_1_catalog of module catalog_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_content_nonprod_ap_northeast_1_content" {
  description = "Transit gateway attachment tgw-attach/content-nonprod/ap-northeast-1/content (output tgw_attachment_id_tgw_attach_content_nonprod_ap_northeast_1_content of module content_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_content_prod_ap_northeast_1_content" {
  description = "Transit gateway attachment tgw-attach/content-prod/ap-northeast-1/content (output tgw_attachment_id_tgw_attach_content_prod_ap_northeast_1_content of module content_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_fraud_nonprod_us_east_1_fraud" {
  description = "Transit gateway attachment tgw-attach/fraud-nonprod/us-east-1/fraud (output tgw_attachment_id_tgw_attach_fraud_nonprod_us_east_1_fraud of module fraud_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud" {
  description = "Transit gateway attachment tgw-attach/fraud-prod/us-east-1/fraud (output tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud of module fraud_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_identity_nonprod_eu_west_1_identity" {
  description = "Transit gateway attachment tgw-attach/identity-nonprod/eu-west-1/identity (output tgw_attachment_id_tgw_attach_identity_nonprod_eu_west_1_identity of module identity_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_identity_prod_ap_northeast_1_identity_dr" {
  description = "Transit gateway attachment tgw-attach/identity-prod/ap-northeast-1/identity-dr (output tgw_attachment_id_tgw_attach_identity_prod_ap_northeast_1_identity_dr of module identity_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_identity_prod_eu_west_1_identity" {
  description = "Transit gateway attachment tgw-attach/identity-prod/eu-west-1/identity (output tgw_attachment_id_tgw_attach_identity_prod_eu_west_1_identity of module identity_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_inventory_nonprod_eu_west_1_inventory" {
  description = "Transit gateway attachment tgw-attach/inventory-nonprod/eu-west-1/inventory (output tgw_attachment_id_tgw_attach_inventory_nonprod_eu_west_1_inventory of module inventory_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_inventory_prod_eu_west_1_inventory" {
  description = "Transit gateway attachment tgw-attach/inventory-prod/eu-west-1/inventory (output tgw_attachment_id_tgw_attach_inventory_prod_eu_west_1_inventory of module inventory_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty" {
  description = "Transit gateway attachment tgw-attach/loyalty-nonprod/ap-northeast-1/loyalty (output tgw_attachment_id_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty of module loyalty_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_loyalty_prod_ap_northeast_1_loyalty" {
  description = "Transit gateway attachment tgw-attach/loyalty-prod/ap-northeast-1/loyalty (output tgw_attachment_id_tgw_attach_loyalty_prod_ap_northeast_1_loyalty of module loyalty_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_media_nonprod_us_east_1_media" {
  description = "Transit gateway attachment tgw-attach/media-nonprod/us-east-1/media (output tgw_attachment_id_tgw_attach_media_nonprod_us_east_1_media of module media_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_media_prod_us_east_1_media" {
  description = "Transit gateway attachment tgw-attach/media-prod/us-east-1/media (output tgw_attachment_id_tgw_attach_media_prod_us_east_1_media of module media_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api" {
  description = "Transit gateway attachment tgw-attach/mobile-api-nonprod/eu-west-1/mobile-api (output tgw_attachment_id_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api of module mobile_api_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_mobile_api_prod_eu_west_1_mobile_api" {
  description = "Transit gateway attachment tgw-attach/mobile-api-prod/eu-west-1/mobile-api (output tgw_attachment_id_tgw_attach_mobile_api_prod_eu_west_1_mobile_api of module mobile_api_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_notifications_nonprod_us_east_1_notifications" {
  description = "Transit gateway attachment tgw-attach/notifications-nonprod/us-east-1/notifications (output tgw_attachment_id_tgw_attach_notifications_nonprod_us_east_1_notifications of module notifications_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_notifications_prod_us_east_1_notifications" {
  description = "Transit gateway attachment tgw-attach/notifications-prod/us-east-1/notifications (output tgw_attachment_id_tgw_attach_notifications_prod_us_east_1_notifications of module notifications_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_orders_nonprod_eu_west_1_orders" {
  description = "Transit gateway attachment tgw-attach/orders-nonprod/eu-west-1/orders (output tgw_attachment_id_tgw_attach_orders_nonprod_eu_west_1_orders of module orders_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_orders_prod_eu_west_1_orders" {
  description = "Transit gateway attachment tgw-attach/orders-prod/eu-west-1/orders (output tgw_attachment_id_tgw_attach_orders_prod_eu_west_1_orders of module orders_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api" {
  description = "Transit gateway attachment tgw-attach/partner-api-nonprod/ap-northeast-1/partner-api (output tgw_attachment_id_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api of module partner_api_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_partner_api_prod_ap_northeast_1_partner_api" {
  description = "Transit gateway attachment tgw-attach/partner-api-prod/ap-northeast-1/partner-api (output tgw_attachment_id_tgw_attach_partner_api_prod_ap_northeast_1_partner_api of module partner_api_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_partner_api_prod_us_east_1_partner_api_dr" {
  description = "Transit gateway attachment tgw-attach/partner-api-prod/us-east-1/partner-api-dr (output tgw_attachment_id_tgw_attach_partner_api_prod_us_east_1_partner_api_dr of module partner_api_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_payments_nonprod_us_east_1_payments" {
  description = "Transit gateway attachment tgw-attach/payments-nonprod/us-east-1/payments (output tgw_attachment_id_tgw_attach_payments_nonprod_us_east_1_payments of module payments_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_payments_prod_eu_west_1_payments_dr" {
  description = "Transit gateway attachment tgw-attach/payments-prod/eu-west-1/payments-dr (output tgw_attachment_id_tgw_attach_payments_prod_eu_west_1_payments_dr of module payments_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments" {
  description = "Transit gateway attachment tgw-attach/payments-prod/us-east-1/payments (output tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments of module payments_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_pricing_nonprod_us_east_1_pricing" {
  description = "Transit gateway attachment tgw-attach/pricing-nonprod/us-east-1/pricing (output tgw_attachment_id_tgw_attach_pricing_nonprod_us_east_1_pricing of module pricing_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_pricing_prod_eu_west_1_pricing_dr" {
  description = "Transit gateway attachment tgw-attach/pricing-prod/eu-west-1/pricing-dr (output tgw_attachment_id_tgw_attach_pricing_prod_eu_west_1_pricing_dr of module pricing_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_pricing_prod_us_east_1_pricing" {
  description = "Transit gateway attachment tgw-attach/pricing-prod/us-east-1/pricing (output tgw_attachment_id_tgw_attach_pricing_prod_us_east_1_pricing of module pricing_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_reporting_nonprod_eu_west_1_reporting" {
  description = "Transit gateway attachment tgw-attach/reporting-nonprod/eu-west-1/reporting (output tgw_attachment_id_tgw_attach_reporting_nonprod_eu_west_1_reporting of module reporting_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr" {
  description = "Transit gateway attachment tgw-attach/reporting-prod/ap-northeast-1/reporting-dr (output tgw_attachment_id_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr of module reporting_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_reporting_prod_eu_west_1_reporting" {
  description = "Transit gateway attachment tgw-attach/reporting-prod/eu-west-1/reporting (output tgw_attachment_id_tgw_attach_reporting_prod_eu_west_1_reporting of module reporting_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_reviews_nonprod_eu_west_1_reviews" {
  description = "Transit gateway attachment tgw-attach/reviews-nonprod/eu-west-1/reviews (output tgw_attachment_id_tgw_attach_reviews_nonprod_eu_west_1_reviews of module reviews_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_reviews_prod_eu_west_1_reviews" {
  description = "Transit gateway attachment tgw-attach/reviews-prod/eu-west-1/reviews (output tgw_attachment_id_tgw_attach_reviews_prod_eu_west_1_reviews of module reviews_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_search_nonprod_us_east_1_search" {
  description = "Transit gateway attachment tgw-attach/search-nonprod/us-east-1/search (output tgw_attachment_id_tgw_attach_search_nonprod_us_east_1_search of module search_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_search_prod_us_east_1_search" {
  description = "Transit gateway attachment tgw-attach/search-prod/us-east-1/search (output tgw_attachment_id_tgw_attach_search_prod_us_east_1_search of module search_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners" {
  description = "Transit gateway attachment tgw-attach/security-tooling/us-east-1/scanners (output tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners of module security_tooling; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools" {
  description = "Transit gateway attachment tgw-attach/shared-services/ap-northeast-1/tools (output tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools of module shared_services; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools" {
  description = "Transit gateway attachment tgw-attach/shared-services/eu-west-1/tools (output tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools of module shared_services; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools" {
  description = "Transit gateway attachment tgw-attach/shared-services/us-east-1/tools (output tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools of module shared_services; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_shipping_nonprod_ap_northeast_1_shipping" {
  description = "Transit gateway attachment tgw-attach/shipping-nonprod/ap-northeast-1/shipping (output tgw_attachment_id_tgw_attach_shipping_nonprod_ap_northeast_1_shipping of module shipping_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_shipping_prod_ap_northeast_1_shipping" {
  description = "Transit gateway attachment tgw-attach/shipping-prod/ap-northeast-1/shipping (output tgw_attachment_id_tgw_attach_shipping_prod_ap_northeast_1_shipping of module shipping_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_support_nonprod_eu_west_1_support" {
  description = "Transit gateway attachment tgw-attach/support-nonprod/eu-west-1/support (output tgw_attachment_id_tgw_attach_support_nonprod_eu_west_1_support of module support_nonprod; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_support_prod_eu_west_1_support" {
  description = "Transit gateway attachment tgw-attach/support-prod/eu-west-1/support (output tgw_attachment_id_tgw_attach_support_prod_eu_west_1_support of module support_prod; what needs it is created once it is set)."
  type        = string
  default     = null
}
