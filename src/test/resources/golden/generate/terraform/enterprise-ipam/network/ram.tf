resource "aws_ram_resource_share" "tgw_ap_northeast_1_share" {
  provider = aws.ap_northeast_1

  name                      = "tgw-ap-northeast-1-share"
  allow_external_principals = false

  tags = {
    Name           = "tgw-ap-northeast-1-share"
    "vpcplan:id"   = "ram/tgw-ap-northeast-1-share"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ram_resource_association" "tgw_ap_northeast_1_share_tgw_ap_northeast_1" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_ec2_transit_gateway.tgw_ap_northeast_1.arn
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_billing_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000022"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_billing_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000021"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_catalog_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000016"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_catalog_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000015"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_content_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000046"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_content_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000045"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_identity_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000019"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_loyalty_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000040"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_loyalty_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000039"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_partner_api_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000028"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_partner_api_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000027"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_reporting_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000043"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_shared_services" {
  provider = aws.ap_northeast_1

  principal          = "200000000002"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_shipping_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000034"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_principal_association" "tgw_ap_northeast_1_share_shipping_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000033"
  resource_share_arn = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

resource "aws_ram_resource_share" "tgw_eu_west_1_share" {
  provider = aws.eu_west_1

  name                      = "tgw-eu-west-1-share"
  allow_external_principals = false

  tags = {
    Name           = "tgw-eu-west-1-share"
    "vpcplan:id"   = "ram/tgw-eu-west-1-share"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ram_resource_association" "tgw_eu_west_1_share_tgw_eu_west_1" {
  provider = aws.eu_west_1

  resource_arn       = aws_ec2_transit_gateway.tgw_eu_west_1.arn
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_identity_nonprod" {
  provider = aws.eu_west_1

  principal          = "200000000020"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_identity_prod" {
  provider = aws.eu_west_1

  principal          = "200000000019"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_inventory_nonprod" {
  provider = aws.eu_west_1

  principal          = "200000000032"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_inventory_prod" {
  provider = aws.eu_west_1

  principal          = "200000000031"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_mobile_api_nonprod" {
  provider = aws.eu_west_1

  principal          = "200000000026"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_mobile_api_prod" {
  provider = aws.eu_west_1

  principal          = "200000000025"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_orders_nonprod" {
  provider = aws.eu_west_1

  principal          = "200000000014"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_orders_prod" {
  provider = aws.eu_west_1

  principal          = "200000000013"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_payments_prod" {
  provider = aws.eu_west_1

  principal          = "200000000011"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_pricing_prod" {
  provider = aws.eu_west_1

  principal          = "200000000035"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_reporting_nonprod" {
  provider = aws.eu_west_1

  principal          = "200000000044"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_reporting_prod" {
  provider = aws.eu_west_1

  principal          = "200000000043"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_reviews_nonprod" {
  provider = aws.eu_west_1

  principal          = "200000000038"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_reviews_prod" {
  provider = aws.eu_west_1

  principal          = "200000000037"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_shared_services" {
  provider = aws.eu_west_1

  principal          = "200000000002"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_support_nonprod" {
  provider = aws.eu_west_1

  principal          = "200000000050"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_support_prod" {
  provider = aws.eu_west_1

  principal          = "200000000049"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_resource_share" "tgw_us_east_1_share" {
  provider = aws.us_east_1

  name                      = "tgw-us-east-1-share"
  allow_external_principals = false

  tags = {
    Name           = "tgw-us-east-1-share"
    "vpcplan:id"   = "ram/tgw-us-east-1-share"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ram_resource_association" "tgw_us_east_1_share_tgw_us_east_1" {
  provider = aws.us_east_1

  resource_arn       = aws_ec2_transit_gateway.tgw_us_east_1.arn
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_analytics_nonprod" {
  provider = aws.us_east_1

  principal          = "200000000024"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_analytics_prod" {
  provider = aws.us_east_1

  principal          = "200000000023"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_fraud_nonprod" {
  provider = aws.us_east_1

  principal          = "200000000042"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_fraud_prod" {
  provider = aws.us_east_1

  principal          = "200000000041"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_media_nonprod" {
  provider = aws.us_east_1

  principal          = "200000000048"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_media_prod" {
  provider = aws.us_east_1

  principal          = "200000000047"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_notifications_nonprod" {
  provider = aws.us_east_1

  principal          = "200000000030"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_notifications_prod" {
  provider = aws.us_east_1

  principal          = "200000000029"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_partner_api_prod" {
  provider = aws.us_east_1

  principal          = "200000000027"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_payments_nonprod" {
  provider = aws.us_east_1

  principal          = "200000000012"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_payments_prod" {
  provider = aws.us_east_1

  principal          = "200000000011"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_pricing_nonprod" {
  provider = aws.us_east_1

  principal          = "200000000036"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_pricing_prod" {
  provider = aws.us_east_1

  principal          = "200000000035"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_search_nonprod" {
  provider = aws.us_east_1

  principal          = "200000000018"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_search_prod" {
  provider = aws.us_east_1

  principal          = "200000000017"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_security_tooling" {
  provider = aws.us_east_1

  principal          = "200000000003"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_shared_services" {
  provider = aws.us_east_1

  principal          = "200000000002"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}
