resource "aws_vpc_peering_connection_accepter" "pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc03" {
  count    = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc03 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc03
  auto_accept               = true

  tags = {
    Name           = "team01/us-east-1/vpc01 to team02/us-east-1/vpc03"
    "vpcplan:id"   = "pcx/team01/us-east-1/vpc01|team02/us-east-1/vpc03"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc04" {
  count    = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc01_team02_us_east_1_vpc04
  auto_accept               = true

  tags = {
    Name           = "team01/us-east-1/vpc01 to team02/us-east-1/vpc04"
    "vpcplan:id"   = "pcx/team01/us-east-1/vpc01|team02/us-east-1/vpc04"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc03" {
  count    = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc03 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc03
  auto_accept               = true

  tags = {
    Name           = "team01/us-east-1/vpc02 to team02/us-east-1/vpc03"
    "vpcplan:id"   = "pcx/team01/us-east-1/vpc02|team02/us-east-1/vpc03"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc04" {
  count    = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_team01_us_east_1_vpc02_team02_us_east_1_vpc04
  auto_accept               = true

  tags = {
    Name           = "team01/us-east-1/vpc02 to team02/us-east-1/vpc04"
    "vpcplan:id"   = "pcx/team01/us-east-1/vpc02|team02/us-east-1/vpc04"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc03_team02_us_east_1_vpc04" {
  provider = aws.us_east_1

  vpc_id      = aws_vpc.team02_us_east_1_vpc03.id
  peer_vpc_id = aws_vpc.team02_us_east_1_vpc04.id
  auto_accept = true

  tags = {
    Name           = "team02/us-east-1/vpc03 to team02/us-east-1/vpc04"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc03|team02/us-east-1/vpc04"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc03_team03_us_east_1_vpc05" {
  count    = var.vpc_id_team03_us_east_1_vpc05 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc03.id
  peer_vpc_id   = var.vpc_id_team03_us_east_1_vpc05
  peer_owner_id = "300000000003"

  tags = {
    Name           = "team02/us-east-1/vpc03 to team03/us-east-1/vpc05"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc03|team03/us-east-1/vpc05"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc03_team03_us_east_1_vpc06" {
  count    = var.vpc_id_team03_us_east_1_vpc06 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc03.id
  peer_vpc_id   = var.vpc_id_team03_us_east_1_vpc06
  peer_owner_id = "300000000003"

  tags = {
    Name           = "team02/us-east-1/vpc03 to team03/us-east-1/vpc06"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc03|team03/us-east-1/vpc06"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc03_team04_us_east_1_vpc07" {
  count    = var.vpc_id_team04_us_east_1_vpc07 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc03.id
  peer_vpc_id   = var.vpc_id_team04_us_east_1_vpc07
  peer_owner_id = "300000000004"

  tags = {
    Name           = "team02/us-east-1/vpc03 to team04/us-east-1/vpc07"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc03|team04/us-east-1/vpc07"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc03_team04_us_east_1_vpc08" {
  count    = var.vpc_id_team04_us_east_1_vpc08 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc03.id
  peer_vpc_id   = var.vpc_id_team04_us_east_1_vpc08
  peer_owner_id = "300000000004"

  tags = {
    Name           = "team02/us-east-1/vpc03 to team04/us-east-1/vpc08"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc03|team04/us-east-1/vpc08"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc03_team05_us_east_1_vpc09" {
  count    = var.vpc_id_team05_us_east_1_vpc09 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc03.id
  peer_vpc_id   = var.vpc_id_team05_us_east_1_vpc09
  peer_owner_id = "300000000005"

  tags = {
    Name           = "team02/us-east-1/vpc03 to team05/us-east-1/vpc09"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc03|team05/us-east-1/vpc09"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc03_team05_us_east_1_vpc10" {
  count    = var.vpc_id_team05_us_east_1_vpc10 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc03.id
  peer_vpc_id   = var.vpc_id_team05_us_east_1_vpc10
  peer_owner_id = "300000000005"

  tags = {
    Name           = "team02/us-east-1/vpc03 to team05/us-east-1/vpc10"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc03|team05/us-east-1/vpc10"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc04_team03_us_east_1_vpc05" {
  count    = var.vpc_id_team03_us_east_1_vpc05 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc04.id
  peer_vpc_id   = var.vpc_id_team03_us_east_1_vpc05
  peer_owner_id = "300000000003"

  tags = {
    Name           = "team02/us-east-1/vpc04 to team03/us-east-1/vpc05"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc04|team03/us-east-1/vpc05"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc04_team03_us_east_1_vpc06" {
  count    = var.vpc_id_team03_us_east_1_vpc06 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc04.id
  peer_vpc_id   = var.vpc_id_team03_us_east_1_vpc06
  peer_owner_id = "300000000003"

  tags = {
    Name           = "team02/us-east-1/vpc04 to team03/us-east-1/vpc06"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc04|team03/us-east-1/vpc06"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc04_team04_us_east_1_vpc07" {
  count    = var.vpc_id_team04_us_east_1_vpc07 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc04.id
  peer_vpc_id   = var.vpc_id_team04_us_east_1_vpc07
  peer_owner_id = "300000000004"

  tags = {
    Name           = "team02/us-east-1/vpc04 to team04/us-east-1/vpc07"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc04|team04/us-east-1/vpc07"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc04_team04_us_east_1_vpc08" {
  count    = var.vpc_id_team04_us_east_1_vpc08 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc04.id
  peer_vpc_id   = var.vpc_id_team04_us_east_1_vpc08
  peer_owner_id = "300000000004"

  tags = {
    Name           = "team02/us-east-1/vpc04 to team04/us-east-1/vpc08"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc04|team04/us-east-1/vpc08"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc04_team05_us_east_1_vpc09" {
  count    = var.vpc_id_team05_us_east_1_vpc09 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc04.id
  peer_vpc_id   = var.vpc_id_team05_us_east_1_vpc09
  peer_owner_id = "300000000005"

  tags = {
    Name           = "team02/us-east-1/vpc04 to team05/us-east-1/vpc09"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc04|team05/us-east-1/vpc09"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}

resource "aws_vpc_peering_connection" "pcx_team02_us_east_1_vpc04_team05_us_east_1_vpc10" {
  count    = var.vpc_id_team05_us_east_1_vpc10 == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.team02_us_east_1_vpc04.id
  peer_vpc_id   = var.vpc_id_team05_us_east_1_vpc10
  peer_owner_id = "300000000005"

  tags = {
    Name           = "team02/us-east-1/vpc04 to team05/us-east-1/vpc10"
    "vpcplan:id"   = "pcx/team02/us-east-1/vpc04|team05/us-east-1/vpc10"
    "vpcplan:plan" = "conn-10-vpc-mesh"
  }
}
