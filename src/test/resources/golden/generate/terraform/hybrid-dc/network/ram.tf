resource "aws_ram_resource_share" "tgw_eu_west_1_share" {
  provider = aws.eu_west_1

  name                      = "tgw-eu-west-1-share"
  allow_external_principals = false

  tags = {
    Name           = "tgw-eu-west-1-share"
    "vpcplan:id"   = "ram/tgw-eu-west-1-share"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ram_resource_association" "tgw_eu_west_1_share_tgw_eu_west_1" {
  provider = aws.eu_west_1

  resource_arn       = aws_ec2_transit_gateway.tgw_eu_west_1.arn
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_nonprod" {
  provider = aws.eu_west_1

  principal          = "700000000003"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_principal_association" "tgw_eu_west_1_share_prod" {
  provider = aws.eu_west_1

  principal          = "700000000002"
  resource_share_arn = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

resource "aws_ram_resource_share" "tgw_us_east_1_share" {
  provider = aws.us_east_1

  name                      = "tgw-us-east-1-share"
  allow_external_principals = false

  tags = {
    Name           = "tgw-us-east-1-share"
    "vpcplan:id"   = "ram/tgw-us-east-1-share"
    "vpcplan:plan" = "hybrid-dc"
  }
}

resource "aws_ram_resource_association" "tgw_us_east_1_share_tgw_us_east_1" {
  provider = aws.us_east_1

  resource_arn       = aws_ec2_transit_gateway.tgw_us_east_1.arn
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_nonprod" {
  provider = aws.us_east_1

  principal          = "700000000003"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_prod" {
  provider = aws.us_east_1

  principal          = "700000000002"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}
