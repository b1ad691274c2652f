resource "aws_vpc" "vpc_0d5a1e2f3b4c5d6e7" {
  provider = aws.us_east_1

  cidr_block                       = "10.40.0.0/16"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true

  tags = {
    Name           = "dual-app"
    "vpcplan:id"   = "vpc-0d5a1e2f3b4c5d6e7"
    "vpcplan:plan" = "aws_configs-dual-stack"
  }
}

resource "aws_subnet" "subnet_0a11c0ffee0000001" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.vpc_0d5a1e2f3b4c5d6e7.id
  cidr_block                      = "10.40.0.0/24"
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.vpc_0d5a1e2f3b4c5d6e7.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "dual-app-app-a"
    "vpcplan:id"   = "subnet-0a11c0ffee0000001"
    "vpcplan:plan" = "aws_configs-dual-stack"
  }
}

resource "aws_subnet" "subnet_0a11c0ffee0000002" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.vpc_0d5a1e2f3b4c5d6e7.id
  cidr_block                      = "10.40.1.0/24"
  availability_zone               = "us-east-1b"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.vpc_0d5a1e2f3b4c5d6e7.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "dual-app-app-b"
    "vpcplan:id"   = "subnet-0a11c0ffee0000002"
    "vpcplan:plan" = "aws_configs-dual-stack"
  }
}

resource "aws_subnet" "subnet_0a11c0ffee0000003" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.vpc_0d5a1e2f3b4c5d6e7.id
  cidr_block                      = "10.40.2.0/24"
  availability_zone               = "us-east-1c"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.vpc_0d5a1e2f3b4c5d6e7.ipv6_cidr_block, 8, 2)
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "dual-app-app-c"
    "vpcplan:id"   = "subnet-0a11c0ffee0000003"
    "vpcplan:plan" = "aws_configs-dual-stack"
  }
}

resource "aws_subnet" "subnet_0a11c0ffee0000004" {
  provider = aws.us_east_1

  vpc_id                          = aws_vpc.vpc_0d5a1e2f3b4c5d6e7.id
  availability_zone               = "us-east-1a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.vpc_0d5a1e2f3b4c5d6e7.ipv6_cidr_block, 8, 16)
  ipv6_native                     = true
  assign_ipv6_address_on_creation = true

  tags = {
    Name           = "dual-app-ipv6-only-a"
    "vpcplan:id"   = "subnet-0a11c0ffee0000004"
    "vpcplan:plan" = "aws_configs-dual-stack"
  }
}
