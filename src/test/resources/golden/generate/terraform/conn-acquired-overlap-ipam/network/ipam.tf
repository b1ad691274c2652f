resource "aws_vpc_ipam" "this" {
  provider = aws.us_east_1

  description = "vpcplan conn-acquired-overlap"

  operating_regions {
    region_name = "us-east-1"
  }

  tags = {
    Name           = "vpcplan-conn-acquired-overlap"
    "vpcplan:id"   = "ipam/conn-acquired-overlap"
    "vpcplan:plan" = "conn-acquired-overlap"
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
    "vpcplan:plan" = "conn-acquired-overlap"
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
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_10_1_0_0_19" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1.id
  cidr         = "10.1.0.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.main_10_0_0_0_12]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_prod" {
  provider = aws.us_east_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 22
  allocation_max_netmask_length     = 22
  allocation_default_netmask_length = 22
  description                       = "vpcplan pool main/us-east-1/prod"

  tags = {
    Name           = "main/us-east-1/prod"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/prod"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_prod_10_1_0_0_21" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_prod.id
  cidr         = "10.1.0.0/21"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_1_0_0_19]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_shared" {
  provider = aws.us_east_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 22
  allocation_max_netmask_length     = 22
  allocation_default_netmask_length = 22
  description                       = "vpcplan pool main/us-east-1/shared"

  tags = {
    Name           = "main/us-east-1/shared"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/shared"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_shared_10_1_8_0_21" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_shared.id
  cidr         = "10.1.8.0/21"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_1_0_0_19]
}

resource "aws_ram_resource_share" "ipam_pools" {
  provider = aws.us_east_1

  name                      = "vpcplan-conn-acquired-overlap-ipam-pools"
  allow_external_principals = false

  tags = {
    Name           = "vpcplan-conn-acquired-overlap-ipam-pools"
    "vpcplan:id"   = "ram/ipam-pools"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_ram_resource_association" "ipam_pools_main_us_east_1_prod" {
  provider = aws.us_east_1

  resource_arn       = aws_vpc_ipam_pool.main_us_east_1_prod.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_resource_association" "ipam_pools_main_us_east_1_shared" {
  provider = aws.us_east_1

  resource_arn       = aws_vpc_ipam_pool.main_us_east_1_shared.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_analytics" {
  provider = aws.us_east_1

  principal          = "400000000002"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_platform" {
  provider = aws.us_east_1

  principal          = "400000000003"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}
