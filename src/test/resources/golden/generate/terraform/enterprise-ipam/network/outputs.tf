output "firewall_arn_network_ap_northeast_1_inspection" {
  description = "AWS Network Firewall of network/ap-northeast-1/inspection."
  value       = aws_networkfirewall_firewall.network_ap_northeast_1_inspection.arn
}

output "firewall_arn_network_eu_west_1_inspection" {
  description = "AWS Network Firewall of network/eu-west-1/inspection."
  value       = aws_networkfirewall_firewall.network_eu_west_1_inspection.arn
}

output "firewall_arn_network_us_east_1_inspection" {
  description = "AWS Network Firewall of network/us-east-1/inspection."
  value       = aws_networkfirewall_firewall.network_us_east_1_inspection.arn
}

output "ipam_pool_id_aws_10" {
  description = "IPAM pool aws-10."
  value       = aws_vpc_ipam_pool.aws_10.id
}

output "ipam_pool_id_aws_10_ap_northeast_1" {
  description = "IPAM pool aws-10/ap-northeast-1."
  value       = aws_vpc_ipam_pool.aws_10_ap_northeast_1.id
}

output "ipam_pool_id_aws_10_ap_northeast_1_nonprod" {
  description = "IPAM pool aws-10/ap-northeast-1/nonprod."
  value       = aws_vpc_ipam_pool.aws_10_ap_northeast_1_nonprod.id
}

output "ipam_pool_id_aws_10_ap_northeast_1_prod" {
  description = "IPAM pool aws-10/ap-northeast-1/prod."
  value       = aws_vpc_ipam_pool.aws_10_ap_northeast_1_prod.id
}

output "ipam_pool_id_aws_10_ap_northeast_1_shared" {
  description = "IPAM pool aws-10/ap-northeast-1/shared."
  value       = aws_vpc_ipam_pool.aws_10_ap_northeast_1_shared.id
}

output "ipam_pool_id_aws_10_eu_west_1" {
  description = "IPAM pool aws-10/eu-west-1."
  value       = aws_vpc_ipam_pool.aws_10_eu_west_1.id
}

output "ipam_pool_id_aws_10_eu_west_1_nonprod" {
  description = "IPAM pool aws-10/eu-west-1/nonprod."
  value       = aws_vpc_ipam_pool.aws_10_eu_west_1_nonprod.id
}

output "ipam_pool_id_aws_10_eu_west_1_prod" {
  description = "IPAM pool aws-10/eu-west-1/prod."
  value       = aws_vpc_ipam_pool.aws_10_eu_west_1_prod.id
}

output "ipam_pool_id_aws_10_eu_west_1_shared" {
  description = "IPAM pool aws-10/eu-west-1/shared."
  value       = aws_vpc_ipam_pool.aws_10_eu_west_1_shared.id
}

output "ipam_pool_id_aws_10_us_east_1" {
  description = "IPAM pool aws-10/us-east-1."
  value       = aws_vpc_ipam_pool.aws_10_us_east_1.id
}

output "ipam_pool_id_aws_10_us_east_1_nonprod" {
  description = "IPAM pool aws-10/us-east-1/nonprod."
  value       = aws_vpc_ipam_pool.aws_10_us_east_1_nonprod.id
}

output "ipam_pool_id_aws_10_us_east_1_prod" {
  description = "IPAM pool aws-10/us-east-1/prod."
  value       = aws_vpc_ipam_pool.aws_10_us_east_1_prod.id
}

output "ipam_pool_id_aws_10_us_east_1_shared" {
  description = "IPAM pool aws-10/us-east-1/shared."
  value       = aws_vpc_ipam_pool.aws_10_us_east_1_shared.id
}

output "ram_resource_share_arn_tgw_ap_northeast_1_share" {
  description = "RAM share tgw-ap-northeast-1-share (for aws_ram_resource_share_accepter where organisation sharing is off)."
  value       = aws_ram_resource_share.tgw_ap_northeast_1_share.arn
}

output "ram_resource_share_arn_tgw_eu_west_1_share" {
  description = "RAM share tgw-eu-west-1-share (for aws_ram_resource_share_accepter where organisation sharing is off)."
  value       = aws_ram_resource_share.tgw_eu_west_1_share.arn
}

output "ram_resource_share_arn_tgw_us_east_1_share" {
  description = "RAM share tgw-us-east-1-share (for aws_ram_resource_share_accepter where organisation sharing is off)."
  value       = aws_ram_resource_share.tgw_us_east_1_share.arn
}

