resource "aws_ram_resource_share" "tgw_us_east_1_share" {
  provider = aws.us_east_1

  name                      = "tgw-us-east-1-share"
  allow_external_principals = false

  tags = {
    Name           = "tgw-us-east-1-share"
    "vpcplan:id"   = "ram/tgw-us-east-1-share"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ram_resource_association" "tgw_us_east_1_share_tgw_us_east_1" {
  provider = aws.us_east_1

  resource_arn       = aws_ec2_transit_gateway.tgw_us_east_1.arn
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_team01" {
  provider = aws.us_east_1

  principal          = "300000000001"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_team02" {
  provider = aws.us_east_1

  principal          = "300000000002"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_team03" {
  provider = aws.us_east_1

  principal          = "300000000003"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_team04" {
  provider = aws.us_east_1

  principal          = "300000000004"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_team05" {
  provider = aws.us_east_1

  principal          = "300000000005"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}

resource "aws_ram_principal_association" "tgw_us_east_1_share_team06" {
  provider = aws.us_east_1

  principal          = "300000000006"
  resource_share_arn = aws_ram_resource_share.tgw_us_east_1_share.arn
}
