resource "aws_vpc_ipam" "this" {
  provider = aws.us_east_1

  description = "vpcplan conn-4-vpc-peering"

  operating_regions {
    region_name = "us-east-1"
  }

  tags = {
    Name           = "vpcplan-conn-4-vpc-peering"
    "vpcplan:id"   = "ipam/conn-4-vpc-peering"
    "vpcplan:plan" = "conn-4-vpc-peering"
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
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_10_0_0_0_14" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main.id
  cidr         = "10.0.0.0/14"
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
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_10_0_0_0_18" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1.id
  cidr         = "10.0.0.0/18"

  depends_on = [aws_vpc_ipam_pool_cidr.main_10_0_0_0_14]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_team" {
  provider = aws.us_east_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 22
  allocation_max_netmask_length     = 22
  allocation_default_netmask_length = 22
  description                       = "vpcplan pool main/us-east-1/team"

  tags = {
    Name           = "main/us-east-1/team"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/team"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_team_10_0_0_0_19" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_team.id
  cidr         = "10.0.0.0/19"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_0_0_0_18]
}

resource "aws_ram_resource_share" "ipam_pools" {
  provider = aws.us_east_1

  name                      = "vpcplan-conn-4-vpc-peering-ipam-pools"
  allow_external_principals = false

  tags = {
    Name           = "vpcplan-conn-4-vpc-peering-ipam-pools"
    "vpcplan:id"   = "ram/ipam-pools"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_ram_resource_association" "ipam_pools_main_us_east_1_team" {
  provider = aws.us_east_1

  resource_arn       = aws_vpc_ipam_pool.main_us_east_1_team.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_data" {
  provider = aws.us_east_1

  principal          = "200000000002"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}