output "subnet_ids_network_ap_northeast_1_egress" {
  description = "Subnet ids of network/ap-northeast-1/egress by subnet name."
  value = {
    "public-a"     = aws_subnet.network_ap_northeast_1_egress_public_a.id
    "public-b"     = aws_subnet.network_ap_northeast_1_egress_public_b.id
    "public-c"     = aws_subnet.network_ap_northeast_1_egress_public_c.id
    "firewall-a"   = aws_subnet.network_ap_northeast_1_egress_firewall_a.id
    "firewall-b"   = aws_subnet.network_ap_northeast_1_egress_firewall_b.id
    "firewall-c"   = aws_subnet.network_ap_northeast_1_egress_firewall_c.id
    "tgw-attach-a" = aws_subnet.network_ap_northeast_1_egress_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.network_ap_northeast_1_egress_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.network_ap_northeast_1_egress_tgw_attach_c.id
  }
}

output "subnet_ids_network_ap_northeast_1_inspection" {
  description = "Subnet ids of network/ap-northeast-1/inspection by subnet name."
  value = {
    "tgw-attach-ap-northeast-1a" = aws_subnet.network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1a.id
    "firewall-ap-northeast-1a"   = aws_subnet.network_ap_northeast_1_inspection_firewall_ap_northeast_1a.id
    "public-ap-northeast-1a"     = aws_subnet.network_ap_northeast_1_inspection_public_ap_northeast_1a.id
    "tgw-attach-ap-northeast-1b" = aws_subnet.network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1b.id
    "firewall-ap-northeast-1b"   = aws_subnet.network_ap_northeast_1_inspection_firewall_ap_northeast_1b.id
    "public-ap-northeast-1b"     = aws_subnet.network_ap_northeast_1_inspection_public_ap_northeast_1b.id
    "tgw-attach-ap-northeast-1c" = aws_subnet.network_ap_northeast_1_inspection_tgw_attach_ap_northeast_1c.id
    "firewall-ap-northeast-1c"   = aws_subnet.network_ap_northeast_1_inspection_firewall_ap_northeast_1c.id
    "public-ap-northeast-1c"     = aws_subnet.network_ap_northeast_1_inspection_public_ap_northeast_1c.id
  }
}

output "subnet_ids_network_eu_west_1_egress" {
  description = "Subnet ids of network/eu-west-1/egress by subnet name."
  value = {
    "public-a"     = aws_subnet.network_eu_west_1_egress_public_a.id
    "public-b"     = aws_subnet.network_eu_west_1_egress_public_b.id
    "public-c"     = aws_subnet.network_eu_west_1_egress_public_c.id
    "firewall-a"   = aws_subnet.network_eu_west_1_egress_firewall_a.id
    "firewall-b"   = aws_subnet.network_eu_west_1_egress_firewall_b.id
    "firewall-c"   = aws_subnet.network_eu_west_1_egress_firewall_c.id
    "tgw-attach-a" = aws_subnet.network_eu_west_1_egress_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.network_eu_west_1_egress_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.network_eu_west_1_egress_tgw_attach_c.id
  }
}

output "subnet_ids_network_eu_west_1_inspection" {
  description = "Subnet ids of network/eu-west-1/inspection by subnet name."
  value = {
    "tgw-attach-eu-west-1a" = aws_subnet.network_eu_west_1_inspection_tgw_attach_eu_west_1a.id
    "firewall-eu-west-1a"   = aws_subnet.network_eu_west_1_inspection_firewall_eu_west_1a.id
    "public-eu-west-1a"     = aws_subnet.network_eu_west_1_inspection_public_eu_west_1a.id
    "tgw-attach-eu-west-1b" = aws_subnet.network_eu_west_1_inspection_tgw_attach_eu_west_1b.id
    "firewall-eu-west-1b"   = aws_subnet.network_eu_west_1_inspection_firewall_eu_west_1b.id
    "public-eu-west-1b"     = aws_subnet.network_eu_west_1_inspection_public_eu_west_1b.id
    "tgw-attach-eu-west-1c" = aws_subnet.network_eu_west_1_inspection_tgw_attach_eu_west_1c.id
    "firewall-eu-west-1c"   = aws_subnet.network_eu_west_1_inspection_firewall_eu_west_1c.id
    "public-eu-west-1c"     = aws_subnet.network_eu_west_1_inspection_public_eu_west_1c.id
  }
}

output "subnet_ids_network_us_east_1_egress" {
  description = "Subnet ids of network/us-east-1/egress by subnet name."
  value = {
    "public-a"     = aws_subnet.network_us_east_1_egress_public_a.id
    "public-b"     = aws_subnet.network_us_east_1_egress_public_b.id
    "public-c"     = aws_subnet.network_us_east_1_egress_public_c.id
    "firewall-a"   = aws_subnet.network_us_east_1_egress_firewall_a.id
    "firewall-b"   = aws_subnet.network_us_east_1_egress_firewall_b.id
    "firewall-c"   = aws_subnet.network_us_east_1_egress_firewall_c.id
    "tgw-attach-a" = aws_subnet.network_us_east_1_egress_tgw_attach_a.id
    "tgw-attach-b" = aws_subnet.network_us_east_1_egress_tgw_attach_b.id
    "tgw-attach-c" = aws_subnet.network_us_east_1_egress_tgw_attach_c.id
  }
}

