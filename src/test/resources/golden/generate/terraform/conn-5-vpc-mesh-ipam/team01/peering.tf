resource "aws_vpc_peering_connection" "pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc02" {
  count    = var.vpc_id_team02_us_east_1_vpc02 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team01_us_east_1_vpc01.id
  peer_vpc_id   = var.vpc_id_team02_us_east_1_vpc02
  peer_owner_id = "300000000002"

  tags = {
    Name           = "team01/us-east-1/vpc01 to team02/us-east-1/vpc02"
    "vpcplan:id"   = "pcx/team01/us-east-1/vpc01|team02/us-east-1/vpc02"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc03" {
  count    = var.vpc_id_team03_us_east_1_vpc03 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team01_us_east_1_vpc01.id
  peer_vpc_id   = var.vpc_id_team03_us_east_1_vpc03
  peer_owner_id = "300000000003"

  tags = {
    Name           = "team01/us-east-1/vpc01 to team03/us-east-1/vpc03"
    "vpcplan:id"   = "pcx/team01/us-east-1/vpc01|team03/us-east-1/vpc03"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team01_us_east_1_vpc01_team04_us_east_1_vpc04" {
  count    = var.vpc_id_team04_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team01_us_east_1_vpc01.id
  peer_vpc_id   = var.vpc_id_team04_us_east_1_vpc04
  peer_owner_id = "300000000004"

  tags = {
    Name           = "team01/us-east-1/vpc01 to team04/us-east-1/vpc04"
    "vpcplan:id"   = "pcx/team01/us-east-1/vpc01|team04/us-east-1/vpc04"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team01_us_east_1_vpc01_team05_us_east_1_vpc05" {
  count    = var.vpc_id_team05_us_east_1_vpc05 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team01_us_east_1_vpc01.id
  peer_vpc_id   = var.vpc_id_team05_us_east_1_vpc05
  peer_owner_id = "300000000005"

  tags = {
    Name           = "team01/us-east-1/vpc01 to team05/us-east-1/vpc05"
    "vpcplan:id"   = "pcx/team01/us-east-1/vpc01|team05/us-east-1/vpc05"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}
