resource "aws_vpc_ipam" "this" {
  provider = aws.us_east_1

  description = "vpcplan startup"

  operating_regions {
    region_name = "us-east-1"
  }

  tags = {
    Name           = "vpcplan-startup"
    "vpcplan:id"   = "ipam/startup"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_vpc_ipam_pool" "main" {
  provider = aws.us_east_1

  address_family = "ipv4"
  ipam_scope_id  = aws_vpc_ipam.this.private_default_scope_id
  auto_import    = false
  description    = "vpcplan pool main"

  tags = {
    Name           = "main"
    "vpcplan:id"   = "ipam-pool/main"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_10_0_0_0_12" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main.id
  cidr         = "10.0.0.0/12"
}

resource "aws_vpc_ipam_pool" "main_us_east_1" {
  provider = aws.us_east_1

  address_family      = "ipv4"
  ipam_scope_id       = aws_vpc_ipam.this.private_default_scope_id
  locale              = "us-east-1"
  source_ipam_pool_id = aws_vpc_ipam_pool.main.id
  auto_import         = false
  description         = "vpcplan pool main/us-east-1"

  tags = {
    Name           = "main/us-east-1"
    "vpcplan:id"   = "ipam-pool/main/us-east-1"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_10_0_0_0_16" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1.id
  cidr         = "10.0.0.0/16"

  depends_on = [aws_vpc_ipam_pool_cidr.main_10_0_0_0_12]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_nonprod" {
  provider = aws.us_east_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 20
  allocation_max_netmask_length     = 20
  allocation_default_netmask_length = 20
  description                       = "vpcplan pool main/us-east-1/nonprod"

  tags = {
    Name           = "main/us-east-1/nonprod"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/nonprod"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_nonprod_10_0_0_0_18" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_nonprod.id
  cidr         = "10.0.0.0/18"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_0_0_0_16]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_prod" {
  provider = aws.us_east_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 20
  allocation_max_netmask_length     = 20
  allocation_default_netmask_length = 20
  description                       = "vpcplan pool main/us-east-1/prod"

  tags = {
    Name           = "main/us-east-1/prod"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/prod"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_prod_10_0_64_0_19" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_prod.id
  cidr         = "10.0.64.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_0_0_0_16]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_shared" {
  provider = aws.us_east_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 20
  allocation_max_netmask_length     = 20
  allocation_default_netmask_length = 20
  description                       = "vpcplan pool main/us-east-1/shared"

  tags = {
    Name           = "main/us-east-1/shared"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/shared"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_shared_10_0_96_0_19" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_shared.id
  cidr         = "10.0.96.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_0_0_0_16]
}

resource "aws_ram_resource_share" "ipam_pools" {
  provider = aws.us_east_1

  name                      = "vpcplan-startup-ipam-pools"
  allow_external_principals = false

  tags = {
    Name           = "vpcplan-startup-ipam-pools"
    "vpcplan:id"   = "ram/ipam-pools"
    "vpcplan:plan" = "startup"
  }
}

resource "aws_ram_resource_association" "ipam_pools_main_us_east_1_nonprod" {
  provider = aws.us_east_1

  resource_arn       = aws_vpc_ipam_pool.main_us_east_1_nonprod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_main_us_east_1_prod" {
  provider = aws.us_east_1

  resource_arn       = aws_vpc_ipam_pool.main_us_east_1_prod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_dev" {
  provider = aws.us_east_1

  principal          = "100000000002"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_prod" {
  provider = aws.us_east_1

  principal          = "100000000004"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_stg" {
  provider = aws.us_east_1

  principal          = "100000000003"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}
