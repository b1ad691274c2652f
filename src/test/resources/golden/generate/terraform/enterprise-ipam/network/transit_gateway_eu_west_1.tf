resource "aws_ec2_transit_gateway_peering_attachment_accepter" "tgw_attach_peering_ap_northeast_1_eu_west_1" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.tgw_attach_peering_ap_northeast_1_eu_west_1.id

  tags = {
    Name           = "eu-west-1-ap-northeast-1"
    "vpcplan:id"   = "tgw-attach/peering/ap-northeast-1--eu-west-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway" "tgw_eu_west_1" {
  provider = aws.eu_west_1

  description                     = "hub-eu-west-1"
  amazon_side_asn                 = 64513
  auto_accept_shared_attachments  = "disable"
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
  dns_support                     = "enable"
  vpn_ecmp_support                = "enable"

  tags = {
    Name           = "hub-eu-west-1"
    "vpcplan:id"   = "tgw-eu-west-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_identity_nonprod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_nonprod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_identity_nonprod_eu_west_1_identity

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "identity-nonprod-identity"
    "vpcplan:id"   = "tgw-attach/identity-nonprod/eu-west-1/identity"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_identity_prod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_identity_prod_eu_west_1_identity

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "identity-prod-identity"
    "vpcplan:id"   = "tgw-attach/identity-prod/eu-west-1/identity"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_inventory_nonprod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_nonprod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_inventory_nonprod_eu_west_1_inventory

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "inventory-nonprod-inventory"
    "vpcplan:id"   = "tgw-attach/inventory-nonprod/eu-west-1/inventory"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_inventory_prod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_prod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_inventory_prod_eu_west_1_inventory

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "inventory-prod-inventory"
    "vpcplan:id"   = "tgw-attach/inventory-prod/eu-west-1/inventory"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "mobile-api-nonprod-mobile-api"
    "vpcplan:id"   = "tgw-attach/mobile-api-nonprod/eu-west-1/mobile-api"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_mobile_api_prod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_prod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_mobile_api_prod_eu_west_1_mobile_api

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "mobile-api-prod-mobile-api"
    "vpcplan:id"   = "tgw-attach/mobile-api-prod/eu-west-1/mobile-api"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_orders_nonprod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_nonprod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_orders_nonprod_eu_west_1_orders

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "orders-nonprod-orders"
    "vpcplan:id"   = "tgw-attach/orders-nonprod/eu-west-1/orders"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_orders_prod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_prod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_orders_prod_eu_west_1_orders

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "orders-prod-orders"
    "vpcplan:id"   = "tgw-attach/orders-prod/eu-west-1/orders"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_payments_prod_eu_west_1_payments_dr" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_eu_west_1_payments_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_payments_prod_eu_west_1_payments_dr

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "payments-prod-payments-dr"
    "vpcplan:id"   = "tgw-attach/payments-prod/eu-west-1/payments-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_pricing_prod_eu_west_1_pricing_dr" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_eu_west_1_pricing_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_pricing_prod_eu_west_1_pricing_dr

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "pricing-prod-pricing-dr"
    "vpcplan:id"   = "tgw-attach/pricing-prod/eu-west-1/pricing-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_reporting_nonprod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_nonprod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_reporting_nonprod_eu_west_1_reporting

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "reporting-nonprod-reporting"
    "vpcplan:id"   = "tgw-attach/reporting-nonprod/eu-west-1/reporting"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_reporting_prod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_reporting_prod_eu_west_1_reporting

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "reporting-prod-reporting"
    "vpcplan:id"   = "tgw-attach/reporting-prod/eu-west-1/reporting"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_reviews_nonprod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_nonprod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_reviews_nonprod_eu_west_1_reviews

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "reviews-nonprod-reviews"
    "vpcplan:id"   = "tgw-attach/reviews-nonprod/eu-west-1/reviews"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_reviews_prod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_prod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_reviews_prod_eu_west_1_reviews

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "reviews-prod-reviews"
    "vpcplan:id"   = "tgw-attach/reviews-prod/eu-west-1/reviews"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_shared_services_eu_west_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "shared-services-tools"
    "vpcplan:id"   = "tgw-attach/shared-services/eu-west-1/tools"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_support_nonprod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_nonprod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_support_nonprod_eu_west_1_support

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "support-nonprod-support"
    "vpcplan:id"   = "tgw-attach/support-nonprod/eu-west-1/support"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_support_prod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_prod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_support_prod_eu_west_1_support

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "support-prod-support"
    "vpcplan:id"   = "tgw-attach/support-prod/eu-west-1/support"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment" "tgw_attach_peering_eu_west_1_us_east_1" {
  provider = aws.eu_west_1

  transit_gateway_id      = aws_ec2_transit_gateway.tgw_eu_west_1.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id
  peer_region             = "us-east-1"

  tags = {
    Name           = "eu-west-1-us-east-1"
    "vpcplan:id"   = "tgw-attach/peering/eu-west-1--us-east-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_eu_west_1_inspection" {
  provider = aws.eu_west_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id

  tags = {
    Name           = "hub-eu-west-1-inspection"
    "vpcplan:id"   = "tgw-rtb/eu-west-1/inspection"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_inspection_tgw_attach_network_eu_west_1_inspection" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_identity_nonprod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_nonprod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_nonprod_eu_west_1_identity[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_identity_prod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_prod_eu_west_1_identity[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_inventory_nonprod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_nonprod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_inventory_nonprod_eu_west_1_inventory[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_inventory_prod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_prod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_inventory_prod_eu_west_1_inventory[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_mobile_api_prod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_prod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_mobile_api_prod_eu_west_1_mobile_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_network_eu_west_1_egress" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_orders_nonprod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_nonprod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_orders_nonprod_eu_west_1_orders[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_orders_prod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_prod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_orders_prod_eu_west_1_orders[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_payments_prod_eu_west_1_payments_dr" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_eu_west_1_payments_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_prod_eu_west_1_payments_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_pricing_prod_eu_west_1_pricing_dr" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_eu_west_1_pricing_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_prod_eu_west_1_pricing_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_reporting_nonprod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_nonprod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_nonprod_eu_west_1_reporting[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_reporting_prod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_prod_eu_west_1_reporting[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_reviews_nonprod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_nonprod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reviews_nonprod_eu_west_1_reviews[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_reviews_prod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_prod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reviews_prod_eu_west_1_reviews[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_shared_services_eu_west_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_eu_west_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_support_nonprod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_nonprod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_support_nonprod_eu_west_1_support[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_inspection_tgw_attach_support_prod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_prod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_support_prod_eu_west_1_support[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_eu_west_1_nonprod" {
  provider = aws.eu_west_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id

  tags = {
    Name           = "hub-eu-west-1-nonprod"
    "vpcplan:id"   = "tgw-rtb/eu-west-1/nonprod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_nonprod_tgw_attach_identity_nonprod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_nonprod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_nonprod_eu_west_1_identity[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_nonprod_tgw_attach_inventory_nonprod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_nonprod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_inventory_nonprod_eu_west_1_inventory[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_nonprod_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_nonprod_tgw_attach_orders_nonprod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_nonprod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_orders_nonprod_eu_west_1_orders[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_nonprod_tgw_attach_reporting_nonprod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_nonprod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_nonprod_eu_west_1_reporting[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_nonprod_tgw_attach_reviews_nonprod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_nonprod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reviews_nonprod_eu_west_1_reviews[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_nonprod_tgw_attach_support_nonprod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_nonprod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_support_nonprod_eu_west_1_support[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_nonprod_tgw_attach_network_eu_west_1_egress" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_nonprod_tgw_attach_shared_services_eu_west_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_eu_west_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_27_0_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.27.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_27_8_0_23" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.27.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_4_0_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.4.0.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_4_16_0_23" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.4.16.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_default" {
  provider = aws.eu_west_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_0_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_0_128_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_0_160_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_0_176_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_2_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_2_128_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.128.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_2_144_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.144.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_16_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.16.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_16_128_0_18" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.16.128.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_18_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.18.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_24_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_24_128_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_24_160_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_24_176_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_26_0_0_18" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_26_64_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_26_96_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.96.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_nonprod_10_26_112_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.112.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_eu_west_1_peering" {
  provider = aws.eu_west_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id

  tags = {
    Name           = "hub-eu-west-1-peering"
    "vpcplan:id"   = "tgw-rtb/eu-west-1/peering"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_peering_tgw_attach_peering_ap_northeast_1_eu_west_1" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_peering_tgw_attach_peering_eu_west_1_us_east_1" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_identity_nonprod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_nonprod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_nonprod_eu_west_1_identity[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_identity_prod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_prod_eu_west_1_identity[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_inventory_nonprod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_nonprod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_inventory_nonprod_eu_west_1_inventory[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_inventory_prod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_prod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_inventory_prod_eu_west_1_inventory[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_mobile_api_prod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_prod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_mobile_api_prod_eu_west_1_mobile_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_network_eu_west_1_egress" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_orders_nonprod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_nonprod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_orders_nonprod_eu_west_1_orders[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_orders_prod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_prod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_orders_prod_eu_west_1_orders[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_payments_prod_eu_west_1_payments_dr" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_eu_west_1_payments_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_prod_eu_west_1_payments_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_pricing_prod_eu_west_1_pricing_dr" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_eu_west_1_pricing_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_prod_eu_west_1_pricing_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_reporting_nonprod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_nonprod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_nonprod_eu_west_1_reporting[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_reporting_prod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_prod_eu_west_1_reporting[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_reviews_nonprod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_nonprod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reviews_nonprod_eu_west_1_reviews[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_reviews_prod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_prod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reviews_prod_eu_west_1_reviews[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_shared_services_eu_west_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_eu_west_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_support_nonprod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_nonprod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_support_nonprod_eu_west_1_support[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_peering_tgw_attach_support_prod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_prod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_support_prod_eu_west_1_support[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_eu_west_1_prod" {
  provider = aws.eu_west_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id

  tags = {
    Name           = "hub-eu-west-1-prod"
    "vpcplan:id"   = "tgw-rtb/eu-west-1/prod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_prod_tgw_attach_identity_prod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_prod_eu_west_1_identity[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_prod_tgw_attach_inventory_prod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_prod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_inventory_prod_eu_west_1_inventory[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_prod_tgw_attach_mobile_api_prod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_prod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_mobile_api_prod_eu_west_1_mobile_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_prod_tgw_attach_payments_prod_eu_west_1_payments_dr" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_eu_west_1_payments_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_prod_eu_west_1_payments_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_prod_tgw_attach_pricing_prod_eu_west_1_pricing_dr" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_eu_west_1_pricing_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_prod_eu_west_1_pricing_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_prod_tgw_attach_reporting_prod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_prod_eu_west_1_reporting[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_prod_tgw_attach_reviews_prod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_prod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reviews_prod_eu_west_1_reviews[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_prod_tgw_attach_support_prod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_prod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_support_prod_eu_west_1_support[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_prod_tgw_attach_network_eu_west_1_egress" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_prod_tgw_attach_shared_services_eu_west_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_eu_west_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_27_0_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.27.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_27_8_0_23" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.27.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_4_0_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.4.0.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_4_16_0_23" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.4.16.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_default" {
  provider = aws.eu_west_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_0_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_0_128_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_0_160_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_0_176_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_2_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_2_128_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.128.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_2_144_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.144.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_16_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.16.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_16_128_0_18" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.16.128.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_18_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.18.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_24_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_24_128_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_24_160_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_24_176_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_26_0_0_18" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_26_64_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_26_96_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.96.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_prod_10_26_112_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.112.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_eu_west_1_shared" {
  provider = aws.eu_west_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id

  tags = {
    Name           = "hub-eu-west-1-shared"
    "vpcplan:id"   = "tgw-rtb/eu-west-1/shared"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_shared_tgw_attach_network_eu_west_1_egress" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_shared_tgw_attach_shared_services_eu_west_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_eu_west_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_identity_nonprod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_nonprod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_nonprod_eu_west_1_identity[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_identity_prod_eu_west_1_identity" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_eu_west_1_identity == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_prod_eu_west_1_identity[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_inventory_nonprod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_nonprod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_inventory_nonprod_eu_west_1_inventory[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_inventory_prod_eu_west_1_inventory" {
  count    = var.tgw_attachment_id_tgw_attach_inventory_prod_eu_west_1_inventory == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_inventory_prod_eu_west_1_inventory[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_mobile_api_nonprod_eu_west_1_mobile_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_mobile_api_prod_eu_west_1_mobile_api" {
  count    = var.tgw_attachment_id_tgw_attach_mobile_api_prod_eu_west_1_mobile_api == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_mobile_api_prod_eu_west_1_mobile_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_orders_nonprod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_nonprod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_orders_nonprod_eu_west_1_orders[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_orders_prod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_prod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_orders_prod_eu_west_1_orders[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_payments_prod_eu_west_1_payments_dr" {
  count    = var.tgw_attachment_id_tgw_attach_payments_prod_eu_west_1_payments_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_payments_prod_eu_west_1_payments_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_pricing_prod_eu_west_1_pricing_dr" {
  count    = var.tgw_attachment_id_tgw_attach_pricing_prod_eu_west_1_pricing_dr == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_pricing_prod_eu_west_1_pricing_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_reporting_nonprod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_nonprod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_nonprod_eu_west_1_reporting[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_reporting_prod_eu_west_1_reporting" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_eu_west_1_reporting == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_prod_eu_west_1_reporting[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_reviews_nonprod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_nonprod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reviews_nonprod_eu_west_1_reviews[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_reviews_prod_eu_west_1_reviews" {
  count    = var.tgw_attachment_id_tgw_attach_reviews_prod_eu_west_1_reviews == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reviews_prod_eu_west_1_reviews[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_support_nonprod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_nonprod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_support_nonprod_eu_west_1_support[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_shared_tgw_attach_support_prod_eu_west_1_support" {
  count    = var.tgw_attachment_id_tgw_attach_support_prod_eu_west_1_support == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_support_prod_eu_west_1_support[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_24_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_24_128_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.128.0/19"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_24_160_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.160.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_24_176_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.176.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_26_0_0_18" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.0.0/18"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_26_64_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.64.0/19"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_26_96_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.96.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_26_112_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.112.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_0_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_0_128_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.128.0/19"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_0_160_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.160.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_0_176_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.176.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_2_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_2_128_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.128.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_2_144_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.144.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_default" {
  provider = aws.eu_west_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_4_0_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.4.0.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_4_16_0_23" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.4.16.0/23"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_19_0_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.19.0.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_19_8_0_23" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.19.8.0/23"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_27_0_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.27.0.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_shared_10_27_8_0_23" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.27.8.0/23"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders" {
  provider = aws.eu_west_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id

  tags = {
    Name           = "hub-eu-west-1-vpc/orders-prod/eu-west-1/orders"
    "vpcplan:id"   = "tgw-rtb/eu-west-1/vpc/orders-prod/eu-west-1/orders"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_tgw_attach_orders_prod_eu_west_1_orders" {
  count    = var.tgw_attachment_id_tgw_attach_orders_prod_eu_west_1_orders == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_orders_prod_eu_west_1_orders[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_tgw_attach_network_eu_west_1_egress" {
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_tgw_attach_shared_services_eu_west_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_eu_west_1_tools == null ? 0 : 1
  provider = aws.eu_west_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_eu_west_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_27_0_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.27.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_27_8_0_23" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.27.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_0_96_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.96.0/19"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_4_0_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.4.0.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_4_16_0_23" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.4.16.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_default" {
  provider = aws.eu_west_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_eu_west_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_0_0_0_18" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_0_64_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_0_128_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_0_160_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_0_176_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.0.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_2_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_2_128_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.128.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_2_144_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.2.144.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_16_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.16.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_16_128_0_18" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.16.128.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_18_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.18.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_24_0_0_17" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_24_128_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_24_160_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_24_176_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.24.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_26_0_0_18" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_26_64_0_19" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_26_96_0_20" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.96.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders_10_26_112_0_21" {
  provider = aws.eu_west_1

  destination_cidr_block         = "10.26.112.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
}
