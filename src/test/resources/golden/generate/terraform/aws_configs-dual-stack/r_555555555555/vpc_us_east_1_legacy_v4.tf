resource "aws_vpc" "vpc_07e6d5c4b3a291807" {
  provider = aws.us_east_1

  cidr_block           = "10.41.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "legacy-v4"
    "vpcplan:id"   = "vpc-07e6d5c4b3a291807"
    "vpcplan:plan" = "aws_configs-dual-stack"
  }
}

resource "aws_subnet" "subnet_0a11c0ffee0000005" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.vpc_07e6d5c4b3a291807.id
  cidr_block        = "10.41.0.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "legacy-v4-legacy-a"
    "vpcplan:id"   = "subnet-0a11c0ffee0000005"
    "vpcplan:plan" = "aws_configs-dual-stack"
  }
}

resource "aws_subnet" "subnet_0a11c0ffee0000006" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.vpc_07e6d5c4b3a291807.id
  cidr_block        = "10.41.1.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "legacy-v4-legacy-b"
    "vpcplan:id"   = "subnet-0a11c0ffee0000006"
    "vpcplan:plan" = "aws_configs-dual-stack"
  }
}
