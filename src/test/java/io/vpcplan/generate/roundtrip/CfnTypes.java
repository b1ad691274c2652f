package io.vpcplan.generate.roundtrip;

import io.vpcplan.generate.roundtrip.Res.Kind;
import java.util.Map;

/** CloudFormation resource types the round trip models, and which property fills which field. */
final class CfnTypes {
  record Mapping(Kind kind, Map<String, String> fields) {}

  private static final String TARGET = "GatewayId|NatGatewayId|TransitGatewayId|VpcPeeringConnectionId|VpcEndpointId"
      + "|EgressOnlyInternetGatewayId|NetworkInterfaceId|InstanceId|CarrierGatewayId|LocalGatewayId|CoreNetworkArn";

  private static final Map<String, Mapping> TYPES = Map.ofEntries(
      Map.entry("AWS::EC2::VPC", new Mapping(Kind.VPC, Map.of("cidr", "CidrBlock"))),
      Map.entry("AWS::EC2::VPCCidrBlock", new Mapping(Kind.VPC_CIDR,
          Map.of("vpc", "VpcId", "cidr", "CidrBlock", "ipv6", "Ipv6CidrBlock"))),
      Map.entry("AWS::EC2::Subnet", new Mapping(Kind.SUBNET,
          Map.of("vpc", "VpcId", "cidr", "CidrBlock", "az", "AvailabilityZone", "ipv6", "Ipv6CidrBlock"))),
      Map.entry("AWS::EC2::RouteTable", new Mapping(Kind.ROUTE_TABLE, Map.of("vpc", "VpcId"))),
      Map.entry("AWS::EC2::Route", new Mapping(Kind.ROUTE, Map.of("table", "RouteTableId", "dest", "DestinationCidrBlock",
          "dest6", "DestinationIpv6CidrBlock", "target", TARGET))),
      Map.entry("AWS::EC2::SubnetRouteTableAssociation", new Mapping(Kind.SUBNET_ASSOC,
          Map.of("subnet", "SubnetId", "table", "RouteTableId"))),
      Map.entry("AWS::EC2::InternetGateway", new Mapping(Kind.IGW, Map.of())),
      Map.entry("AWS::EC2::NatGateway", new Mapping(Kind.NAT, Map.of("subnet", "SubnetId"))),
      Map.entry("AWS::EC2::EgressOnlyInternetGateway", new Mapping(Kind.EIGW, Map.of("vpc", "VpcId"))),
      Map.entry("AWS::NetworkFirewall::Firewall", new Mapping(Kind.FIREWALL, Map.of())),
      Map.entry("AWS::EC2::VPCEndpoint", new Mapping(Kind.ENDPOINT, Map.of())),
      Map.entry("AWS::EC2::TransitGateway", new Mapping(Kind.TGW, Map.of("asn", "AmazonSideAsn"))),
      Map.entry("AWS::EC2::TransitGatewayRouteTable", new Mapping(Kind.TGW_TABLE, Map.of("tgw", "TransitGatewayId"))),
      Map.entry("AWS::EC2::TransitGatewayAttachment", vpcAttachment()),
      Map.entry("AWS::EC2::TransitGatewayVpcAttachment", vpcAttachment()),
      Map.entry("AWS::EC2::TransitGatewayPeeringAttachment", new Mapping(Kind.TGW_PEER_ATTACH,
          Map.of("tgw", "TransitGatewayId", "peerTgw", "PeerTransitGatewayId"))),
      Map.entry("AWS::EC2::TransitGatewayRouteTableAssociation", new Mapping(Kind.TGW_ASSOC,
          Map.of("table", "TransitGatewayRouteTableId", "attachment", "TransitGatewayAttachmentId"))),
      Map.entry("AWS::EC2::TransitGatewayRouteTablePropagation", new Mapping(Kind.TGW_PROP,
          Map.of("table", "TransitGatewayRouteTableId", "attachment", "TransitGatewayAttachmentId"))),
      Map.entry("AWS::EC2::TransitGatewayRoute", new Mapping(Kind.TGW_ROUTE, Map.of("table", "TransitGatewayRouteTableId",
          "dest", "DestinationCidrBlock", "attachment", "TransitGatewayAttachmentId", "blackhole", "Blackhole"))),
      Map.entry("AWS::EC2::VPCPeeringConnection", new Mapping(Kind.PEERING, Map.of("vpc", "VpcId", "peerVpc", "PeerVpcId"))),
      Map.entry("AWS::EC2::VPNConnection", new Mapping(Kind.VPN, Map.of("tgw", "TransitGatewayId"))));

  private CfnTypes() {}

  private static Mapping vpcAttachment() {
    return new Mapping(Kind.TGW_VPC_ATTACH, Map.of("tgw", "TransitGatewayId", "vpc", "VpcId", "subnets", "SubnetIds",
        "appliance", "Options.ApplianceModeSupport"));
  }

  /** null: a type that carries no routing (IAM roles, RAM shares, EIPs, IPAM, firewall policies ...). */
  static Mapping of(String type) {
    return TYPES.get(type);
  }
}
