output "subnet_ids_inventory_prod_eu_west_1_inventory" {
  description = "Subnet ids of inventory-prod/eu-west-1/inventory by subnet name."
  value = {
    "public-a"     = aws_subnet.inventory_prod_eu_west_1_inventory_public_a.id
    "public-b"     = aws_subnet.inventory_prod_eu_west_1_inventory_public_b.id
    "public-c"     = aws_subnet.inventory_prod_eu_west_1_inventory_public_c.id
    "app-a"        = aws_subnet.inventory_prod_eu_west_1_inventory_app_a.id
    "app-b"        = aws_subnet.inventory_prod_eu_west_1_inventory_app_b.id
    "app-c"        = aws_subnet.inventory_prod_eu_west_1_inventory_app_c.id
    "data-a"       = aws_subnet.inventory_prod_eu_west_1_inventory_data_a.id
    "data-b"       = aws_subnet.inventory_prod_eu_west_1_inventory_data_b.id
    "data-c"       = aws_subnet.inventory_prod_eu_west_1_inventory_data_c.id
    "tgw-attach-a" = aws_subnet.inventory_prod_eu_west_1_inventory_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.inventory_prod_eu_west_1_inventory_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.inventory_prod_eu_west_1_inventory_tgw_attach_c.id
  }
}

output "tgw_attachment_id_tgw_attach_inventory_prod_eu_west_1_inventory" {
  description = "Attachment of inventory-prod/eu-west-1/inventory to tgw-eu-west-1: the transit gateway's owner accepts and associates it."
  value       = one(aws_ec2_transit_gateway_vpc_attachment.tgw_attach_inventory_prod_eu_west_1_inventory[*].id)
}

output "vpc_id_inventory_prod_eu_west_1_inventory" {
  description = "VPC inventory-prod/eu-west-1/inventory."
  value       = aws_vpc.inventory_prod_eu_west_1_inventory.id
}
