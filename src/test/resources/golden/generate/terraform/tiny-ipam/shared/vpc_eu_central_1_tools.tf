resource "aws_vpc" "shared_eu_central_1_tools" {
  provider = aws.eu_central_1

  cidr_block           = "10.10.4.0/23"
  ipv4_ipam_pool_id    = aws_vpc_ipam_pool.main_eu_central_1_default.id
  enable_dns_support   = true
  enable_dns_hostnames = true

  depends_on = [aws_vpc_ipam_pool_cidr.main_eu_central_1_default_10_10_0_0_20]

  tags = {
    Name           = "tools"
    "vpcplan:id"   = "shared/eu-central-1/tools"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_subnet" "shared_eu_central_1_tools_public_a" {
  provider = aws.eu_central_1

  vpc_id            = aws_vpc.shared_eu_central_1_tools.id
  cidr_block        = "10.10.5.0/26"
  availability_zone = "eu-central-1a"

  tags = {
    Name           = "tools-public-a"
    "vpcplan:id"   = "shared/eu-central-1/tools/public-a"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_subnet" "shared_eu_central_1_tools_public_b" {
  provider = aws.eu_central_1

  vpc_id            = aws_vpc.shared_eu_central_1_tools.id
  cidr_block        = "10.10.5.64/26"
  availability_zone = "eu-central-1b"

  tags = {
    Name           = "tools-public-b"
    "vpcplan:id"   = "shared/eu-central-1/tools/public-b"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_subnet" "shared_eu_central_1_tools_private_a" {
  provider = aws.eu_central_1

  vpc_id            = aws_vpc.shared_eu_central_1_tools.id
  cidr_block        = "10.10.4.0/25"
  availability_zone = "eu-central-1a"

  tags = {
    Name           = "tools-private-a"
    "vpcplan:id"   = "shared/eu-central-1/tools/private-a"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_subnet" "shared_eu_central_1_tools_private_b" {
  provider = aws.eu_central_1

  vpc_id            = aws_vpc.shared_eu_central_1_tools.id
  cidr_block        = "10.10.4.128/25"
  availability_zone = "eu-central-1b"

  tags = {
    Name           = "tools-private-b"
    "vpcplan:id"   = "shared/eu-central-1/tools/private-b"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_internet_gateway" "shared_eu_central_1_tools" {
  provider = aws.eu_central_1

  vpc_id = aws_vpc.shared_eu_central_1_tools.id

  tags = {
    Name           = "tools-igw"
    "vpcplan:id"   = "igw/shared/eu-central-1/tools"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_eip" "shared_eu_central_1_tools_nat_eu_central_1a" {
  provider = aws.eu_central_1

  domain = "vpc"

  tags = {
    Name           = "tools-nat-eu-central-1a"
    "vpcplan:id"   = "nat/shared/eu-central-1/tools/eu-central-1a/eip"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_nat_gateway" "shared_eu_central_1_tools_nat_eu_central_1a" {
  provider = aws.eu_central_1

  allocation_id = aws_eip.shared_eu_central_1_tools_nat_eu_central_1a.id
  subnet_id     = aws_subnet.shared_eu_central_1_tools_public_a.id

  tags = {
    Name           = "tools-nat-eu-central-1a"
    "vpcplan:id"   = "nat/shared/eu-central-1/tools/eu-central-1a"
    "vpcplan:plan" = "tiny"
  }

  depends_on = [aws_internet_gateway.shared_eu_central_1_tools]
}

resource "aws_eip" "shared_eu_central_1_tools_nat_eu_central_1b" {
  provider = aws.eu_central_1

  domain = "vpc"

  tags = {
    Name           = "tools-nat-eu-central-1b"
    "vpcplan:id"   = "nat/shared/eu-central-1/tools/eu-central-1b/eip"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_nat_gateway" "shared_eu_central_1_tools_nat_eu_central_1b" {
  provider = aws.eu_central_1

  allocation_id = aws_eip.shared_eu_central_1_tools_nat_eu_central_1b.id
  subnet_id     = aws_subnet.shared_eu_central_1_tools_public_b.id

  tags = {
    Name           = "tools-nat-eu-central-1b"
    "vpcplan:id"   = "nat/shared/eu-central-1/tools/eu-central-1b"
    "vpcplan:plan" = "tiny"
  }

  depends_on = [aws_internet_gateway.shared_eu_central_1_tools]
}

resource "aws_route_table" "rtb_shared_eu_central_1_tools_public" {
  provider = aws.eu_central_1

  vpc_id = aws_vpc.shared_eu_central_1_tools.id

  tags = {
    Name           = "tools-workload-public"
    "vpcplan:id"   = "rtb/shared/eu-central-1/tools/workload/public"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_route" "rtb_shared_eu_central_1_tools_public_default" {
  provider = aws.eu_central_1

  route_table_id         = aws_route_table.rtb_shared_eu_central_1_tools_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.shared_eu_central_1_tools.id
}

resource "aws_route_table_association" "shared_eu_central_1_tools_public_a" {
  provider = aws.eu_central_1

  subnet_id      = aws_subnet.shared_eu_central_1_tools_public_a.id
  route_table_id = aws_route_table.rtb_shared_eu_central_1_tools_public.id
}

resource "aws_route_table_association" "shared_eu_central_1_tools_public_b" {
  provider = aws.eu_central_1

  subnet_id      = aws_subnet.shared_eu_central_1_tools_public_b.id
  route_table_id = aws_route_table.rtb_shared_eu_central_1_tools_public.id
}

resource "aws_route_table" "rtb_shared_eu_central_1_tools_workload_eu_central_1a" {
  provider = aws.eu_central_1

  vpc_id = aws_vpc.shared_eu_central_1_tools.id

  tags = {
    Name           = "tools-workload-eu-central-1a"
    "vpcplan:id"   = "rtb/shared/eu-central-1/tools/workload/eu-central-1a"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_route" "rtb_shared_eu_central_1_tools_workload_eu_central_1a_default" {
  provider = aws.eu_central_1

  route_table_id         = aws_route_table.rtb_shared_eu_central_1_tools_workload_eu_central_1a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.shared_eu_central_1_tools_nat_eu_central_1a.id
}

resource "aws_route_table_association" "shared_eu_central_1_tools_private_a" {
  provider = aws.eu_central_1

  subnet_id      = aws_subnet.shared_eu_central_1_tools_private_a.id
  route_table_id = aws_route_table.rtb_shared_eu_central_1_tools_workload_eu_central_1a.id
}

resource "aws_route_table" "rtb_shared_eu_central_1_tools_workload_eu_central_1b" {
  provider = aws.eu_central_1

  vpc_id = aws_vpc.shared_eu_central_1_tools.id

  tags = {
    Name           = "tools-workload-eu-central-1b"
    "vpcplan:id"   = "rtb/shared/eu-central-1/tools/workload/eu-central-1b"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_route" "rtb_shared_eu_central_1_tools_workload_eu_central_1b_default" {
  provider = aws.eu_central_1

  route_table_id         = aws_route_table.rtb_shared_eu_central_1_tools_workload_eu_central_1b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.shared_eu_central_1_tools_nat_eu_central_1b.id
}

resource "aws_route_table_association" "shared_eu_central_1_tools_private_b" {
  provider = aws.eu_central_1

  subnet_id      = aws_subnet.shared_eu_central_1_tools_private_b.id
  route_table_id = aws_route_table.rtb_shared_eu_central_1_tools_workload_eu_central_1b.id
}