output "subnet_ids_network_us_east_1_inspection" {
  description = "Subnet ids of network/us-east-1/inspection by subnet name."
  value = {
    "tgw-attach-us-east-1a" = aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1a.id
    "firewall-us-east-1a"   = aws_subnet.network_us_east_1_inspection_firewall_us_east_1a.id
    "public-us-east-1a"     = aws_subnet.network_us_east_1_inspection_public_us_east_1a.id
    "tgw-attach-us-east-1b" = aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1b.id
    "firewall-us-east-1b"   = aws_subnet.network_us_east_1_inspection_firewall_us_east_1b.id
    "public-us-east-1b"     = aws_subnet.network_us_east_1_inspection_public_us_east_1b.id
    "tgw-attach-us-east-1c" = aws_subnet.network_us_east_1_inspection_tgw_attach_us_east_1c.id
    "firewall-us-east-1c"   = aws_subnet.network_us_east_1_inspection_firewall_us_east_1c.id
    "public-us-east-1c"     = aws_subnet.network_us_east_1_inspection_public_us_east_1c.id
  }
}

output "transit_gateway_id_tgw_ap_northeast_1" {
  description = "Transit gateway tgw-ap-northeast-1 (ap-northeast-1)."
  value       = aws_ec2_transit_gateway.tgw_ap_northeast_1.id
}

output "transit_gateway_id_tgw_eu_west_1" {
  description = "Transit gateway tgw-eu-west-1 (eu-west-1)."
  value       = aws_ec2_transit_gateway.tgw_eu_west_1.id
}

output "transit_gateway_id_tgw_us_east_1" {
  description = "Transit gateway tgw-us-east-1 (us-east-1)."
  value       = aws_ec2_transit_gateway.tgw_us_east_1.id
}

output "transit_gateway_route_table_ids_tgw_ap_northeast_1" {
  description = "Route tables of tgw-ap-northeast-1 by name."
  value = {
    inspection = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_inspection.id
    nonprod    = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_nonprod.id
    peering    = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_peering.id
    prod       = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_prod.id
    shared     = aws_ec2_transit_gateway_route_table.tgw_rtb_ap_northeast_1_shared.id
  }
}

output "transit_gateway_route_table_ids_tgw_eu_west_1" {
  description = "Route tables of tgw-eu-west-1 by name."
  value = {
    inspection                         = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_inspection.id
    nonprod                            = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_nonprod.id
    peering                            = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_peering.id
    prod                               = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_prod.id
    shared                             = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_shared.id
    "vpc/orders-prod/eu-west-1/orders" = aws_ec2_transit_gateway_route_table.tgw_rtb_eu_west_1_vpc_orders_prod_eu_west_1_orders.id
  }
}

output "transit_gateway_route_table_ids_tgw_us_east_1" {
  description = "Route tables of tgw-us-east-1 by name."
  value = {
    inspection                             = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_inspection.id
    nonprod                                = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_nonprod.id
    peering                                = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_peering.id
    prod                                   = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_prod.id
    shared                                 = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_shared.id
    "vpc/fraud-prod/us-east-1/fraud"       = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_fraud_prod_us_east_1_fraud.id
    "vpc/payments-prod/us-east-1/payments" = aws_ec2_transit_gateway_route_table.tgw_rtb_us_east_1_vpc_payments_prod_us_east_1_payments.id
  }
}

output "vpc_id_network_ap_northeast_1_egress" {
  description = "VPC network/ap-northeast-1/egress."
  value       = aws_vpc.network_ap_northeast_1_egress.id
}

output "vpc_id_network_ap_northeast_1_inspection" {
  description = "VPC network/ap-northeast-1/inspection."
  value       = aws_vpc.network_ap_northeast_1_inspection.id
}

output "vpc_id_network_eu_west_1_egress" {
  description = "VPC network/eu-west-1/egress."
  value       = aws_vpc.network_eu_west_1_egress.id
}

output "vpc_id_network_eu_west_1_inspection" {
  description = "VPC network/eu-west-1/inspection."
  value       = aws_vpc.network_eu_west_1_inspection.id
}

output "vpc_id_network_us_east_1_egress" {
  description = "VPC network/us-east-1/egress."
  value       = aws_vpc.network_us_east_1_egress.id
}

output "vpc_id_network_us_east_1_inspection" {
  description = "VPC network/us-east-1/inspection."
  value       = aws_vpc.network_us_east_1_inspection.id
}
