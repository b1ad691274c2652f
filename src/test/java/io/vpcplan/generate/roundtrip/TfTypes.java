package io.vpcplan.generate.roundtrip;

import io.vpcplan.generate.roundtrip.Res.Kind;
import java.util.Map;

/** Terraform resource (and data source) types the round trip models, and which argument fills which field. */
final class TfTypes {
  record Mapping(Kind kind, Map<String, String> fields) {}

  private static final String TARGET = "gateway_id|nat_gateway_id|transit_gateway_id|vpc_peering_connection_id"
      + "|vpc_endpoint_id|egress_only_gateway_id|network_interface_id|carrier_gateway_id|local_gateway_id|core_network_arn";
  private static final Map<String, String> TGW_TABLE_ENTRY = Map.of("table", "transit_gateway_route_table_id",
      "attachment", "transit_gateway_attachment_id");

  private static final Map<String, Mapping> TYPES = Map.ofEntries(
      Map.entry("aws_vpc", new Mapping(Kind.VPC, Map.of("cidr", "cidr_block", "ipv6", "ipv6_cidr_block",
          "ipv6Generated", "assign_generated_ipv6_cidr_block"))),
      Map.entry("aws_vpc_ipv4_cidr_block_association", new Mapping(Kind.VPC_CIDR, Map.of("vpc", "vpc_id", "cidr", "cidr_block"))),
      Map.entry("aws_vpc_ipv6_cidr_block_association", new Mapping(Kind.VPC_CIDR, Map.of("vpc", "vpc_id", "ipv6", "ipv6_cidr_block"))),
      Map.entry("aws_subnet", new Mapping(Kind.SUBNET,
          Map.of("vpc", "vpc_id", "cidr", "cidr_block", "az", "availability_zone", "ipv6", "ipv6_cidr_block"))),
      Map.entry("aws_route_table", new Mapping(Kind.ROUTE_TABLE, Map.of("vpc", "vpc_id"))),
      Map.entry("aws_route", new Mapping(Kind.ROUTE, Map.of("table", "route_table_id", "dest", "destination_cidr_block",
          "dest6", "destination_ipv6_cidr_block", "target", TARGET))),
      Map.entry("aws_route_table_association", new Mapping(Kind.SUBNET_ASSOC, Map.of("subnet", "subnet_id", "table", "route_table_id"))),
      Map.entry("aws_internet_gateway", new Mapping(Kind.IGW, Map.of("vpc", "vpc_id"))),
      Map.entry("aws_nat_gateway", new Mapping(Kind.NAT, Map.of("subnet", "subnet_id"))),
      Map.entry("aws_egress_only_internet_gateway", new Mapping(Kind.EIGW, Map.of("vpc", "vpc_id"))),
      Map.entry("aws_networkfirewall_firewall", new Mapping(Kind.FIREWALL, Map.of())),
      Map.entry("aws_vpc_endpoint", new Mapping(Kind.ENDPOINT, Map.of())),
      Map.entry("aws_ec2_transit_gateway", new Mapping(Kind.TGW, Map.of("asn", "amazon_side_asn"))),
      Map.entry("aws_ec2_transit_gateway_route_table", new Mapping(Kind.TGW_TABLE, Map.of("tgw", "transit_gateway_id"))),
      Map.entry("aws_ec2_transit_gateway_vpc_attachment", new Mapping(Kind.TGW_VPC_ATTACH, Map.of("tgw", "transit_gateway_id",
          "vpc", "vpc_id", "subnets", "subnet_ids", "appliance", "appliance_mode_support"))),
      Map.entry("aws_ec2_transit_gateway_vpc_attachment_accepter", alias()),
      Map.entry("aws_ec2_transit_gateway_peering_attachment", new Mapping(Kind.TGW_PEER_ATTACH,
          Map.of("tgw", "transit_gateway_id", "peerTgw", "peer_transit_gateway_id"))),
      Map.entry("aws_ec2_transit_gateway_peering_attachment_accepter", alias()),
      Map.entry("aws_ec2_transit_gateway_route_table_association", new Mapping(Kind.TGW_ASSOC, TGW_TABLE_ENTRY)),
      Map.entry("aws_ec2_transit_gateway_route_table_propagation", new Mapping(Kind.TGW_PROP, TGW_TABLE_ENTRY)),
      Map.entry("aws_ec2_transit_gateway_route", new Mapping(Kind.TGW_ROUTE, Map.of("table", "transit_gateway_route_table_id",
          "dest", "destination_cidr_block", "attachment", "transit_gateway_attachment_id", "blackhole", "blackhole"))),
      Map.entry("aws_vpc_peering_connection", new Mapping(Kind.PEERING, Map.of("vpc", "vpc_id", "peerVpc", "peer_vpc_id"))),
      Map.entry("aws_vpc_peering_connection_accepter", new Mapping(Kind.ALIAS, Map.of("of", "vpc_peering_connection_id"))),
      Map.entry("aws_dx_gateway", new Mapping(Kind.DX_GATEWAY, Map.of())),
      Map.entry("aws_vpn_connection", new Mapping(Kind.VPN, Map.of("tgw", "transit_gateway_id"))),
      Map.entry("data.aws_ec2_transit_gateway_dx_gateway_attachment", new Mapping(Kind.DX_ATTACH,
          Map.of("tgw", "transit_gateway_id", "dxgw", "dx_gateway_id"))));

  private TfTypes() {}

  private static Mapping alias() {
    return new Mapping(Kind.ALIAS, Map.of("of", "transit_gateway_attachment_id"));
  }

  /** null: a type that carries no routing (RAM, EIPs, IPAM, customer gateways, firewall policies ...). */
  static Mapping of(String type) {
    return TYPES.get(type);
  }
}
