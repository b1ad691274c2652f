resource "aws_vpc_ipam" "this" {
  provider = aws.us_east_1

  description = "vpcplan conn-10-vpc-mesh"

  operating_regions {
    region_name = "us-east-1"
  }

  tags = {
    Name           = "vpcplan-conn-10-vpc-mesh"
    "vpcplan:id"   = "ipam/conn-10-vpc-mesh"
    "vpcplan:plan" = "conn-10-vpc-mesh"
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
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_10_0_0_0_8" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main.id
  cidr         = "10.0.0.0/8"
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
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_10_0_0_0_16" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1.id
  cidr         = "10.0.0.0/16"

  depends_on = [aws_vpc_ipam_pool_cidr.main_10_0_0_0_8]
}

resource "aws_vpc_ipam_pool" "main_us_east_1_all" {
  provider = aws.us_east_1

  address_family                    = "ipv4"
  ipam_scope_id                     = aws_vpc_ipam.this.private_default_scope_id
  locale                            = "us-east-1"
  source_ipam_pool_id               = aws_vpc_ipam_pool.main_us_east_1.id
  auto_import                       = false
  allocation_min_netmask_length     = 22
  allocation_max_netmask_length     = 22
  allocation_default_netmask_length = 22
  description                       = "vpcplan pool main/us-east-1/all"

  tags = {
    Name           = "main/us-east-1/all"
    "vpcplan:id"   = "ipam-pool/main/us-east-1/all"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_ipam_pool_cidr" "main_us_east_1_all_10_0_0_0_17" {
  provider = aws.us_east_1

  ipam_pool_id = aws_vpc_ipam_pool.main_us_east_1_all.id
  cidr         = "10.0.0.0/17"

  depends_on = [aws_vpc_ipam_pool_cidr.main_us_east_1_10_0_0_0_16]
}

resource "aws_ram_resource_share" "ipam_pools" {
  provider = aws.us_east_1

  name                      = "vpcplan-conn-10-vpc-mesh-ipam-pools"
  allow_external_principals = false

  tags = {
    Name           = "vpcplan-conn-10-vpc-mesh-ipam-pools"
    "vpcplan:id"   = "ram/ipam-pools"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_ram_resource_association" "ipam_pools_main_us_east_1_all" {
  provider = aws.us_east_1

  resource_arn       = aws_vpc_ipam_pool.main_us_east_1_all.arn
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_team02" {
  provider = aws.us_east_1

  principal          = "300000000002"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_team03" {
  provider = aws.us_east_1

  principal          = "300000000003"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_team04" {
  provider = aws.us_east_1

  principal          = "300000000004"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}

resource "aws_ram_principal_association" "ipam_pools_team05" {
  provider = aws.us_east_1

  principal          = "300000000005"
  resource_share_arn = aws_ram_resource_share.ipam_pools.arn
}
