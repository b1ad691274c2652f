resource "aws_vpc_ipam" "this" {
  provider = aws.eu_west_1

  description = "vpcplan hybrid-dc"

  operating_regions {
    region_name = "eu-west-1"
  }

  operating_regions {
    region_name = "us-east-1"
  }

  tags = {
    Name           = "vpcplan-hybrid-dc"
    "vpcplan:id"   = "ipam/hybrid-dc"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool" "main" {
  provider = aws.eu_west_1

  address_family = "ipv4"
  ipam_scope_id  = aws_vpc_ipam.this.private_default_scope_id
  auto_import    = false
  description    = "vpcplan pool main"

  tags = {
    Name           = "main"
    "vpcplan:id"   = "ipam-pool/main"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_10_0_0_0_10" {
  provider = aws.eu_west_1

  ipam_pool_id = aws_vpc_ipam_pool.main.id
  cidr         = "10.0.0.0/10"
}

resource "aws_vpc_ipam_pool" "main_eu_west_1" {
  provider = aws.eu_west_1

  address_family      = "ipv4"
  ipam_scope_id       = aws_vpc_ipam.this.private_default_scope_id
  locale              = "eu-west-1"
  source_ipam_pool_id = aws_vpc_ipam_pool.main.id
  auto_import         = false
  description         = "vpcplan pool main/eu-west-1"

  tags = {
    Name           = "main/eu-west-1"
    "vpcplan:id"   = "ipam-pool/main/eu-west-1"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_eu_west_1_10_1_128_0_17" {
  provider = aws.eu_west_1

  ipam_pool_id = aws_vpc_ipam_pool.main_eu_west_1.id
  cidr         = "10.1.128.0/17"

  depends_on = [aws_vpc_ipam_pool_cidr.main_10_0_0_0_10]
}

resource "aws_vpc_ipam_pool" "main_us_east_1" {
  provider = aws.eu_west_1

  address_family      = "ipv4"
  ipam_scope_id       = aws_vpc_ipam.this.private_default_scope_id
  locale              = "us-east-1"
  source_ipam_pool_id = aws_vpc_ipam_pool.main.id
  auto_import         = false
  description         = "vpcplan pool main/us-east-1"

  tags = {
    Name           = "main/us-east-1"
    "vpcplan:id"   = "ipam-pool/main/us-east-1"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_10_1_0_0_17" {
  provider = aws.eu_west_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1.id
  cidr         = "10.1.0.0/17"

  depends_on = [aws_vpc_ipam_pool_cidr.main_10_0_0_0_10]
}

resource "aws_vpc_ipam_pool" "main_eu_west_1_nonprod" {
  provider = aws.eu_west_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "eu-west-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_eu_west_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 21
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool main/eu-west-1/nonprod"

  tags = {
    Name           = "main/eu-west-1/nonprod"
    "vpcplan:id"   = "ipam-pool/main/eu-west-1/nonprod"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_eu_west_1_nonprod_10_1_128_0_20" {
  provider = aws.eu_west_1

  ipam_pool_id = aws_vpc_ipam_pool.main_eu_west_1_nonprod.id
  cidr         = "10.1.128.0/20"

  depends_on = [aws_vpc_ipam_pool_cidr.main_eu_west_1_10_1_128_0_17]
}

resource "aws_vpc_ipam_pool" "main_eu_west_1_prod" {
  provider = aws.eu_west_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "eu-west-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_eu_west_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 21
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool main/eu-west-1/prod"

  tags = {
    Name           = "main/eu-west-1/prod"
    "vpcplan:id"   = "ipam-pool/main/eu-west-1/prod"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_eu_west_1_prod_10_1_144_0_20" {
  provider = aws.eu_west_1

  ipam_pool_id = aws_vpc_ipam_pool.main_eu_west_1_prod.id
  cidr         = "10.1.144.0/20"

  depends_on = [aws_vpc_ipam_pool_cidr.main_eu_west_1_10_1_128_0_17]
}

resource "aws_vpc_ipam_pool" "main_eu_west_1_shared" {
  provider = aws.eu_west_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "eu-west-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_eu_west_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 21
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool main/eu-west-1/shared"

  tags = {
    Name           = "main/eu-west-1/shared"
    "vpcplan:id"   = "ipam-pool/main/eu-west-1/shared"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_eu_west_1_shared_10_1_160_0_20" {
  provider = aws.eu_west_1

  ipam_pool_id = aws_vpc_ipam_pool.main_eu_west_1_shared.id
  cidr         = "10.1.160.0/20"

  depends_on = [aws_vpc_ipam_pool_cidr.main_eu_west_1_10_1_128_0_17]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_nonprod" {
  provider = aws.eu_west_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 21
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool main/us-east-1/nonprod"

  tags = {
    Name           = "main/us-east-1/nonprod"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/nonprod"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_nonprod_10_1_32_0_20" {
  provider = aws.eu_west_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_nonprod.id
  cidr         = "10.1.32.0/20"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_1_0_0_17]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_prod" {
  provider = aws.eu_west_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 21
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool main/us-east-1/prod"

  tags = {
    Name           = "main/us-east-1/prod"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/prod"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_prod_10_1_0_0_19" {
  provider = aws.eu_west_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_prod.id
  cidr         = "10.1.0.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_1_0_0_17]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_shared" {
  provider = aws.eu_west_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 21
  allocation_max_netmask_length     = 21
  allocation_default_netmask_length = 21
  description                       = "vpcplan pool main/us-east-1/shared"

  tags = {
    Name           = "main/us-east-1/shared"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/shared"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_shared_10_1_48_0_20" {
  provider = aws.eu_west_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_shared.id
  cidr         = "10.1.48.0/20"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_1_0_0_17]
}

resource "aws_ram_resource_share" "ipam_pools" {
  provider = aws.eu_west_1

  name                      = "vpcplan-hybrid-dc-ipam-pools"
  allow_external_principals = false

  tags = {
    Name           = "vpcplan-hybrid-dc-ipam-pools"
    "vpcplan:id"   = "ram/ipam-pools"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ram_resource_association" "ipam_pools_main_eu_west_1_nonprod" {
  provider = aws.eu_west_1

  resource_arn       = aws_vpc_ipam_pool.main_eu_west_1_nonprod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_main_eu_west_1_prod" {
  provider = aws.eu_west_1

  resource_arn       = aws_vpc_ipam_pool.main_eu_west_1_prod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_main_us_east_1_nonprod" {
  provider = aws.eu_west_1

  resource_arn       = aws_vpc_ipam_pool.main_us_east_1_nonprod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_main_us_east_1_prod" {
  provider = aws.eu_west_1

  resource_arn       = aws_vpc_ipam_pool.main_us_east_1_prod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_nonprod" {
  provider = aws.eu_west_1

  principal          = "700000000003"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_prod" {
  provider = aws.eu_west_1

  principal          = "700000000002"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}
