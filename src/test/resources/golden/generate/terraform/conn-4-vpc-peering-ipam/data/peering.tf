resource "aws_vpc_peering_connection" "pcx_data_us_east_1_batch_data_us_east_1_db" {
  provider = aws.us_east_1

  vpc_id      = aws_vpc.data_us_east_1_batch.id
  peer_vpc_id = aws_vpc.data_us_east_1_db.id
  auto_accept = true

  tags = {
    Name           = "data/us-east-1/batch to data/us-east-1/db"
    "vpcplan:id"   = "pcx/data/us-east-1/batch|data/us-east-1/db"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_peering_connection" "pcx_data_us_east_1_batch_web_us_east_1_api" {
  count    = var.vpc_id_web_us_east_1_api == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.data_us_east_1_batch.id
  peer_vpc_id   = var.vpc_id_web_us_east_1_api
  peer_owner_id = "200000000001"

  tags = {
    Name           = "data/us-east-1/batch to web/us-east-1/api"
    "vpcplan:id"   = "pcx/data/us-east-1/batch|web/us-east-1/api"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_peering_connection" "pcx_data_us_east_1_batch_web_us_east_1_frontend" {
  count    = var.vpc_id_web_us_east_1_frontend == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.data_us_east_1_batch.id
  peer_vpc_id   = var.vpc_id_web_us_east_1_frontend
  peer_owner_id = "200000000001"

  tags = {
    Name           = "data/us-east-1/batch to web/us-east-1/frontend"
    "vpcplan:id"   = "pcx/data/us-east-1/batch|web/us-east-1/frontend"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_peering_connection" "pcx_data_us_east_1_db_web_us_east_1_api" {
  count    = var.vpc_id_web_us_east_1_api == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.data_us_east_1_db.id
  peer_vpc_id   = var.vpc_id_web_us_east_1_api
  peer_owner_id = "200000000001"

  tags = {
    Name           = "data/us-east-1/db to web/us-east-1/api"
    "vpcplan:id"   = "pcx/data/us-east-1/db|web/us-east-1/api"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_peering_connection" "pcx_data_us_east_1_db_web_us_east_1_frontend" {
  count    = var.vpc_id_web_us_east_1_frontend == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id        = aws_vpc.data_us_east_1_db.id
  peer_vpc_id   = var.vpc_id_web_us_east_1_frontend
  peer_owner_id = "200000000001"

  tags = {
    Name           = "data/us-east-1/db to web/us-east-1/frontend"
    "vpcplan:id"   = "pcx/data/us-east-1/db|web/us-east-1/frontend"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}
