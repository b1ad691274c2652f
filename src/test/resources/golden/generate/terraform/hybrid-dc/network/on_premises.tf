resource "aws_customer_gateway" "cgw_dc1_us_east_1" {
  provider = aws.us_east_1

  type       = "ipsec.1"
  ip_address = "203.0.113.10"
  bgp_asn    = "65010"

  tags = {
    Name           = "dc1-us-east-1"
    "vpcplan:id"   = "cgw/dc1/us-east-1"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_vpn_connection" "vpn_dc1_us_east_1" {
  provider = aws.us_east_1

  type                = "ipsec.1"
  customer_gateway_id = aws_customer_gateway.cgw_dc1_us_east_1.id
  transit_gateway_id  = aws_ec2_transit_gateway.tgw_us_east_1.id
  static_routes_only  = false

  tags = {
    Name           = "dc1-us-east-1"
    "vpcplan:id"   = "vpn/dc1/us-east-1"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_dx_gateway" "dxgw_dc1" {
  provider = aws.eu_west_1

  name            = "dc1-dxgw"
  amazon_side_asn = "65534"

  tags = {
    Name           = "dc1-dxgw"
    "vpcplan:id"   = "dxgw/dc1"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_dx_gateway_association" "dxgw_dc1_tgw_eu_west_1" {
  provider = aws.eu_west_1

  dx_gateway_id         = aws_dx_gateway.dxgw_dc1.id
  associated_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id
  allowed_prefixes      = ["10.1.144.0/20", "10.1.160.0/20"]
}

resource "aws_dx_gateway_association" "dxgw_dc1_tgw_us_east_1" {
  provider = aws.us_east_1

  dx_gateway_id         = aws_dx_gateway.dxgw_dc1.id
  associated_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id
  allowed_prefixes      = ["10.1.0.0/19", "10.1.48.0/20"]
}

data "aws_ec2_transit_gateway_dx_gateway_attachment" "tgw_attach_dxgw_dc1_eu_west_1" {
  provider = aws.eu_west_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_eu_west_1.id
  dx_gateway_id      = aws_dx_gateway.dxgw_dc1.id

  depends_on = [aws_dx_gateway_association.dxgw_dc1_tgw_eu_west_1]
}

data "aws_ec2_transit_gateway_dx_gateway_attachment" "tgw_attach_dxgw_dc1_us_east_1" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id
  dx_gateway_id      = aws_dx_gateway.dxgw_dc1.id

  depends_on = [aws_dx_gateway_association.dxgw_dc1_tgw_us_east_1]
}
