output "subnet_ids_reviews_nonprod_eu_west_1_reviews" {
  description = "Subnet ids of reviews-nonprod/eu-west-1/reviews by subnet name."
  value = {
    "app-a"        = aws_subnet.reviews_nonprod_eu_west_1_reviews_app_a.id
    "app-b"        = aws_subnet.reviews_nonprod_eu_west_1_reviews_app_b.id
    "app-c"        = aws_subnet.reviews_nonprod_eu_west_1_reviews_app_c.id
    "data-a"       = aws_subnet.reviews_nonprod_eu_west_1_reviews_data_a.id
    "data-b"       = aws_subnet.reviews_nonprod_eu_west_1_reviews_data_b.id
    "data-c"       = aws_subnet.reviews_nonprod_eu_west_1_reviews_data_c.id
    "tgw-attach-a" = aws_subnet.reviews_nonprod_eu_west_1_reviews_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.reviews_nonprod_eu_west_1_reviews_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.reviews_nonprod_eu_west_1_reviews_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_reviews_nonprod_eu_west_1_reviews" {
  description = "Attachment of reviews-nonprod/eu-west-1/reviews to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_reviews_nonprod_eu_west_1_reviews[*].id)
}

output "vpc_id_reviews_nonprod_eu_west_1_reviews" {
  description = "VPC reviews-nonprod/eu-west-1/reviews."
  value       = aws_vpc.reviews_nonprod_eu_west_1_reviews.id
}
