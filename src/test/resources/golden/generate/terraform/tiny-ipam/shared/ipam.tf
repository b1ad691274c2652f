resource "aws_vpc_ipam" "this" {
  provider = aws.eu_central_1

  description = "vpcplan tiny"

  operating_regions {
    region_name = "eu-central-1"
  }

  tags = {
    Name           = "vpcplan-tiny"
    "vpcplan:id"   = "ipam/tiny"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_vpc_ipam_pool" "main" {
  provider = aws.eu_central_1

  address_family = "ipv4"
  ipam_scope_id  = aws_vpc_ipam.this.private_default_scope_id
  auto_import    = false
  description    = "vpcplan pool main"

  tags = {
    Name           = "main"
    "vpcplan:id"   = "ipam-pool/main"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_10_10_0_0_16" {
  provider = aws.eu_central_1

  ipam_pool_id = aws_vpc_ipam_pool.main.id
  cidr         = "10.10.0.0/16"
}

resource "aws_vpc_ipam_pool" "main_eu_central_1" {
  provider = aws.eu_central_1

  address_family      = "ipv4"
  ipam_scope_id       = aws_vpc_ipam.this.private_default_scope_id
  locale              = "eu-central-1"
  source_ipam_pool_id = aws_vpc_ipam_pool.main.id
  auto_import         = false
  description         = "vpcplan pool main/eu-central-1"

  tags = {
    Name           = "main/eu-central-1"
    "vpcplan:id"   = "ipam-pool/main/eu-central-1"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_eu_central_1_10_10_0_0_19" {
  provider = aws.eu_central_1

  ipam_pool_id = aws_vpc_ipam_pool.main_eu_central_1.id
  cidr         = "10.10.0.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.main_10_10_0_0_16]
}

resource "aws_vpc_ipam_pool" "main_eu_central_1_default" {
  provider = aws.eu_central_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "eu-central-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_eu_central_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 23
  allocation_max_netmask_length     = 23
  allocation_default_netmask_length = 23
  description                       = "vpcplan pool main/eu-central-1/default"

  tags = {
    Name           = "main/eu-central-1/default"
    "vpcplan:id"   = "ipam-pool/main/eu-central-1/default"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_eu_central_1_default_10_10_0_0_20" {
  provider = aws.eu_central_1

  ipam_pool_id = aws_vpc_ipam_pool.main_eu_central_1_default.id
  cidr         = "10.10.0.0/20"

  depends_on = [aws_vpc_ipam_pool_cidr.main_eu_central_1_10_10_0_0_19]
}

resource "aws_ram_resource_share" "ipam_pools" {
  provider = aws.eu_central_1

  name                      = "vpcplan-tiny-ipam-pools"
  allow_external_principals = false

  tags = {
    Name           = "vpcplan-tiny-ipam-pools"
    "vpcplan:id"   = "ram/ipam-pools"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_ram_resource_association" "ipam_pools_main_eu_central_1_default" {
  provider = aws.eu_central_1

  resource_arn       = aws_vpc_ipam_pool.main_eu_central_1_default.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_dev" {
  provider = aws.eu_central_1

  principal          = "300000000002"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_prod" {
  provider = aws.eu_central_1

  principal          = "300000000004"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_stg" {
  provider = aws.eu_central_1

  principal          = "300000000003"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}
