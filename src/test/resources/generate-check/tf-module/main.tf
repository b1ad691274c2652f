# Hand-written module for the checker's own tests (not generated).
locals {
  name = "payments-prod"
  tags = merge(var.tags, { "vpcplan:plan" = "enterprise" })
}

resource "aws_vpc" "main" {
  cidr_block           = "10.16.0.0/20"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags                 = merge(local.tags, { Name = local.name })
}

resource "aws_subnet" "attach_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.16.15.240/28"
  availability_zone = "us-east-1a"
  tags              = merge(local.tags, { Name = "${local.name}-attach-a" })
}

resource "aws_route_table" "workload" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block         = "10.0.0.0/8"
    transit_gateway_id = var.transit_gateway_id
  }

  tags = local.tags
}

resource "aws_ec2_transit_gateway_vpc_attachment" "main" {
  transit_gateway_id = var.transit_gateway_id
  vpc_id             = aws_vpc.main.id
  subnet_ids         = [aws_subnet.attach_a.id]
  dns_support        = "enable"
  tags               = merge(local.tags, { Name = "${local.name}-attachment" })
}
