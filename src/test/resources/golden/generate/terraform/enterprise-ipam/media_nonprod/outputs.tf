output "subnet_ids_media_nonprod_us_east_1_media" {
  description = "Subnet ids of media-nonprod/us-east-1/media by subnet name."
  value = {
    "public-a"     = aws_subnet.media_nonprod_us_east_1_media_public_a.id
    "public-b"     = aws_subnet.media_nonprod_us_east_1_media_public_b.id
    "public-c"     = aws_subnet.media_nonprod_us_east_1_media_public_c.id
    "app-a"        = aws_subnet.media_nonprod_us_east_1_media_app_a.id
    "app-b"        = aws_subnet.media_nonprod_us_east_1_media_app_b.id
    "app-c"        = aws_subnet.media_nonprod_us_east_1_media_app_c.id
    "data-a"       = aws_subnet.media_nonprod_us_east_1_media_data_a.id
    "data-b"       = aws_subnet.media_nonprod_us_east_1_media_data_b.id
    "data-c"       = aws_subnet.media_nonprod_us_east_1_media_data_c.id
    "tgw-attach-a" = aws_subnet.media_nonprod_us_east_1_media_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.media_nonprod_us_east_1_media_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.media_nonprod_us_east_1_media_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_media_nonprod_us_east_1_media" {
  description = "Attachment of media-nonprod/us-east-1/media to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_media_nonprod_us_east_1_media[*].id)
}

output "vpc_id_media_nonprod_us_east_1_media" {
  description = "VPC media-nonprod/us-east-1/media."
  value       = aws_vpc.media_nonprod_us_east_1_media.id
}
