resource "aws_ec2_transit_gateway_peering_attachment_accepter" "tgw_attach_peering_eu_west_1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.tgw_attach_peering_eu_west_1_us_east_1.id

  tags = {
    Name           = "us-east-1-eu-west-1"
    "vpcplan:id"   = "tgw-attach/peering/eu-west-1--us-east-1"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway" "tgw_us_east_1" {
  provider = aws.us_east_1

  description                     = "hub-us-east-1"
  amazon_side_asn                 = 64601
  auto_accept_shared_attachments  = "disable"
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
  dns_support                     = "enable"
  vpn_ecmp_support                = "enable"

  tags = {
    Name           = "hub-us-east-1"
    "vpcplan:id"   = "tgw-us-east-1"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_nonprod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_nonprod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_nonprod_us_east_1_web

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "nonprod-web"
    "vpcplan:id"   = "tgw-attach/nonprod/us-east-1/web"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_prod_us_east_1_payments

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "prod-payments"
    "vpcplan:id"   = "tgw-attach/prod/us-east-1/payments"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_prod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_prod_us_east_1_web

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "prod-web"
    "vpcplan:id"   = "tgw-attach/prod/us-east-1/web"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_nonprod" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-nonprod"
    "vpcplan:id"   = "tgw-rtb/us-east-1/nonprod"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_nonprod_tgw_attach_nonprod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_nonprod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_nonprod_us_east_1_web[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_nonprod_tgw_attach_network_us_east_1_dns" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_dns.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_nonprod_tgw_attach_nonprod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_nonprod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_nonprod_us_east_1_web[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_1_128_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.1.128.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_nonprod_10_1_160_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.1.160.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_onprem_dc1" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-onprem-dc1"
    "vpcplan:id"   = "tgw-rtb/us-east-1/onprem/dc1"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_onprem_dc1_tgw_attach_dxgw_dc1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = data.aws_ec2_transit_gateway_dx_gateway_attachment.tgw_attach_dxgw_dc1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_onprem_dc1.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_onprem_dc1_tgw_attach_vpn_dc1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_vpn_connection.vpn_dc1_us_east_1.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_onprem_dc1.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_onprem_dc1_tgw_attach_network_us_east_1_dns" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_dns.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_onprem_dc1.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_onprem_dc1_tgw_attach_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_prod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_onprem_dc1.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_onprem_dc1_tgw_attach_prod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_prod_us_east_1_web[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_onprem_dc1.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_peering" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-peering"
    "vpcplan:id"   = "tgw-rtb/us-east-1/peering"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_peering_tgw_attach_peering_eu_west_1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_network_us_east_1_dns" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_dns.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_nonprod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_nonprod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_nonprod_us_east_1_web[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_prod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_peering_tgw_attach_prod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_prod_us_east_1_web[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_prod" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-prod"
    "vpcplan:id"   = "tgw-rtb/us-east-1/prod"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_prod_tgw_attach_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_prod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_prod_tgw_attach_prod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_prod_us_east_1_web[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_prod_tgw_attach_dxgw_dc1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = data.aws_ec2_transit_gateway_dx_gateway_attachment.tgw_attach_dxgw_dc1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_prod_tgw_attach_network_us_east_1_dns" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_dns.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_prod_tgw_attach_vpn_dc1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_vpn_connection.vpn_dc1_us_east_1.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_prod_10_1_160_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.1.160.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_shared" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-shared"
    "vpcplan:id"   = "tgw-rtb/us-east-1/shared"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_shared_tgw_attach_network_us_east_1_dns" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.tgw_attach_network_us_east_1_dns.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_dxgw_dc1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = data.aws_ec2_transit_gateway_dx_gateway_attachment.tgw_attach_dxgw_dc1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_nonprod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_nonprod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_nonprod_us_east_1_web[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_prod_us_east_1_payments" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_payments == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_prod_us_east_1_payments[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_prod_us_east_1_web" {
  count    = var.tgw_attachment_id_tgw_attach_prod_us_east_1_web == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_prod_us_east_1_web[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_shared_tgw_attach_vpn_dc1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_vpn_connection.vpn_dc1_us_east_1.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_1_128_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.1.128.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}

resource "aws_ec2_transit_gateway_route" "tgw_rtb_us_east_1_shared_10_1_144_0_21" {
  provider = aws.us_east_1

  destination_cidr_block         = "10.1.144.0/21"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_attach_peering_eu_west_1_us_east_1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
}
