resource "aws_vpc" "network_us_east_1_inspection" {
  provider = aws.us_east_1

  cidr_block           = "100.64.1.0/24"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name           = "inspection"
    "vpcplan:id"   = "network/us-east-1/inspection"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_tgw_attach_us_east_1a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.0/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "inspection-tgw-attach-us-east-1a"
    "vpcplan:id"   = "network/us-east-1/inspection/tgw-attach-us-east-1a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_firewall_us_east_1a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.128/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "inspection-firewall-us-east-1a"
    "vpcplan:id"   = "network/us-east-1/inspection/firewall-us-east-1a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_public_us_east_1a" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.48/28"
  availability_zone = "us-east-1a"

  tags = {
    Name           = "inspection-public-us-east-1a"
    "vpcplan:id"   = "network/us-east-1/inspection/public-us-east-1a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_tgw_attach_us_east_1b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.16/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "inspection-tgw-attach-us-east-1b"
    "vpcplan:id"   = "network/us-east-1/inspection/tgw-attach-us-east-1b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_firewall_us_east_1b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.144/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "inspection-firewall-us-east-1b"
    "vpcplan:id"   = "network/us-east-1/inspection/firewall-us-east-1b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_public_us_east_1b" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.64/28"
  availability_zone = "us-east-1b"

  tags = {
    Name           = "inspection-public-us-east-1b"
    "vpcplan:id"   = "network/us-east-1/inspection/public-us-east-1b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_tgw_attach_us_east_1c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.32/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "inspection-tgw-attach-us-east-1c"
    "vpcplan:id"   = "network/us-east-1/inspection/tgw-attach-us-east-1c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_firewall_us_east_1c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.160/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "inspection-firewall-us-east-1c"
    "vpcplan:id"   = "network/us-east-1/inspection/firewall-us-east-1c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_subnet" "network_us_east_1_inspection_public_us_east_1c" {
  provider = aws.us_east_1

  vpc_id            = aws_vpc.network_us_east_1_inspection.id
  cidr_block        = "100.64.1.80/28"
  availability_zone = "us-east-1c"

  tags = {
    Name           = "inspection-public-us-east-1c"
    "vpcplan:id"   = "network/us-east-1/inspection/public-us-east-1c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_internet_gateway" "network_us_east_1_inspection" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-igw"
    "vpcplan:id"   = "igw/network/us-east-1/inspection"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_eip" "network_us_east_1_inspection_nat_us_east_1a" {
  provider = aws.us_east_1

  domain = "vpc"

  tags = {
    Name           = "inspection-nat-us-east-1a"
    "vpcplan:id"   = "nat/network/us-east-1/inspection/us-east-1a/eip"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_nat_gateway" "network_us_east_1_inspection_nat_us_east_1a" {
  provider = aws.us_east_1

  allocation_id = aws_eip.network_us_east_1_inspection_nat_us_east_1a.id
  subnet_id     = aws_subnet.network_us_east_1_inspection_public_us_east_1a.id

  tags = {
    Name           = "inspection-nat-us-east-1a"
    "vpcplan:id"   = "nat/network/us-east-1/inspection/us-east-1a"
    "vpcplan:plan" = "conn-segmented-hub"
  }

  depends_on = [aws_internet_gateway.network_us_east_1_inspection]
}

resource "aws_eip" "network_us_east_1_inspection_nat_us_east_1b" {
  provider = aws.us_east_1

  domain = "vpc"

  tags = {
    Name           = "inspection-nat-us-east-1b"
    "vpcplan:id"   = "nat/network/us-east-1/inspection/us-east-1b/eip"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_nat_gateway" "network_us_east_1_inspection_nat_us_east_1b" {
  provider = aws.us_east_1

  allocation_id = aws_eip.network_us_east_1_inspection_nat_us_east_1b.id
  subnet_id     = aws_subnet.network_us_east_1_inspection_public_us_east_1b.id

  tags = {
    Name           = "inspection-nat-us-east-1b"
    "vpcplan:id"   = "nat/network/us-east-1/inspection/us-east-1b"
    "vpcplan:plan" = "conn-segmented-hub"
  }

  depends_on = [aws_internet_gateway.network_us_east_1_inspection]
}

resource "aws_eip" "network_us_east_1_inspection_nat_us_east_1c" {
  provider = aws.us_east_1

  domain = "vpc"

  tags = {
    Name           = "inspection-nat-us-east-1c"
    "vpcplan:id"   = "nat/network/us-east-1/inspection/us-east-1c/eip"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_nat_gateway" "network_us_east_1_inspection_nat_us_east_1c" {
  provider = aws.us_east_1

  allocation_id = aws_eip.network_us_east_1_inspection_nat_us_east_1c.id
  subnet_id     = aws_subnet.network_us_east_1_inspection_public_us_east_1c.id

  tags = {
    Name           = "inspection-nat-us-east-1c"
    "vpcplan:id"   = "nat/network/us-east-1/inspection/us-east-1c"
    "vpcplan:plan" = "conn-segmented-hub"
  }

  depends_on = [aws_internet_gateway.network_us_east_1_inspection]
}

resource "aws_networkfirewall_rule_group" "network_us_east_1_inspection" {
  provider = aws.us_east_1

  name        = "conn-segmented-hub-us-east-1-inspection-rules"
  type        = "STATEFUL"
  capacity    = 100
  description = "Default rules of network/us-east-1/inspection; replace or extend them"
  # Strict order; one rule passes flows started in HOME_NET (the organisation's prefixes); the default actions drop and alert on everything else. Add your own rules ahead of it.

  rule_group {
    rule_variables {
      ip_sets {
        key = "HOME_NET"

        ip_set {
          definition = ["10.1.0.0/18", "10.0.0.0/17"]
        }
      }
    }

    rules_source {
      rules_string = "pass ip $HOME_NET any -> any any (msg:\"flows started in the organisation\"; sid:1; rev:1;)"
    }

    stateful_rule_options {
      rule_order = "STRICT_ORDER"
    }
  }

  tags = {
    Name           = "conn-segmented-hub-us-east-1-inspection-rules"
    "vpcplan:id"   = "nfw/network/us-east-1/inspection/rules"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_networkfirewall_firewall_policy" "network_us_east_1_inspection" {
  provider = aws.us_east_1

  name = "conn-segmented-hub-us-east-1-inspection-policy"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
    stateful_default_actions           = ["aws:drop_established", "aws:alert_established"]

    stateful_engine_options {
      rule_order = "STRICT_ORDER"
    }

    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.network_us_east_1_inspection.arn
      priority     = 100
    }
  }

  tags = {
    Name           = "conn-segmented-hub-us-east-1-inspection-policy"
    "vpcplan:id"   = "nfw/network/us-east-1/inspection/policy"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_networkfirewall_firewall" "network_us_east_1_inspection" {
  provider = aws.us_east_1

  name                              = "conn-segmented-hub-us-east-1-inspection"
  description                       = "Inspection of network/us-east-1/inspection"
  firewall_policy_arn               = aws_networkfirewall_firewall_policy.network_us_east_1_inspection.arn
  vpc_id                            = aws_vpc.network_us_east_1_inspection.id
  delete_protection                 = true
  subnet_change_protection          = true
  firewall_policy_change_protection = false

  subnet_mapping {
    subnet_id = aws_subnet.network_us_east_1_inspection_firewall_us_east_1a.id
  }

  subnet_mapping {
    subnet_id = aws_subnet.network_us_east_1_inspection_firewall_us_east_1b.id
  }

  subnet_mapping {
    subnet_id = aws_subnet.network_us_east_1_inspection_firewall_us_east_1c.id
  }

  tags = {
    Name           = "conn-segmented-hub-us-east-1-inspection"
    "vpcplan:id"   = "nfw/network/us-east-1/inspection"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_cloudwatch_log_group" "network_us_east_1_inspection_firewall" {
  provider = aws.us_east_1

  name              = "/vpcplan/network-firewall/conn-segmented-hub-us-east-1-inspection"
  retention_in_days = 365

  tags = {
    Name           = "conn-segmented-hub-us-east-1-inspection-logs"
    "vpcplan:id"   = "nfw/network/us-east-1/inspection/logs"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_networkfirewall_logging_configuration" "network_us_east_1_inspection" {
  provider = aws.us_east_1

  firewall_arn = aws_networkfirewall_firewall.network_us_east_1_inspection.arn

  logging_configuration {
    log_destination_config {
      log_type             = "FLOW"
      log_destination_type = "CloudWatchLogs"
      log_destination = {
        logGroup = aws_cloudwatch_log_group.network_us_east_1_inspection_firewall.name
      }
    }

    log_destination_config {
      log_type             = "ALERT"
      log_destination_type = "CloudWatchLogs"
      log_destination = {
        logGroup = aws_cloudwatch_log_group.network_us_east_1_inspection_firewall.name
      }
    }
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_attach_network_us_east_1_inspection" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id
  vpc_id             = aws_vpc.network_us_east_1_inspection.id
  subnet_ids = [
    aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1a.id,
    aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1b.id,
    aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1c.id,
  ]

  appliance_mode_support                          = "enable"
  dns_support                                     = "enable"
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "network-inspection"
    "vpcplan:id"   = "tgw-attach/network/us-east-1/inspection"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_tgw_attach_us_east_1a" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-tgw-attach-us-east-1a"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/tgw-attach-us-east-1a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_tgw_attach_us_east_1a_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_tgw_attach_us_east_1a.id
  destination_cidr_block = "0.0.0.0/0"
  vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.network_us_east_1_inspection.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1a"])
}

resource "aws_route_table_association" "network_us_east_1_inspection_tgw_attach_us_east_1a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_tgw_attach_us_east_1a.id
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_firewall_us_east_1a" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-firewall-us-east-1a"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/firewall-us-east-1a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_us_east_1a_10_1_0_0_18" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1a.id
  destination_cidr_block = "10.1.0.0/18"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection]
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_us_east_1a_10_0_0_0_17" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1a.id
  destination_cidr_block = "10.0.0.0/17"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection]
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_us_east_1a_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.network_us_east_1_inspection_nat_us_east_1a.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_firewall_us_east_1a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_firewall_us_east_1a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1a.id
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_public_us_east_1a" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-public-us-east-1a"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/public-us-east-1a"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_public_us_east_1a_10_1_0_0_18" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1a.id
  destination_cidr_block = "10.1.0.0/18"
  vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.network_us_east_1_inspection.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1a"])
}

resource "aws_route" "rtb_network_us_east_1_inspection_public_us_east_1a_10_0_0_0_17" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1a.id
  destination_cidr_block = "10.0.0.0/17"
  vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.network_us_east_1_inspection.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1a"])
}

resource "aws_route" "rtb_network_us_east_1_inspection_public_us_east_1a_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1a.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.network_us_east_1_inspection.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_public_us_east_1a" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_public_us_east_1a.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1a.id
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_tgw_attach_us_east_1b" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-tgw-attach-us-east-1b"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/tgw-attach-us-east-1b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_tgw_attach_us_east_1b_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_tgw_attach_us_east_1b.id
  destination_cidr_block = "0.0.0.0/0"
  vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.network_us_east_1_inspection.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1b"])
}

resource "aws_route_table_association" "network_us_east_1_inspection_tgw_attach_us_east_1b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_tgw_attach_us_east_1b.id
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_firewall_us_east_1b" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-firewall-us-east-1b"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/firewall-us-east-1b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_us_east_1b_10_1_0_0_18" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1b.id
  destination_cidr_block = "10.1.0.0/18"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection]
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_us_east_1b_10_0_0_0_17" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1b.id
  destination_cidr_block = "10.0.0.0/17"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection]
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_us_east_1b_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.network_us_east_1_inspection_nat_us_east_1b.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_firewall_us_east_1b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_firewall_us_east_1b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1b.id
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_public_us_east_1b" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-public-us-east-1b"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/public-us-east-1b"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_public_us_east_1b_10_1_0_0_18" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1b.id
  destination_cidr_block = "10.1.0.0/18"
  vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.network_us_east_1_inspection.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1b"])
}

resource "aws_route" "rtb_network_us_east_1_inspection_public_us_east_1b_10_0_0_0_17" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1b.id
  destination_cidr_block = "10.0.0.0/17"
  vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.network_us_east_1_inspection.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1b"])
}

resource "aws_route" "rtb_network_us_east_1_inspection_public_us_east_1b_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1b.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.network_us_east_1_inspection.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_public_us_east_1b" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_public_us_east_1b.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1b.id
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_tgw_attach_us_east_1c" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-tgw-attach-us-east-1c"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/tgw-attach-us-east-1c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_tgw_attach_us_east_1c_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_tgw_attach_us_east_1c.id
  destination_cidr_block = "0.0.0.0/0"
  vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.network_us_east_1_inspection.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1c"])
}

