resource "aws_ec2_transit_gateway" "tgw_us_east_1" {
  provider = aws.us_east_1

  description                     = "hub-us-east-1"
  amazon_side_asn                 = 64512
  auto_accept_shared_attachments  = "disable"
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
  dns_support                     = "enable"
  vpn_ecmp_support                = "enable"

  tags = {
    Name           = "hub-us-east-1"
    "vpcplan:id"   = "tgw-us-east-1"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc01" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc01 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc01

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc01"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc01"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc02" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc02 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc02

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc02"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc02"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc03" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc03 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc03

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc03"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc03"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc04" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc04

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc04"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc04"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc05" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc05 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc05

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc05"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc05"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc06" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc06 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc06

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc06"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc06"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc07" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc07 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc07

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc07"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc07"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc08" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc08 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc08

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc08"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc08"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc09" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc09 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc09

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc09"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc09"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team01_us_east_1_vpc10" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc10 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc10

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team01-vpc10"
    "vpcplan:id"   = "tgw-attach/team01/us-east-1/vpc10"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc11" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc11 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc11

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc11"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc11"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc12" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc12 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc12

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc12"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc12"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc13" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc13 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc13

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc13"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc13"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc14" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc14 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc14

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc14"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc14"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc15" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc15 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc15

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc15"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc15"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc16" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc16 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc16

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc16"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc16"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc17" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc17 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc17

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc17"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc17"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc18" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc18 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc18

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc18"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc18"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc19" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc19 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc19

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc19"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc19"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team02_us_east_1_vpc20" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc20 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc20

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team02-vpc20"
    "vpcplan:id"   = "tgw-attach/team02/us-east-1/vpc20"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc21" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc21 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc21

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc21"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc21"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc22" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc22 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc22

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc22"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc22"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc23" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc23 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc23

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc23"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc23"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc24" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc24 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc24

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc24"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc24"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc25" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc25 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc25

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc25"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc25"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc26" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc26 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc26

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc26"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc26"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc27" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc27 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc27

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc27"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc27"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc28" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc28 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc28

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc28"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc28"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc29" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc29 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc29

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc29"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc29"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team03_us_east_1_vpc30" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc30 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc30

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team03-vpc30"
    "vpcplan:id"   = "tgw-attach/team03/us-east-1/vpc30"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc31" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc31 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc31

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc31"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc31"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc32" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc32 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc32

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc32"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc32"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc33" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc33 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc33

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc33"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc33"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc34" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc34 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc34

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc34"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc34"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc35" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc35 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc35

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc35"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc35"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc36" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc36 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc36

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc36"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc36"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc37" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc37 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc37

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc37"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc37"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc38" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc38 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc38

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc38"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc38"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc39" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc39 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc39

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc39"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc39"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team04_us_east_1_vpc40" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc40 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc40

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team04-vpc40"
    "vpcplan:id"   = "tgw-attach/team04/us-east-1/vpc40"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc41" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc41 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc41

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc41"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc41"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc42" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc42 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc42

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc42"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc42"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc43" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc43 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc43

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc43"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc43"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc44" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc44 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc44

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc44"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc44"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc45" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc45 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc45

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc45"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc45"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc46" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc46 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc46

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc46"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc46"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc47" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc47 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc47

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc47"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc47"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc48" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc48 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc48

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc48"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc48"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc49" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc49 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc49

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc49"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc49"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team05_us_east_1_vpc50" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc50 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc50

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team05-vpc50"
    "vpcplan:id"   = "tgw-attach/team05/us-east-1/vpc50"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc51" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc51 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc51

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc51"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc51"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc52" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc52 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc52

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc52"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc52"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc53" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc53 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc53

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc53"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc53"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc54" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc54 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc54

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc54"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc54"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc55" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc55 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc55

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc55"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc55"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc56" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc56 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc56

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc56"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc56"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc57" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc57 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc57

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc57"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc57"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc58" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc58 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc58

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc58"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc58"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc59" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc59 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc59

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc59"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc59"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "tgw_attach_team06_us_east_1_vpc60" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc60 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc60

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name           = "team06-vpc60"
    "vpcplan:id"   = "tgw-attach/team06/us-east-1/vpc60"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_rtb_us_east_1_all" {
  provider = aws.us_east_1

  transit_gateway_id = aws_ec2_transit_gateway.tgw_us_east_1.id

  tags = {
    Name           = "hub-us-east-1-all"
    "vpcplan:id"   = "tgw-rtb/us-east-1/all"
    "vpcplan:plan" = "conn-60-vpc-all-to-all"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc01" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc01 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc01[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc02" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc02 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc02[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc03" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc03 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc03[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc04" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc04[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc05" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc05 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc05[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc06" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc06 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc06[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc07" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc07 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc07[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc08" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc08 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc08[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc09" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc09 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc09[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc10" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc10 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc10[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc11" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc11 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc11[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc12" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc12 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc12[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc13" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc13 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc13[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc14" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc14 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc14[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc15" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc15 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc15[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc16" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc16 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc16[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc17" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc17 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc17[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc18" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc18 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc18[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc19" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc19 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc19[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc20" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc20 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc20[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc21" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc21 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc21[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc22" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc22 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc22[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc23" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc23 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc23[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc24" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc24 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc24[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc25" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc25 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc25[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc26" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc26 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc26[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc27" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc27 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc27[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc28" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc28 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc28[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc29" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc29 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc29[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc30" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc30 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc30[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc31" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc31 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc31[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc32" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc32 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc32[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc33" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc33 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc33[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc34" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc34 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc34[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc35" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc35 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc35[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc36" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc36 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc36[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc37" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc37 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc37[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc38" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc38 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc38[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc39" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc39 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc39[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc40" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc40 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc40[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc41" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc41 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc41[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc42" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc42 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc42[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc43" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc43 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc43[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc44" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc44 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc44[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc45" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc45 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc45[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc46" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc46 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc46[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc47" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc47 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc47[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc48" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc48 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc48[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc49" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc49 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc49[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc50" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc50 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc50[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc51" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc51 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc51[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc52" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc52 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc52[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc53" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc53 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc53[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc54" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc54 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc54[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc55" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc55 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc55[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc56" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc56 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc56[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc57" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc57 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc57[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc58" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc58 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc58[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc59" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc59 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc59[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc60" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc60 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc60[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc01" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc01 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc01[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc02" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc02 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc02[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc03" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc03 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc03[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc04" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc04 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc04[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc05" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc05 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc05[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc06" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc06 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc06[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc07" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc07 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc07[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc08" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc08 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc08[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc09" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc09 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc09[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team01_us_east_1_vpc10" {
  count    = var.tgw_attachment_id_tgw_attach_team01_us_east_1_vpc10 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team01_us_east_1_vpc10[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc11" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc11 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc11[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc12" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc12 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc12[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc13" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc13 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc13[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc14" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc14 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc14[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc15" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc15 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc15[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc16" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc16 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc16[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc17" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc17 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc17[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc18" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc18 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc18[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc19" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc19 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc19[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team02_us_east_1_vpc20" {
  count    = var.tgw_attachment_id_tgw_attach_team02_us_east_1_vpc20 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team02_us_east_1_vpc20[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc21" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc21 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc21[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc22" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc22 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc22[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc23" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc23 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc23[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc24" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc24 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc24[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc25" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc25 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc25[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc26" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc26 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc26[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc27" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc27 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc27[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc28" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc28 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc28[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc29" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc29 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc29[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team03_us_east_1_vpc30" {
  count    = var.tgw_attachment_id_tgw_attach_team03_us_east_1_vpc30 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team03_us_east_1_vpc30[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc31" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc31 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc31[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc32" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc32 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc32[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc33" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc33 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc33[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc34" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc34 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc34[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc35" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc35 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc35[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc36" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc36 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc36[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc37" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc37 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc37[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc38" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc38 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc38[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc39" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc39 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc39[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team04_us_east_1_vpc40" {
  count    = var.tgw_attachment_id_tgw_attach_team04_us_east_1_vpc40 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team04_us_east_1_vpc40[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc41" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc41 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc41[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc42" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc42 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc42[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc43" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc43 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc43[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc44" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc44 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc44[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc45" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc45 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc45[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc46" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc46 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc46[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc47" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc47 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc47[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc48" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc48 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc48[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc49" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc49 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc49[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team05_us_east_1_vpc50" {
  count    = var.tgw_attachment_id_tgw_attach_team05_us_east_1_vpc50 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team05_us_east_1_vpc50[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc51" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc51 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc51[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc52" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc52 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc52[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc53" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc53 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc53[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc54" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc54 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc54[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc55" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc55 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc55[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc56" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc56 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc56[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc57" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc57 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc57[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc58" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc58 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc58[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc59" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc59 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc59[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "tgw_rtb_us_east_1_all_tgw_attach_team06_us_east_1_vpc60" {
  count    = var.tgw_attachment_id_tgw_attach_team06_us_east_1_vpc60 == null ? 0 : 1
  provider = aws.us_east_1

  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.tgw_attach_team06_us_east_1_vpc60[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_all.id
}
