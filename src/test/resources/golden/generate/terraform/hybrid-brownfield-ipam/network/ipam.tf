resource "aws_vpc_ipam" "this" {
  provider = aws.ap_northeast_1

  description = "vpcplan hybrid-brownfield"

  operating_regions {
    region_name = "ap-northeast-1"
  }

  operating_regions {
    region_name = "us-west-2"
  }

  tags = {
    Name           = "vpcplan-hybrid-brownfield"
    "vpcplan:id"   = "ipam/hybrid-brownfield"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_ipam_pool" "aws" {
  provider = aws.ap_northeast_1

  address_family = "ipv4"
  ipam_scope_id  = aws_vpc_ipam.this.private_default_scope_id
  auto_import    = false
  description    = "vpcplan pool aws"

  tags = {
    Name           = "aws"
    "vpcplan:id"   = "ipam-pool/aws"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_10_64_0_0_10" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws.id
  cidr         = "10.64.0.0/10"
}

resource "aws_vpc_ipam_pool" "overflow" {
  provider = aws.ap_northeast_1

  address_family = "ipv4"
  ipam_scope_id  = aws_vpc_ipam.this.private_default_scope_id
  auto_import    = false
  description    = "vpcplan pool overflow"

  tags = {
    Name           = "overflow"
    "vpcplan:id"   = "ipam-pool/overflow"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_ipam_pool_cidr" "overflow_172_20_0_0_14" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.overflow.id
  cidr         = "172.20.0.0/14"
}

resource "aws_vpc_ipam_pool" "aws_ap_northeast_1" {
  provider = aws.ap_northeast_1

  address_family      = "ipv4"
  ipam_scope_id       = aws_vpc_ipam.this.private_default_scope_id
  locale              = "ap-northeast-1"
  source_ipam_pool_id = aws_vpc_ipam_pool.aws.id
  auto_import         = false
  description         = "vpcplan pool aws/ap-northeast-1"

  tags = {
    Name           = "aws/ap-northeast-1"
    "vpcplan:id"   = "ipam-pool/aws/ap-northeast-1"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_ap_northeast_1_10_71_0_0_16" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_ap_northeast_1.id
  cidr         = "10.71.0.0/16"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_64_0_0_10]
}

resource "aws_vpc_ipam_pool" "aws_us_west_2" {
  provider = aws.ap_northeast_1

  address_family      = "ipv4"
  ipam_scope_id       = aws_vpc_ipam.this.private_default_scope_id
  locale              = "us-west-2"
  source_ipam_pool_id = aws_vpc_ipam_pool.aws.id
  auto_import         = false
  description         = "vpcplan pool aws/us-west-2"

  tags = {
    Name           = "aws/us-west-2"
    "vpcplan:id"   = "ipam-pool/aws/us-west-2"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_us_west_2_10_67_64_0_18" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_us_west_2.id
  cidr         = "10.67.64.0/18"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_10_64_0_0_10]
}

resource "aws_vpc_ipam_pool" "aws_ap_northeast_1_nonprod" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "ap-northeast-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_ap_northeast_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 20
  allocation_max_netmask_length     = 20
  allocation_default_netmask_length = 20
  description                       = "vpcplan pool aws/ap-northeast-1/nonprod"

  tags = {
    Name           = "aws/ap-northeast-1/nonprod"
    "vpcplan:id"   = "ipam-pool/aws/ap-northeast-1/nonprod"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_ap_northeast_1_nonprod_10_71_0_0_19" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_ap_northeast_1_nonprod.id
  cidr         = "10.71.0.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_ap_northeast_1_10_71_0_0_16]
}

resource "aws_vpc_ipam_pool" "aws_ap_northeast_1_prod" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "ap-northeast-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_ap_northeast_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 20
  allocation_max_netmask_length     = 20
  allocation_default_netmask_length = 20
  description                       = "vpcplan pool aws/ap-northeast-1/prod"

  tags = {
    Name           = "aws/ap-northeast-1/prod"
    "vpcplan:id"   = "ipam-pool/aws/ap-northeast-1/prod"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_ap_northeast_1_prod_10_71_32_0_19" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_ap_northeast_1_prod.id
  cidr         = "10.71.32.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_ap_northeast_1_10_71_0_0_16]
}

resource "aws_vpc_ipam_pool" "aws_ap_northeast_1_shared" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "ap-northeast-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_ap_northeast_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 20
  allocation_max_netmask_length     = 20
  allocation_default_netmask_length = 20
  description                       = "vpcplan pool aws/ap-northeast-1/shared"

  tags = {
    Name           = "aws/ap-northeast-1/shared"
    "vpcplan:id"   = "ipam-pool/aws/ap-northeast-1/shared"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_ap_northeast_1_shared_10_71_64_0_19" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_ap_northeast_1_shared.id
  cidr         = "10.71.64.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_ap_northeast_1_10_71_0_0_16]
}

resource "aws_vpc_ipam_pool" "aws_us_west_2_prod" {
  provider = aws.ap_northeast_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-west-2"
  source_ipam_pool_id               = aws_vpc_ipam_pool.aws_us_west_2.id
  auto_import                       = false
  allocation_min_netmask_length     = 20
  allocation_max_netmask_length     = 20
  allocation_default_netmask_length = 20
  description                       = "vpcplan pool aws/us-west-2/prod"

  tags = {
    Name           = "aws/us-west-2/prod"
    "vpcplan:id"   = "ipam-pool/aws/us-west-2/prod"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_vpc_ipam_pool_cidr" "aws_us_west_2_prod_10_67_64_0_19" {
  provider = aws.ap_northeast_1

  ipam_pool_id = aws_vpc_ipam_pool.aws_us_west_2_prod.id
  cidr         = "10.67.64.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.aws_us_west_2_10_67_64_0_18]
}

resource "aws_ram_resource_share" "ipam_pools" {
  provider = aws.ap_northeast_1

  name                      = "vpcplan-hybrid-brownfield-ipam-pools"
  allow_external_principals = false

  tags = {
    Name           = "vpcplan-hybrid-brownfield-ipam-pools"
    "vpcplan:id"   = "ram/ipam-pools"
    "vpcplan:plan" = "hybrid-brownfield"
  }
}

resource "aws_ram_resource_association" "ipam_pools_aws_ap_northeast_1_nonprod" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_ap_northeast_1_nonprod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_ap_northeast_1_prod" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_ap_northeast_1_prod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_ap_northeast_1_shared" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_ap_northeast_1_shared.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_aws_us_west_2_prod" {
  provider = aws.ap_northeast_1

  resource_arn       = aws_vpc_ipam_pool.aws_us_west_2_prod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_erp_dev" {
  provider = aws.ap_northeast_1

  principal          = "400000000004"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_erp_prod" {
  provider = aws.ap_northeast_1

  principal          = "400000000003"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_shared" {
  provider = aws.ap_northeast_1

  principal          = "400000000002"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}