resource "aws_route_table_association" "network_us_east_1_inspection_tgw_attach_us_east_1c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_tgw_attach_us_east_1c.id
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_firewall_us_east_1c" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-firewall-us-east-1c"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/firewall-us-east-1c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_us_east_1c_10_1_0_0_18" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1c.id
  destination_cidr_block = "10.1.0.0/18"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection]
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_us_east_1c_10_0_0_0_17" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1c.id
  destination_cidr_block = "10.0.0.0/17"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_us_east_1.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_inspection]
}

resource "aws_route" "rtb_network_us_east_1_inspection_firewall_us_east_1c_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.network_us_east_1_inspection_nat_us_east_1c.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_firewall_us_east_1c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_firewall_us_east_1c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_firewall_us_east_1c.id
}

resource "aws_route_table" "rtb_network_us_east_1_inspection_public_us_east_1c" {
  provider = aws.us_east_1

  vpc_id = aws_vpc.network_us_east_1_inspection.id

  tags = {
    Name           = "inspection-public-us-east-1c"
    "vpcplan:id"   = "rtb/network/us-east-1/inspection/public-us-east-1c"
    "vpcplan:plan" = "conn-segmented-hub"
  }
}

resource "aws_route" "rtb_network_us_east_1_inspection_public_us_east_1c_10_1_0_0_18" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1c.id
  destination_cidr_block = "10.1.0.0/18"
  vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.network_us_east_1_inspection.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1c"])
}

resource "aws_route" "rtb_network_us_east_1_inspection_public_us_east_1c_10_0_0_0_17" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1c.id
  destination_cidr_block = "10.0.0.0/17"
  vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.network_us_east_1_inspection.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1c"])
}

resource "aws_route" "rtb_network_us_east_1_inspection_public_us_east_1c_default" {
  provider = aws.us_east_1

  route_table_id         = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1c.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.network_us_east_1_inspection.id
}

resource "aws_route_table_association" "network_us_east_1_inspection_public_us_east_1c" {
  provider = aws.us_east_1

  subnet_id      = aws_subnet.network_us_east_1_inspection_public_us_east_1c.id
  route_table_id = aws_route_table.rtb_network_us_east_1_inspection_public_us_east_1c.id
}
