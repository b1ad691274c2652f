output "subnet_ids_data_us_east_1_batch" {
  description = "Subnet ids of data/us-east-1/batch by subnet name."
  value = {
    "app-a"        = aws_subnet.data_us_east_1_batch_app_a.id
    "app-b"        = aws_subnet.data_us_east_1_batch_app_b.id
    "tgw-attach-a" = aws_subnet.data_us_east_1_batch_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.data_us_east_1_batch_tgw_attach_b.id
  }
}

output "subnet_ids_data_us_east_1_db" {
  description = "Subnet ids of data/us-east-1/db by subnet name."
  value = {
    "app-a"        = aws_subnet.data_us_east_1_db_app_a.id
    "app-b"        = aws_subnet.data_us_east_1_db_app_b.id
    "tgw-attach-a" = aws_subnet.data_us_east_1_db_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.data_us_east_1_db_tgw_attach_b.id
  }
}

output "vpc_id_data_us_east_1_batch" {
  description = "VPC data/us-east-1/batch."
  value       = aws_vpc.data_us_east_1_batch.id
}

output "vpc_id_data_us_east_1_db" {
  description = "VPC data/us-east-1/db."
  value       = aws_vpc.data_us_east_1_db.id
}

output "vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_api" {
  description = "Peering data/us-east-1/batch to web/us-east-1/api: web accepts it."
  value       = one(aws_vpc_peering_connection.pcx_data_us_east_1_batch_web_us_east_1_api[*].id)
}

output "vpc_peering_connection_id_pcx_data_us_east_1_batch_web_us_east_1_frontend" {
  description = "Peering data/us-east-1/batch to web/us-east-1/frontend: web accepts it."
  value       = one(aws_vpc_peering_connection.pcx_data_us_east_1_batch_web_us_east_1_frontend[*].id)
}

output "vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_api" {
  description = "Peering data/us-east-1/db to web/us-east-1/api: web accepts it."
  value       = one(aws_vpc_peering_connection.pcx_data_us_east_1_db_web_us_east_1_api[*].id)
}

output "vpc_peering_connection_id_pcx_data_us_east_1_db_web_us_east_1_frontend" {
  description = "Peering data/us-east-1/db to web/us-east-1/frontend: web accepts it."
  value       = one(aws_vpc_peering_connection.pcx_data_us_east_1_db_web_us_east_1_frontend[*].id)
}
