resource "aws_ec2_transit_gateway" "tgw_ap_northeast_1" {
  provider = aws.ap_northeast_1

  description                     = "hub-ap-northeast-1"
  amazon_side_asn                 = 64512
  auto_accept_shared_attachments  = "disable"
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
  dns_support                     = "enable"
  vpn_ecmp_support                = "enable"

  tags = {
    Name           = "hub-ap-northeast-1"
    "vpcplan:id"   = "tgw-ap-northeast-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_billing_nonprod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_nonprod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_billing_nonprod_ap_northeast_1_billing

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "billing-nonprod-billing"
    "vpcplan:id"   = "tgw-attach/billing-nonprod/ap-northeast-1/billing"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_billing_prod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_prod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_billing_prod_ap_northeast_1_billing

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "billing-prod-billing"
    "vpcplan:id"   = "tgw-attach/billing-prod/ap-northeast-1/billing"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_catalog_nonprod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_nonprod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_catalog_nonprod_ap_northeast_1_catalog

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "catalog-nonprod-catalog"
    "vpcplan:id"   = "tgw-attach/catalog-nonprod/ap-northeast-1/catalog"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_catalog_prod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_prod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_catalog_prod_ap_northeast_1_catalog

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "catalog-prod-catalog"
    "vpcplan:id"   = "tgw-attach/catalog-prod/ap-northeast-1/catalog"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_content_nonprod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_nonprod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_content_nonprod_ap_northeast_1_content

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "content-nonprod-content"
    "vpcplan:id"   = "tgw-attach/content-nonprod/ap-northeast-1/content"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_content_prod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_prod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_content_prod_ap_northeast_1_content

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "content-prod-content"
    "vpcplan:id"   = "tgw-attach/content-prod/ap-northeast-1/content"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_identity_prod_ap_northeast_1_identity_dr" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_ap_northeast_1_identity_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_identity_prod_ap_northeast_1_identity_dr

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "identity-prod-identity-dr"
    "vpcplan:id"   = "tgw-attach/identity-prod/ap-northeast-1/identity-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "loyalty-nonprod-loyalty"
    "vpcplan:id"   = "tgw-attach/loyalty-nonprod/ap-northeast-1/loyalty"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_loyalty_prod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_prod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_loyalty_prod_ap_northeast_1_loyalty

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "loyalty-prod-loyalty"
    "vpcplan:id"   = "tgw-attach/loyalty-prod/ap-northeast-1/loyalty"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "partner-api-nonprod-partner-api"
    "vpcplan:id"   = "tgw-attach/partner-api-nonprod/ap-northeast-1/partner-api"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_partner_api_prod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_partner_api_prod_ap_northeast_1_partner_api

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "partner-api-prod-partner-api"
    "vpcplan:id"   = "tgw-attach/partner-api-prod/ap-northeast-1/partner-api"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_reporting_prod_ap_northeast_1_reporting_dr" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "reporting-prod-reporting-dr"
    "vpcplan:id"   = "tgw-attach/reporting-prod/ap-northeast-1/reporting-dr"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_shared_services_ap_northeast_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "shared-services-tools"
    "vpcplan:id"   = "tgw-attach/shared-services/ap-northeast-1/tools"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_shipping_nonprod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_nonprod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_shipping_nonprod_ap_northeast_1_shipping

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "shipping-nonprod-shipping"
    "vpcplan:id"   = "tgw-attach/shipping-nonprod/ap-northeast-1/shipping"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_shipping_prod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_prod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_shipping_prod_ap_northeast_1_shipping

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "shipping-prod-shipping"
    "vpcplan:id"   = "tgw-attach/shipping-prod/ap-northeast-1/shipping"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment" "tgw_attach_peering_ap_northeast_1_eu_west_1" {
  provider = aws.ap_northeast_1

  transit_gateway_id      = aws_ec2_transit_gateway.tgw_ap_northeast_1.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id
  peer_region             = "eu-west-1"

  tags = {
    Name           = "ap-northeast-1-eu-west-1"
    "vpcplan:id"   = "tgw-attach/peering/ap-northeast-1--eu-west-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment" "tgw_attach_peering_ap_northeast_1_us_east_1" {
  provider = aws.ap_northeast_1

  transit_gateway_id      = aws_ec2_transit_gateway.tgw_ap_northeast_1.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id
  peer_region             = "us-east-1"

  tags = {
    Name           = "ap-northeast-1-us-east-1"
    "vpcplan:id"   = "tgw-attach/peering/ap-northeast-1--us-east-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_ap_northeast_1_inspection" {
  provider = aws.ap_northeast_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  tags = {
    Name           = "hub-ap-northeast-1-inspection"
    "vpcplan:id"   = "tgw-rtb/ap-northeast-1/inspection"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_network_ap_northeast_1_inspection" {
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_billing_nonprod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_nonprod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_billing_nonprod_ap_northeast_1_billing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_billing_prod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_prod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_billing_prod_ap_northeast_1_billing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_catalog_nonprod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_nonprod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_catalog_nonprod_ap_northeast_1_catalog[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_catalog_prod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_prod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_catalog_prod_ap_northeast_1_catalog[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_content_nonprod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_nonprod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_content_nonprod_ap_northeast_1_content[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_content_prod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_prod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_content_prod_ap_northeast_1_content[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_identity_prod_ap_northeast_1_identity_dr" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_ap_northeast_1_identity_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_prod_ap_northeast_1_identity_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_loyalty_prod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_prod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_loyalty_prod_ap_northeast_1_loyalty[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_network_ap_northeast_1_egress" {
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_partner_api_prod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_prod_ap_northeast_1_partner_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_shared_services_ap_northeast_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_ap_northeast_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_shipping_nonprod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_nonprod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shipping_nonprod_ap_northeast_1_shipping[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_inspection_tgw_attach_shipping_prod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_prod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shipping_prod_ap_northeast_1_shipping[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_ap_northeast_1_nonprod" {
  provider = aws.ap_northeast_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  tags = {
    Name           = "hub-ap-northeast-1-nonprod"
    "vpcplan:id"   = "tgw-rtb/ap-northeast-1/nonprod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_nonprod_tgw_attach_billing_nonprod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_nonprod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_billing_nonprod_ap_northeast_1_billing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_nonprod_tgw_attach_catalog_nonprod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_nonprod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_catalog_nonprod_ap_northeast_1_catalog[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_nonprod_tgw_attach_content_nonprod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_nonprod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_content_nonprod_ap_northeast_1_content[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_nonprod_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_nonprod_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_nonprod_tgw_attach_shipping_nonprod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_nonprod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shipping_nonprod_ap_northeast_1_shipping[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_nonprod_tgw_attach_network_ap_northeast_1_egress" {
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_nonprod_tgw_attach_shared_services_ap_northeast_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_ap_northeast_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_19_0_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.19.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_19_8_0_23" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.19.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_4_0_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.4.0.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_4_16_0_23" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.4.16.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_default" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_0_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_0_128_0_19" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_0_160_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_0_176_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_2_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.2.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_2_128_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.2.128.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_2_144_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.2.144.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_16_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.16.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_16_128_0_18" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.16.128.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_18_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.18.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_24_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.24.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_24_128_0_19" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.24.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_24_160_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.24.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_24_176_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.24.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_26_0_0_18" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.26.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_26_64_0_19" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.26.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_26_96_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.26.96.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_nonprod_10_26_112_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.26.112.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_ap_northeast_1_peering" {
  provider = aws.ap_northeast_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  tags = {
    Name           = "hub-ap-northeast-1-peering"
    "vpcplan:id"   = "tgw-rtb/ap-northeast-1/peering"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_peering_tgw_attach_peering_ap_northeast_1_eu_west_1" {
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_peering_tgw_attach_peering_ap_northeast_1_us_east_1" {
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_billing_nonprod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_nonprod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_billing_nonprod_ap_northeast_1_billing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_billing_prod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_prod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_billing_prod_ap_northeast_1_billing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_catalog_nonprod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_nonprod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_catalog_nonprod_ap_northeast_1_catalog[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_catalog_prod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_prod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_catalog_prod_ap_northeast_1_catalog[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_content_nonprod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_nonprod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_content_nonprod_ap_northeast_1_content[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_content_prod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_prod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_content_prod_ap_northeast_1_content[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_identity_prod_ap_northeast_1_identity_dr" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_ap_northeast_1_identity_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_prod_ap_northeast_1_identity_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_loyalty_prod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_prod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_loyalty_prod_ap_northeast_1_loyalty[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_network_ap_northeast_1_egress" {
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_partner_api_prod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_prod_ap_northeast_1_partner_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_shared_services_ap_northeast_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_ap_northeast_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_shipping_nonprod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_nonprod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shipping_nonprod_ap_northeast_1_shipping[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_peering_tgw_attach_shipping_prod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_prod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shipping_prod_ap_northeast_1_shipping[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_ap_northeast_1_prod" {
  provider = aws.ap_northeast_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  tags = {
    Name           = "hub-ap-northeast-1-prod"
    "vpcplan:id"   = "tgw-rtb/ap-northeast-1/prod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_prod_tgw_attach_billing_prod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_prod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_billing_prod_ap_northeast_1_billing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_prod_tgw_attach_catalog_prod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_prod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_catalog_prod_ap_northeast_1_catalog[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_prod_tgw_attach_content_prod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_prod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_content_prod_ap_northeast_1_content[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_prod_tgw_attach_identity_prod_ap_northeast_1_identity_dr" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_ap_northeast_1_identity_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_prod_ap_northeast_1_identity_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_prod_tgw_attach_loyalty_prod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_prod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_loyalty_prod_ap_northeast_1_loyalty[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_prod_tgw_attach_partner_api_prod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_prod_ap_northeast_1_partner_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_prod_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_prod_tgw_attach_shipping_prod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_prod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shipping_prod_ap_northeast_1_shipping[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_prod_tgw_attach_network_ap_northeast_1_egress" {
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_prod_tgw_attach_shared_services_ap_northeast_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_ap_northeast_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_19_0_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.19.0.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_19_8_0_23" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.19.8.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_4_0_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.4.0.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_4_16_0_23" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.4.16.0/23"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_default" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_0_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_0_128_0_19" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_0_160_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_0_176_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_2_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.2.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_2_128_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.2.128.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_2_144_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.2.144.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_16_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.16.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_16_128_0_18" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.16.128.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_18_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.18.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_24_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.24.0.0/17"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_24_128_0_19" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.24.128.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_24_160_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.24.160.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_24_176_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.24.176.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_26_0_0_18" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.26.0.0/18"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_26_64_0_19" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.26.64.0/19"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_26_96_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.26.96.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_prod_10_26_112_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.26.112.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_ap_northeast_1_shared" {
  provider = aws.ap_northeast_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_ap_northeast_1.id

  tags = {
    Name           = "hub-ap-northeast-1-shared"
    "vpcplan:id"   = "tgw-rtb/ap-northeast-1/shared"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_shared_tgw_attach_network_ap_northeast_1_egress" {
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_egress.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_ap_northeast_1_shared_tgw_attach_shared_services_ap_northeast_1_tools" {
  count    = var.tgw_attachment_id_tgw_attach_shared_services_ap_northeast_1_tools == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shared_services_ap_northeast_1_tools[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_billing_nonprod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_nonprod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_billing_nonprod_ap_northeast_1_billing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_billing_prod_ap_northeast_1_billing" {
  count    = var.tgw_attachment_id_tgw_attach_billing_prod_ap_northeast_1_billing == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_billing_prod_ap_northeast_1_billing[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_catalog_nonprod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_nonprod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_catalog_nonprod_ap_northeast_1_catalog[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_catalog_prod_ap_northeast_1_catalog" {
  count    = var.tgw_attachment_id_tgw_attach_catalog_prod_ap_northeast_1_catalog == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_catalog_prod_ap_northeast_1_catalog[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_content_nonprod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_nonprod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_content_nonprod_ap_northeast_1_content[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_content_prod_ap_northeast_1_content" {
  count    = var.tgw_attachment_id_tgw_attach_content_prod_ap_northeast_1_content == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_content_prod_ap_northeast_1_content[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_identity_prod_ap_northeast_1_identity_dr" {
  count    = var.tgw_attachment_id_tgw_attach_identity_prod_ap_northeast_1_identity_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_identity_prod_ap_northeast_1_identity_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_loyalty_nonprod_ap_northeast_1_loyalty[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_loyalty_prod_ap_northeast_1_loyalty" {
  count    = var.tgw_attachment_id_tgw_attach_loyalty_prod_ap_northeast_1_loyalty == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_loyalty_prod_ap_northeast_1_loyalty[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_nonprod_ap_northeast_1_partner_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_partner_api_prod_ap_northeast_1_partner_api" {
  count    = var.tgw_attachment_id_tgw_attach_partner_api_prod_ap_northeast_1_partner_api == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_partner_api_prod_ap_northeast_1_partner_api[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr" {
  count    = var.tgw_attachment_id_tgw_attach_reporting_prod_ap_northeast_1_reporting_dr == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_reporting_prod_ap_northeast_1_reporting_dr[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_shipping_nonprod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_nonprod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shipping_nonprod_ap_northeast_1_shipping[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_ap_northeast_1_shared_tgw_attach_shipping_prod_ap_northeast_1_shipping" {
  count    = var.tgw_attachment_id_tgw_attach_shipping_prod_ap_northeast_1_shipping == null ? 0 : 1
  provider = aws.ap_northeast_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_shipping_prod_ap_northeast_1_shipping[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_16_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.16.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_16_128_0_18" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.16.128.0/18"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_18_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.18.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_eu_west_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_0_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_0_128_0_19" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.128.0/19"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_0_160_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.160.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_0_176_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.0.176.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_2_0_0_17" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.2.0.0/17"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_2_128_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.2.128.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_2_144_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.2.144.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_ap_northeast_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_default" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_ap_northeast_1_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_4_0_0_20" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.4.0.0/20"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_4_16_0_23" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.4.16.0/23"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_19_0_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.19.0.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_19_8_0_23" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.19.8.0/23"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_27_0_0_21" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.27.0.0/21"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_ap_northeast_1_shared_10_27_8_0_23" {
  provider = aws.ap_northeast_1

  destination_cidr_block         = "10.27.8.0/23"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
}
