resource "aws_vpc_ipam" "this" {
  provider = aws.ap_northeast_1

  description = "vpcplan enterprise"

  operating_regions {
    region_name = "ap-northeast-1"
  }

  operating_regions {
    region_name = "eu-west-1"
  }

  operating_regions {
    region_name = "us-east-1"
  }

  tags = {
    Name           = "vpcplan-enterprise"
    "vpcplan:id"   = "ipam/enterprise"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool" "aws_10" {
  provider = aws.ap_northeast_1

  address_family = "ipv4"
  ipam_scope_id  = aws_vpc_ipam.this.private_default_scope_id
  auto_import    = false
  description    = "vpcplan pool aws-10"

  tags = {
    Name           = "aws-10"
    "vpcplan:id"   = "ipam-pool/aws-10"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_10_0_0_0_9" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10.id
  cidr         = "10.0.0.0/9"
}

resource "aws_vpc_ipam_pool" "aws_10_ap_northeast_1" {
  provider = aws.ap_northeast_1

  address_family      = "ipv4"
  ipam_scope_id       = aws_vpc_ipam.this.private_default_scope_id
  locale              = "ap-northeast-1"
  source_ipam_pool_id = aws_vpc_ipam_pool.aws_10.id
  auto_import         = false
  description         = "vpcplan pool aws-10/ap-northeast-1"

  tags = {
    Name           = "aws-10/ap-northeast-1"
    "vpcplan:id"   = "ipam-pool/aws-10/ap-northeast-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_ap_northeast_1_10_24_0_0_13" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_ap_northeast_1.id
  cidr         = "10.24.0.0/13"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_10_0_0_0_9]
}

resource "aws_vpc_ipam_pool" "aws_10_eu_west_1" {
  provider = aws.ap_northeast_1

  address_family      = "ipv4"
  ipam_scope_id       = aws_vpc_ipam.this.private_default_scope_id
  locale              = "eu-west-1"
  source_ipam_pool_id = aws_vpc_ipam_pool.aws_10.id
  auto_import         = false
  description         = "vpcplan pool aws-10/eu-west-1"

  tags = {
    Name           = "aws-10/eu-west-1"
    "vpcplan:id"   = "ipam-pool/aws-10/eu-west-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_eu_west_1_10_16_0_0_13" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_eu_west_1.id
  cidr         = "10.16.0.0/13"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_10_0_0_0_9]
}

resource "aws_vpc_ipam_pool" "aws_10_us_east_1" {
  provider = aws.ap_northeast_1

  address_family      = "ipv4"
  ipam_scope_id       = aws_vpc_ipam.this.private_default_scope_id
  locale              = "us-east-1"
  source_ipam_pool_id = aws_vpc_ipam_pool.aws_10.id
  auto_import         = false
  description         = "vpcplan pool aws-10/us-east-1"

  tags = {
    Name           = "aws-10/us-east-1"
    "vpcplan:id"   = "ipam-pool/aws-10/us-east-1"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_us_east_1_10_0_0_0_12" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_us_east_1.id
  cidr         = "10.0.0.0/12"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_10_0_0_0_9]
}

resource "aws_vpc_ipam_pool" "aws_10_ap_northeast_1_nonprod" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "ap-northeast-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_10_ap_northeast_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 19
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 19
  description                       = "vpcplan pool aws-10/ap-northeast-1/nonprod"

  tags = {
    Name           = "aws-10/ap-northeast-1/nonprod"
    "vpcplan:id"   = "ipam-pool/aws-10/ap-northeast-1/nonprod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_ap_northeast_1_nonprod_10_26_0_0_16" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_ap_northeast_1_nonprod.id
  cidr         = "10.26.0.0/16"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_ap_northeast_1_10_24_0_0_13]
}

resource "aws_vpc_ipam_pool" "aws_10_ap_northeast_1_prod" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "ap-northeast-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_10_ap_northeast_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 19
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 19
  description                       = "vpcplan pool aws-10/ap-northeast-1/prod"

  tags = {
    Name           = "aws-10/ap-northeast-1/prod"
    "vpcplan:id"   = "ipam-pool/aws-10/ap-northeast-1/prod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_ap_northeast_1_prod_10_24_0_0_15" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_ap_northeast_1_prod.id
  cidr         = "10.24.0.0/15"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_ap_northeast_1_10_24_0_0_13]
}

resource "aws_vpc_ipam_pool" "aws_10_ap_northeast_1_shared" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "ap-northeast-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_10_ap_northeast_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 21
  allocation_max_netmask_length     = 23
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool aws-10/ap-northeast-1/shared"

  tags = {
    Name           = "aws-10/ap-northeast-1/shared"
    "vpcplan:id"   = "ipam-pool/aws-10/ap-northeast-1/shared"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_ap_northeast_1_shared_10_27_0_0_19" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_ap_northeast_1_shared.id
  cidr         = "10.27.0.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_ap_northeast_1_10_24_0_0_13]
}

resource "aws_vpc_ipam_pool" "aws_10_eu_west_1_nonprod" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "eu-west-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_10_eu_west_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 19
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool aws-10/eu-west-1/nonprod"

  tags = {
    Name           = "aws-10/eu-west-1/nonprod"
    "vpcplan:id"   = "ipam-pool/aws-10/eu-west-1/nonprod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_eu_west_1_nonprod_10_18_0_0_16" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_eu_west_1_nonprod.id
  cidr         = "10.18.0.0/16"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_eu_west_1_10_16_0_0_13]
}

