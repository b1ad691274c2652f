resource "aws_vpc" "stg_eu_central_1_app" {
  provider = aws.eu_central_1

  cidr_block           = "10.10.6.0/23"
  ipv4_ipam_pool_id    = var.ipam_pool_id_main_eu_central_1_default
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "app"
    "vpcplan:id"   = "stg/eu-central-1/app"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_subnet" "stg_eu_central_1_app_public_a" {
  provider = aws.eu_central_1

  vpc_id            = aws_vpc.stg_eu_central_1_app.id
  cidr_block        = "10.10.7.0/26"
  availability_zone = "eu-central-1a"

  tags = {
    Name           = "app-public-a"
    "vpcplan:id"   = "stg/eu-central-1/app/public-a"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_subnet" "stg_eu_central_1_app_public_b" {
  provider = aws.eu_central_1

  vpc_id            = aws_vpc.stg_eu_central_1_app.id
  cidr_block        = "10.10.7.64/26"
  availability_zone = "eu-central-1b"

  tags = {
    Name           = "app-public-b"
    "vpcplan:id"   = "stg/eu-central-1/app/public-b"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_subnet" "stg_eu_central_1_app_private_a" {
  provider = aws.eu_central_1

  vpc_id            = aws_vpc.stg_eu_central_1_app.id
  cidr_block        = "10.10.6.0/25"
  availability_zone = "eu-central-1a"

  tags = {
    Name           = "app-private-a"
    "vpcplan:id"   = "stg/eu-central-1/app/private-a"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_subnet" "stg_eu_central_1_app_private_b" {
  provider = aws.eu_central_1

  vpc_id            = aws_vpc.stg_eu_central_1_app.id
  cidr_block        = "10.10.6.128/25"
  availability_zone = "eu-central-1b"

  tags = {
    Name           = "app-private-b"
    "vpcplan:id"   = "stg/eu-central-1/app/private-b"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_internet_gateway" "stg_eu_central_1_app" {
  provider = aws.eu_central_1

  vpc_id = aws_vpc.stg_eu_central_1_app.id

  tags = {
    Name           = "app-igw"
    "vpcplan:id"   = "igw/stg/eu-central-1/app"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_eip" "stg_eu_central_1_app_nat_eu_central_1a" {
  provider = aws.eu_central_1

  domain = "vpc"

  tags = {
    Name           = "app-nat-eu-central-1a"
    "vpcplan:id"   = "nat/stg/eu-central-1/app/eu-central-1a/eip"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_nat_gateway" "stg_eu_central_1_app_nat_eu_central_1a" {
  provider = aws.eu_central_1

  allocation_id = aws_eip.stg_eu_central_1_app_nat_eu_central_1a.id
  subnet_id     = aws_subnet.stg_eu_central_1_app_public_a.id

  tags = {
    Name           = "app-nat-eu-central-1a"
    "vpcplan:id"   = "nat/stg/eu-central-1/app/eu-central-1a"
    "vpcplan:plan" = "tiny"
  }

  depends_on = [aws_internet_gateway.stg_eu_central_1_app]
}

resource "aws_eip" "stg_eu_central_1_app_nat_eu_central_1b" {
  provider = aws.eu_central_1

  domain = "vpc"

  tags = {
    Name           = "app-nat-eu-central-1b"
    "vpcplan:id"   = "nat/stg/eu-central-1/app/eu-central-1b/eip"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_nat_gateway" "stg_eu_central_1_app_nat_eu_central_1b" {
  provider = aws.eu_central_1

  allocation_id = aws_eip.stg_eu_central_1_app_nat_eu_central_1b.id
  subnet_id     = aws_subnet.stg_eu_central_1_app_public_b.id

  tags = {
    Name           = "app-nat-eu-central-1b"
    "vpcplan:id"   = "nat/stg/eu-central-1/app/eu-central-1b"
    "vpcplan:plan" = "tiny"
  }

  depends_on = [aws_internet_gateway.stg_eu_central_1_app]
}

resource "aws_route_table" "rtb_stg_eu_central_1_app_public" {
  provider = aws.eu_central_1

  vpc_id = aws_vpc.stg_eu_central_1_app.id

  tags = {
    Name           = "app-workload-public"
    "vpcplan:id"   = "rtb/stg/eu-central-1/app/workload/public"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_route" "rtb_stg_eu_central_1_app_public_default" {
  provider = aws.eu_central_1

  route_table_id         = aws_route_table.rtb_stg_eu_central_1_app_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.stg_eu_central_1_app.id
}

resource "aws_route_table_association" "stg_eu_central_1_app_public_a" {
  provider = aws.eu_central_1

  subnet_id      = aws_subnet.stg_eu_central_1_app_public_a.id
  route_table_id = aws_route_table.rtb_stg_eu_central_1_app_public.id
}

resource "aws_route_table_association" "stg_eu_central_1_app_public_b" {
  provider = aws.eu_central_1

  subnet_id      = aws_subnet.stg_eu_central_1_app_public_b.id
  route_table_id = aws_route_table.rtb_stg_eu_central_1_app_public.id
}

resource "aws_route_table" "rtb_stg_eu_central_1_app_workload_eu_central_1a" {
  provider = aws.eu_central_1

  vpc_id = aws_vpc.stg_eu_central_1_app.id

  tags = {
    Name           = "app-workload-eu-central-1a"
    "vpcplan:id"   = "rtb/stg/eu-central-1/app/workload/eu-central-1a"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_route" "rtb_stg_eu_central_1_app_workload_eu_central_1a_default" {
  provider = aws.eu_central_1

  route_table_id         = aws_route_table.rtb_stg_eu_central_1_app_workload_eu_central_1a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.stg_eu_central_1_app_nat_eu_central_1a.id
}

resource "aws_route_table_association" "stg_eu_central_1_app_private_a" {
  provider = aws.eu_central_1

  subnet_id      = aws_subnet.stg_eu_central_1_app_private_a.id
  route_table_id = aws_route_table.rtb_stg_eu_central_1_app_workload_eu_central_1a.id
}

resource "aws_route_table" "rtb_stg_eu_central_1_app_workload_eu_central_1b" {
  provider = aws.eu_central_1

  vpc_id = aws_vpc.stg_eu_central_1_app.id

  tags = {
    Name           = "app-workload-eu-central-1b"
    "vpcplan:id"   = "rtb/stg/eu-central-1/app/workload/eu-central-1b"
    "vpcplan:plan" = "tiny"
  }
}

resource "aws_route" "rtb_stg_eu_central_1_app_workload_eu_central_1b_default" {
  provider = aws.eu_central_1

  route_table_id         = aws_route_table.rtb_stg_eu_central_1_app_workload_eu_central_1b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.stg_eu_central_1_app_nat_eu_central_1b.id
}

resource "aws_route_table_association" "stg_eu_central_1_app_private_b" {
  provider = aws.eu_central_1

  subnet_id      = aws_subnet.stg_eu_central_1_app_private_b.id
  route_table_id = aws_route_table.rtb_stg_eu_central_1_app_workload_eu_central_1b.id
}
