resource "aws_vpc_peering_connection_accepter" "pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc03" {
  count    = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc03 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team03_us_east_1_vpc03
  auto_accept               = true

  tags = {
    Name           = "team01/us-east-1/vpc01 to team03/us-east-1/vpc03"
    "vpcplan:id"   = "pcx/team01/us-east-1/vpc01|team03/us-east-1/vpc03"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_team02_us_east_1_vpc02_team03_us_east_1_vpc03" {
  count    = var.vpc_peering_connection_id_pcx_team02_us_east_1_vpc02_team03_us_east_1_vpc03 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_team02_us_east_1_vpc02_team03_us_east_1_vpc03
  auto_accept               = true

  tags = {
    Name           = "team02/us-east-1/vpc02 to team03/us-east-1/vpc03"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc02|team03/us-east-1/vpc03"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team03_us_east_1_vpc03_team04_us_east_1_vpc04" {
  count    = var.vpc_id_team04_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team03_us_east_1_vpc03.id
  peer_vpc_id   = var.vpc_id_team04_us_east_1_vpc04
  peer_owner_id = "300000000004"

  tags = {
    Name           = "team03/us-east-1/vpc03 to team04/us-east-1/vpc04"
    "vpcplan:id"   = "pcx/team03/us-east-1/vpc03|team04/us-east-1/vpc04"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team03_us_east_1_vpc03_team05_us_east_1_vpc05" {
  count    = var.vpc_id_team05_us_east_1_vpc05 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team03_us_east_1_vpc03.id
  peer_vpc_id   = var.vpc_id_team05_us_east_1_vpc05
  peer_owner_id = "300000000005"

  tags = {
    Name           = "team03/us-east-1/vpc03 to team05/us-east-1/vpc05"
    "vpcplan:id"   = "pcx/team03/us-east-1/vpc03|team05/us-east-1/vpc05"
    "vpcplan:plan" = "conn-5-vpc-mesh"
  }
}
