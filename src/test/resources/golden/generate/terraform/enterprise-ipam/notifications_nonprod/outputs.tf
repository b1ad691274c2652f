output "subnet_ids_notifications_nonprod_us_east_1_notifications" {
  description = "Subnet ids of notifications-nonprod/us-east-1/notifications by subnet name."
  value = {
    "app-a"        = aws_subnet.notifications_nonprod_us_east_1_notifications_app_a.id
    "app-b"        = aws_subnet.notifications_nonprod_us_east_1_notifications_app_b.id
    "app-c"        = aws_subnet.notifications_nonprod_us_east_1_notifications_app_c.id
    "data-a"       = aws_subnet.notifications_nonprod_us_east_1_notifications_data_a.id
    "data-b"       = aws_subnet.notifications_nonprod_us_east_1_notifications_data_b.id
    "data-c"       = aws_subnet.notifications_nonprod_us_east_1_notifications_data_c.id
    "tgw-attach-a" = aws_subnet.notifications_nonprod_us_east_1_notifications_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.notifications_nonprod_us_east_1_notifications_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.notifications_nonprod_us_east_1_notifications_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_notifications_nonprod_us_east_1_notifications" {
  description = "Attachment of notifications-nonprod/us-east-1/notifications to tgw-us-east-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_notifications_nonprod_us_east_1_notifications[*].id)
}

output "vpc_id_notifications_nonprod_us_east_1_notifications" {
  description = "VPC notifications-nonprod/us-east-1/notifications."
  value       = aws_vpc.notifications_nonprod_us_east_1_notifications.id
}