resource "aws_vpc_ipam_pool" "aws_10_eu_west_1_prod" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "eu-west-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_10_eu_west_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 19
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 19
  description                       = "vpcplan pool aws-10/eu-west-1/prod"

  tags = {
    Name           = "aws-10/eu-west-1/prod"
    "vpcplan:id"   = "ipam-pool/aws-10/eu-west-1/prod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_eu_west_1_prod_10_16_0_0_15" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_eu_west_1_prod.id
  cidr         = "10.16.0.0/15"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_eu_west_1_10_16_0_0_13]
}

resource "aws_vpc_ipam_pool" "aws_10_eu_west_1_shared" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "eu-west-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_10_eu_west_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 21
  allocation_max_netmask_length     = 23
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool aws-10/eu-west-1/shared"

  tags = {
    Name           = "aws-10/eu-west-1/shared"
    "vpcplan:id"   = "ipam-pool/aws-10/eu-west-1/shared"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_eu_west_1_shared_10_19_0_0_19" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_eu_west_1_shared.id
  cidr         = "10.19.0.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_eu_west_1_10_16_0_0_13]
}

resource "aws_vpc_ipam_pool" "aws_10_us_east_1_nonprod" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_10_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 19
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 19
  description                       = "vpcplan pool aws-10/us-east-1/nonprod"

  tags = {
    Name           = "aws-10/us-east-1/nonprod"
    "vpcplan:id"   = "ipam-pool/aws-10/us-east-1/nonprod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_us_east_1_nonprod_10_2_0_0_15" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_us_east_1_nonprod.id
  cidr         = "10.2.0.0/15"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_us_east_1_10_0_0_0_12]
}

resource "aws_vpc_ipam_pool" "aws_10_us_east_1_prod" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_10_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 19
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 19
  description                       = "vpcplan pool aws-10/us-east-1/prod"

  tags = {
    Name           = "aws-10/us-east-1/prod"
    "vpcplan:id"   = "ipam-pool/aws-10/us-east-1/prod"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_us_east_1_prod_10_0_0_0_15" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_us_east_1_prod.id
  cidr         = "10.0.0.0/15"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_us_east_1_10_0_0_0_12]
}

resource "aws_vpc_ipam_pool" "aws_10_us_east_1_shared" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_10_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 21
  allocation_max_netmask_length     = 23
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool aws-10/us-east-1/shared"

  tags = {
    Name           = "aws-10/us-east-1/shared"
    "vpcplan:id"   = "ipam-pool/aws-10/us-east-1/shared"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_us_east_1_shared_10_4_0_0_18" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_10_us_east_1_shared.id
  cidr         = "10.4.0.0/18"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_us_east_1_10_0_0_0_12]
}

resource "aws_ram_resource_share" "ipam_pools" {
  provider = aws.ap_northeast_1

  name                      = "vpcplan-enterprise-ipam-pools"
  allow_external_principals = false

  tags = {
    Name           = "vpcplan-enterprise-ipam-pools"
    "vpcplan:id"   = "ram/ipam-pools"
    "vpcplan:plan" = "enterprise"
  }
}

resource "aws_ram_resource_association" "ipam_pools_aws_10_ap_northeast_1_nonprod" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_10_ap_northeast_1_nonprod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_10_ap_northeast_1_prod" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_10_ap_northeast_1_prod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_10_ap_northeast_1_shared" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_10_ap_northeast_1_shared.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_10_eu_west_1_nonprod" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_10_eu_west_1_nonprod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_10_eu_west_1_prod" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_10_eu_west_1_prod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_10_eu_west_1_shared" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_10_eu_west_1_shared.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_10_us_east_1_nonprod" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_10_us_east_1_nonprod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_10_us_east_1_prod" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_10_us_east_1_prod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_10_us_east_1_shared" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_10_us_east_1_shared.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_analytics_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000024"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_analytics_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000023"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_billing_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000022"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_billing_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000021"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_catalog_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000016"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_catalog_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000015"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_content_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000046"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_content_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000045"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_fraud_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000042"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_fraud_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000041"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_identity_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000020"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_identity_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000019"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_inventory_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000032"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_inventory_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000031"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_loyalty_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000040"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_loyalty_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000039"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_media_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000048"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_media_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000047"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_mobile_api_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000026"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_mobile_api_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000025"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_notifications_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000030"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_notifications_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000029"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_orders_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000014"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_orders_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000013"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_partner_api_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000028"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_partner_api_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000027"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_payments_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000012"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_payments_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000011"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_pricing_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000036"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_pricing_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000035"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_reporting_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000044"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_reporting_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000043"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_reviews_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000038"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_reviews_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000037"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_search_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000018"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_search_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000017"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_security_tooling" {
  provider = aws.ap_northeast_1

  principal          = "200000000003"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_shared_services" {
  provider = aws.ap_northeast_1

  principal          = "200000000002"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_shipping_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000034"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_shipping_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000033"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_support_nonprod" {
  provider = aws.ap_northeast_1

  principal          = "200000000050"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_support_prod" {
  provider = aws.ap_northeast_1

  principal          = "200000000049"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}
