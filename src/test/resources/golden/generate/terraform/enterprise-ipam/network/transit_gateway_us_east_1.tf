resource "aws_ec2_transit_gateway_peering_attachment_accepter" "tgw_attach_peering_ap_northeast_1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.tgw_attach_peering_ap_northeast_1_us_east_1.id

  tags = {
    Name           = "us-east-1-ap-northeast-1"
    "vpcplan:id"   = "tgw-attach/peering/ap-northeast-1--us-east-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "tgw_attach_peering_eu_west_1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.tgw_attach_peering_eu_west_1_us_east_1.id

  tags = {
    Name           = "us-east-1-eu-west-1"
    "vpcplan:id"   = "tgw-attach/peering/eu-west-1--us-east-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway" "tgw_us_east_1" {
  provider = aws.us_east_1

  description                     = "hub-us-east-1"
  amazon_side_asn                 = 64514
  auto_accept_shared_attachments  = "disable"
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
  dns_support                     = "enable"
  vpn_ecmp_support                = "enable"

  tags = {
    Name           = "hub-us-east-1"
    "vpcplan:id"   = "tgw-us-east-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_analytics_nonprod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_nonprod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_analytics_nonprod_us_east_1_analytics

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "analytics-nonprod-analytics"
    "vpcplan:id"   = "tgw-attach/analytics-nonprod/us-east-1/analytics"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_analytics_prod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_prod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_analytics_prod_us_east_1_analytics

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "analytics-prod-analytics"
    "vpcplan:id"   = "tgw-attach/analytics-prod/us-east-1/analytics"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_fraud_nonprod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_nonprod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_fraud_nonprod_us_east_1_fraud

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "fraud-nonprod-fraud"
    "vpcplan:id"   = "tgw-attach/fraud-nonprod/us-east-1/fraud"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_fraud_prod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "fraud-prod-fraud"
    "vpcplan:id"   = "tgw-attach/fraud-prod/us-east-1/fraud"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_media_nonprod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_nonprod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_media_nonprod_us_east_1_media

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "media-nonprod-media"
    "vpcplan:id"   = "tgw-attach/media-nonprod/us-east-1/media"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_media_prod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_prod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_media_prod_us_east_1_media

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "media-prod-media"
    "vpcplan:id"   = "tgw-attach/media-prod/us-east-1/media"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_notifications_nonprod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_nonprod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_notifications_nonprod_us_east_1_notifications

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "notifications-nonprod-notifications"
    "vpcplan:id"   = "tgw-attach/notifications-nonprod/us-east-1/notifications"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_notifications_prod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_prod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_notifications_prod_us_east_1_notifications

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "notifications-prod-notifications"
    "vpcplan:id"   = "tgw-attach/notifications-prod/us-east-1/notifications"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_partner_api_prod_us_east_1_partner_api_dr" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_us_east_1_partner_api_dr == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_partner_api_prod_us_east_1_partner_api_dr

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "partner-api-prod-partner-api-dr"
    "vpcplan:id"   = "tgw-attach/partner-api-prod/us-east-1/partner-api-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_payments_nonprod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_nonprod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_payments_nonprod_us_east_1_payments

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "payments-nonprod-payments"
    "vpcplan:id"   = "tgw-attach/payments-nonprod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_payments_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "payments-prod-payments"
    "vpcplan:id"   = "tgw-attach/payments-prod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_pricing_nonprod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_nonprod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_pricing_nonprod_us_east_1_pricing

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "pricing-nonprod-pricing"
    "vpcplan:id"   = "tgw-attach/pricing-nonprod/us-east-1/pricing"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_pricing_prod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_pricing_prod_us_east_1_pricing

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "pricing-prod-pricing"
    "vpcplan:id"   = "tgw-attach/pricing-prod/us-east-1/pricing"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_search_nonprod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_nonprod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_search_nonprod_us_east_1_search

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "search-nonprod-search"
    "vpcplan:id"   = "tgw-attach/search-nonprod/us-east-1/search"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_search_prod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_prod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_search_prod_us_east_1_search

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "search-prod-search"
    "vpcplan:id"   = "tgw-attach/search-prod/us-east-1/search"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_security_tooling_us_east_1_scanners" {
  count    = var.tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "security-tooling-scanners"
    "vpcplan:id"   = "tgw-attach/security-tooling/us-east-1/scanners"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_shared_services_us_east_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "shared-services-tools"
    "vpcplan:id"   = "tgw-attach/shared-services/us-east-1/tools"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_inspection" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-inspection"
    "vpcplan:id"   = "tgw-rtb/us-east-1/inspection"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_inspection_tgw_attach_network_us_east_1_inspection" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_analytics_nonprod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_nonprod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_analytics_nonprod_us_east_1_analytics[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_analytics_prod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_prod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_analytics_prod_us_east_1_analytics[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_fraud_nonprod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_nonprod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_fraud_nonprod_us_east_1_fraud[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_fraud_prod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_fraud_prod_us_east_1_fraud[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_media_nonprod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_nonprod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_media_nonprod_us_east_1_media[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_media_prod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_prod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_media_prod_us_east_1_media[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_network_us_east_1_egress" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_notifications_nonprod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_nonprod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_notifications_nonprod_us_east_1_notifications[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_notifications_prod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_prod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_notifications_prod_us_east_1_notifications[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_partner_api_prod_us_east_1_partner_api_dr" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_us_east_1_partner_api_dr == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_prod_us_east_1_partner_api_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_payments_nonprod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_nonprod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_nonprod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_payments_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_prod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_pricing_nonprod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_nonprod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_nonprod_us_east_1_pricing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_pricing_prod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_prod_us_east_1_pricing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_search_nonprod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_nonprod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_search_nonprod_us_east_1_search[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_search_prod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_prod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_search_prod_us_east_1_search[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_security_tooling_us_east_1_scanners" {
  count    = var.tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_security_tooling_us_east_1_scanners[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_inspection_tgw_attach_shared_services_us_east_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_us_east_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_nonprod" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-nonprod"
    "vpcplan:id"   = "tgw-rtb/us-east-1/nonprod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_nonprod_tgw_attach_analytics_nonprod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_nonprod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_analytics_nonprod_us_east_1_analytics[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_nonprod_tgw_attach_fraud_nonprod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_nonprod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_fraud_nonprod_us_east_1_fraud[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_nonprod_tgw_attach_media_nonprod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_nonprod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_media_nonprod_us_east_1_media[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_nonprod_tgw_attach_notifications_nonprod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_nonprod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_notifications_nonprod_us_east_1_notifications[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_nonprod_tgw_attach_payments_nonprod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_nonprod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_nonprod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_nonprod_tgw_attach_pricing_nonprod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_nonprod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_nonprod_us_east_1_pricing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_nonprod_tgw_attach_search_nonprod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_nonprod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_search_nonprod_us_east_1_search[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_nonprod_tgw_attach_network_us_east_1_egress" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_nonprod_tgw_attach_security_tooling_us_east_1_scanners" {
  count    = var.tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_security_tooling_us_east_1_scanners[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_nonprod_tgw_attach_shared_services_us_east_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_us_east_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_27_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_27_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_19_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_19_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_default" {
  provider = aws.us_east_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_0_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_0_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_0_160_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_0_176_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_2_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_2_128_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.128.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_2_144_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.144.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_16_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_16_128_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.128.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_18_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.18.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_24_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_24_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_24_160_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_24_176_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_26_0_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_26_64_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_26_96_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.96.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_26_112_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.112.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_peering" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-peering"
    "vpcplan:id"   = "tgw-rtb/us-east-1/peering"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_peering_tgw_attach_peering_ap_northeast_1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_peering_tgw_attach_peering_eu_west_1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_analytics_nonprod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_nonprod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_analytics_nonprod_us_east_1_analytics[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_analytics_prod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_prod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_analytics_prod_us_east_1_analytics[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_fraud_nonprod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_nonprod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_fraud_nonprod_us_east_1_fraud[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_fraud_prod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_fraud_prod_us_east_1_fraud[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_media_nonprod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_nonprod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_media_nonprod_us_east_1_media[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_media_prod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_prod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_media_prod_us_east_1_media[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_network_us_east_1_egress" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_notifications_nonprod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_nonprod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_notifications_nonprod_us_east_1_notifications[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_notifications_prod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_prod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_notifications_prod_us_east_1_notifications[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_partner_api_prod_us_east_1_partner_api_dr" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_us_east_1_partner_api_dr == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_prod_us_east_1_partner_api_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_payments_nonprod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_nonprod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_nonprod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_payments_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_prod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_pricing_nonprod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_nonprod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_nonprod_us_east_1_pricing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_pricing_prod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_prod_us_east_1_pricing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_search_nonprod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_nonprod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_search_nonprod_us_east_1_search[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_search_prod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_prod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_search_prod_us_east_1_search[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_security_tooling_us_east_1_scanners" {
  count    = var.tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_security_tooling_us_east_1_scanners[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_shared_services_us_east_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_us_east_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_prod" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-prod"
    "vpcplan:id"   = "tgw-rtb/us-east-1/prod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_prod_tgw_attach_analytics_prod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_prod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_analytics_prod_us_east_1_analytics[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_prod_tgw_attach_media_prod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_prod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_media_prod_us_east_1_media[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_prod_tgw_attach_notifications_prod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_prod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_notifications_prod_us_east_1_notifications[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_prod_tgw_attach_partner_api_prod_us_east_1_partner_api_dr" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_us_east_1_partner_api_dr == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_prod_us_east_1_partner_api_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_prod_tgw_attach_pricing_prod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_prod_us_east_1_pricing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_prod_tgw_attach_search_prod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_prod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_search_prod_us_east_1_search[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_prod_tgw_attach_network_us_east_1_egress" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_prod_tgw_attach_security_tooling_us_east_1_scanners" {
  count    = var.tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_security_tooling_us_east_1_scanners[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_prod_tgw_attach_shared_services_us_east_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_us_east_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_27_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_27_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_19_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_19_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_default" {
  provider = aws.us_east_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_0_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_0_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_0_160_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_0_176_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_2_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_2_128_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.128.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_2_144_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.144.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_16_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_16_128_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.128.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_18_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.18.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_24_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_24_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_24_160_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_24_176_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_26_0_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_26_64_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_26_96_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.96.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_26_112_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.112.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_shared" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-shared"
    "vpcplan:id"   = "tgw-rtb/us-east-1/shared"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_shared_tgw_attach_network_us_east_1_egress" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_shared_tgw_attach_security_tooling_us_east_1_scanners" {
  count    = var.tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_security_tooling_us_east_1_scanners[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_shared_tgw_attach_shared_services_us_east_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_us_east_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_analytics_nonprod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_nonprod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_analytics_nonprod_us_east_1_analytics[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_analytics_prod_us_east_1_analytics" {
  count    = var.tgw_attachment_id_tgw_attach_analytics_prod_us_east_1_analytics == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_analytics_prod_us_east_1_analytics[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_fraud_nonprod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_nonprod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_fraud_nonprod_us_east_1_fraud[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_fraud_prod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_fraud_prod_us_east_1_fraud[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_media_nonprod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_nonprod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_media_nonprod_us_east_1_media[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_media_prod_us_east_1_media" {
  count    = var.tgw_attachment_id_tgw_attach_media_prod_us_east_1_media == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_media_prod_us_east_1_media[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_notifications_nonprod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_nonprod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_notifications_nonprod_us_east_1_notifications[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_notifications_prod_us_east_1_notifications" {
  count    = var.tgw_attachment_id_tgw_attach_notifications_prod_us_east_1_notifications == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_notifications_prod_us_east_1_notifications[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_partner_api_prod_us_east_1_partner_api_dr" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_us_east_1_partner_api_dr == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_prod_us_east_1_partner_api_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_payments_nonprod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_nonprod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_nonprod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_payments_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_prod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_pricing_nonprod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_nonprod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_nonprod_us_east_1_pricing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_pricing_prod_us_east_1_pricing" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_us_east_1_pricing == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_prod_us_east_1_pricing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_search_nonprod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_nonprod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_search_nonprod_us_east_1_search[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_search_prod_us_east_1_search" {
  count    = var.tgw_attachment_id_tgw_attach_search_prod_us_east_1_search == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_search_prod_us_east_1_search[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_24_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_24_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.128.0/19"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_24_160_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.160.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_24_176_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.176.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_26_0_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.0.0/18"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_26_64_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.64.0/19"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_26_96_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.96.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_26_112_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.112.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_16_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_16_128_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.128.0/18"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_18_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.18.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_default" {
  provider = aws.us_east_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_4_0_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.4.0.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_4_16_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.4.16.0/23"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_19_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.0.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_19_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.8.0/23"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_27_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.0.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_27_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.8.0/23"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-vpc/fraud-prod/us-east-1/fraud"
    "vpcplan:id"   = "tgw-rtb/us-east-1/vpc/fraud-prod/us-east-1/fraud"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_tgw_attach_fraud_prod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_fraud_prod_us_east_1_fraud[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_tgw_attach_network_us_east_1_egress" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_tgw_attach_payments_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_prod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_tgw_attach_security_tooling_us_east_1_scanners" {
  count    = var.tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_security_tooling_us_east_1_scanners[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_tgw_attach_shared_services_us_east_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_us_east_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_27_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_27_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_19_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_19_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_default" {
  provider = aws.us_east_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_0_0_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_0_64_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_0_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_0_160_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_0_176_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_2_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_2_128_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.128.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_2_144_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.144.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_16_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_16_128_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.128.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_18_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.18.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_24_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_24_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_24_160_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_24_176_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_26_0_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_26_64_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_26_96_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.96.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud_10_26_112_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.112.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-vpc/payments-prod/us-east-1/payments"
    "vpcplan:id"   = "tgw-rtb/us-east-1/vpc/payments-prod/us-east-1/payments"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_tgw_attach_payments_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_prod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_tgw_attach_fraud_prod_us_east_1_fraud" {
  count    = var.tgw_attachment_id_tgw_attach_fraud_prod_us_east_1_fraud == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_fraud_prod_us_east_1_fraud[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_tgw_attach_network_us_east_1_egress" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_tgw_attach_security_tooling_us_east_1_scanners" {
  count    = var.tgw_attachment_id_tgw_attach_security_tooling_us_east_1_scanners == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_security_tooling_us_east_1_scanners[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_tgw_attach_shared_services_us_east_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_us_east_1_tools == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_us_east_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_27_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_27_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.27.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_16_168_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.168.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_19_0_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_19_8_0_23" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.19.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_default" {
  provider = aws.us_east_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_0_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_0_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_0_168_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.168.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_0_176_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.0.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_2_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_2_128_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.128.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_2_144_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.2.144.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_16_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_16_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_16_160_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.160.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_16_176_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.16.176.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_18_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.18.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_24_0_0_17" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_24_128_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_24_160_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_24_176_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.24.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_26_0_0_18" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_26_64_0_19" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_26_96_0_20" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.96.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments_10_26_112_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.26.112.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
}
