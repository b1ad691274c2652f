resource "aws_vpc_peering_connection_accepter" "pcx_data_us_east_1_batch_web_us_east_1_api" {
  count    = var.vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_api == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_api
  auto_accept               = true

  tags = {
    Name           = "data/us-east-1/batch to web/us-east-1/api"
    "vpcplan:id"   = "pcx/data/us-east-1/batch|web/us-east-1/api"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_data_us_east_1_batch_web_us_east_1_frontend" {
  count    = var.vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_frontend == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_frontend
  auto_accept               = true

  tags = {
    Name           = "data/us-east-1/batch to web/us-east-1/frontend"
    "vpcplan:id"   = "pcx/data/us-east-1/batch|web/us-east-1/frontend"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_data_us_east_1_db_web_us_east_1_api" {
  count    = var.vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_api == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_api
  auto_accept               = true

  tags = {
    Name           = "data/us-east-1/db to web/us-east-1/api"
    "vpcplan:id"   = "pcx/data/us-east-1/db|web/us-east-1/api"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_data_us_east_1_db_web_us_east_1_frontend" {
  count    = var.vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_frontend == null ? 0 : 1
  provider = aws.us_east_1

  vpc_peering_connection_id = var.vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_frontend
  auto_accept               = true

  tags = {
    Name           = "data/us-east-1/db to web/us-east-1/frontend"
    "vpcplan:id"   = "pcx/data/us-east-1/db|web/us-east-1/frontend"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}

resource "aws_vpc_peering_connection" "pcx_web_us_east_1_api_web_us_east_1_frontend" {
  provider = aws.us_east_1

  vpc_id      = aws_vpc.web_us_east_1_api.id
  peer_vpc_id = aws_vpc.web_us_east_1_frontend.id
  auto_accept = true

  tags = {
    Name           = "web/us-east-1/api to web/us-east-1/frontend"
    "vpcplan:id"   = "pcx/web/us-east-1/api|web/us-east-1/frontend"
    "vpcplan:plan" = "conn-4-vpc-peering"
  }
}
