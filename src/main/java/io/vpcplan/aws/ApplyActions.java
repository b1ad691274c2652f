package io.vpcplan.aws;

import io.vpcplan.change.Kind;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The IAM actions apply's steps call, by kind: what {@code iam-policy} grants. Kept beside the
 * steps; a test runs apply (and --prune) against the test endpoint and checks that every call it
 * made is listed here for that account.
 */
public final class ApplyActions {
  private ApplyActions() {}

  /** Reads: the snapshot's calls, plus this plan's internet gateways, NAT gateways, Elastic IPs and RAM shares. */
  public static List<String> reads() {
    TreeSet<String> s = new TreeSet<>(Ec2Calls.requiredActions());
    s.addAll(List.of("ec2:DescribeInternetGateways", "ec2:DescribeNatGateways", "ec2:DescribeAddresses",
        "ram:GetResourceShares", "ram:GetResourceShareAssociations",
        "ram:GetResourceShareInvitations"));
    return List.copyOf(s);
  }

  private static final Map<Kind, List<String>> CREATE = Map.ofEntries(
      Map.entry(Kind.TRANSIT_GATEWAY, List.of("ec2:CreateTransitGateway")),
      Map.entry(Kind.TGW_ROUTE_TABLE, List.of("ec2:CreateTransitGatewayRouteTable")),
      Map.entry(Kind.RESOURCE_SHARE, List.of("ram:CreateResourceShare", "ram:TagResource")),
      Map.entry(Kind.SHARE_ACCEPT, List.of("ram:AcceptResourceShareInvitation")),
      Map.entry(Kind.VPC, List.of("ec2:CreateVpc")),
      Map.entry(Kind.VPC_CIDR, List.of("ec2:AssociateVpcCidrBlock")),
      Map.entry(Kind.SUBNET, List.of("ec2:CreateSubnet")),
      Map.entry(Kind.ROUTE_TABLE, List.of("ec2:CreateRouteTable")),
      Map.entry(Kind.ROUTE_TABLE_ASSOCIATION, List.of("ec2:AssociateRouteTable", "ec2:ReplaceRouteTableAssociation")),
      Map.entry(Kind.INTERNET_GATEWAY, List.of("ec2:CreateInternetGateway", "ec2:AttachInternetGateway")),
      Map.entry(Kind.TGW_VPC_ATTACHMENT, List.of("ec2:CreateTransitGatewayVpcAttachment")),
      Map.entry(Kind.TGW_ATTACHMENT_ACCEPT, List.of("ec2:AcceptTransitGatewayVpcAttachment")),
      Map.entry(Kind.TGW_PEERING, List.of("ec2:CreateTransitGatewayPeeringAttachment")),
      Map.entry(Kind.TGW_PEERING_ACCEPT, List.of("ec2:AcceptTransitGatewayPeeringAttachment")),
      Map.entry(Kind.TGW_ASSOCIATION, List.of("ec2:AssociateTransitGatewayRouteTable")),
      Map.entry(Kind.TGW_PROPAGATION, List.of("ec2:EnableTransitGatewayRouteTablePropagation")),
      Map.entry(Kind.TGW_ROUTE, List.of("ec2:CreateTransitGatewayRoute")),
      Map.entry(Kind.VPC_PEERING, List.of("ec2:CreateVpcPeeringConnection")),
      Map.entry(Kind.VPC_PEERING_ACCEPT, List.of("ec2:AcceptVpcPeeringConnection")),
      Map.entry(Kind.ELASTIC_IP, List.of("ec2:AllocateAddress")),
      Map.entry(Kind.NAT_GATEWAY, List.of("ec2:CreateNatGateway")),
      Map.entry(Kind.ROUTE, List.of("ec2:CreateRoute")));

  private static final Map<Kind, List<String>> DELETE = Map.ofEntries(
      Map.entry(Kind.TRANSIT_GATEWAY, List.of("ec2:DeleteTransitGateway")),
      Map.entry(Kind.TGW_ROUTE_TABLE, List.of("ec2:DeleteTransitGatewayRouteTable")),
      Map.entry(Kind.RESOURCE_SHARE, List.of("ram:DeleteResourceShare")),
      Map.entry(Kind.VPC, List.of("ec2:DeleteVpc")),
      Map.entry(Kind.VPC_CIDR, List.of("ec2:DisassociateVpcCidrBlock")),
      Map.entry(Kind.SUBNET, List.of("ec2:DeleteSubnet")),
      Map.entry(Kind.ROUTE_TABLE, List.of("ec2:DeleteRouteTable")),
      Map.entry(Kind.ROUTE_TABLE_ASSOCIATION, List.of("ec2:DisassociateRouteTable")),
      Map.entry(Kind.INTERNET_GATEWAY, List.of("ec2:DetachInternetGateway", "ec2:DeleteInternetGateway")),
      Map.entry(Kind.TGW_VPC_ATTACHMENT, List.of("ec2:DeleteTransitGatewayVpcAttachment")),
      Map.entry(Kind.TGW_PEERING, List.of("ec2:DeleteTransitGatewayPeeringAttachment")),
      Map.entry(Kind.TGW_ASSOCIATION, List.of("ec2:DisassociateTransitGatewayRouteTable")),
      Map.entry(Kind.TGW_PROPAGATION, List.of("ec2:DisableTransitGatewayRouteTablePropagation")),
      Map.entry(Kind.TGW_ROUTE, List.of("ec2:DeleteTransitGatewayRoute")),
      Map.entry(Kind.VPC_PEERING, List.of("ec2:DeleteVpcPeeringConnection")),
      Map.entry(Kind.ELASTIC_IP, List.of("ec2:ReleaseAddress")),
      Map.entry(Kind.NAT_GATEWAY, List.of("ec2:DeleteNatGateway")),
      Map.entry(Kind.ROUTE, List.of("ec2:DeleteRoute")));

  /** The creates that tag on create: ec2:CreateTags is needed with ec2:CreateAction one of these. */
  public static final List<String> TAG_ON_CREATE = List.of("AllocateAddress", "CreateInternetGateway", "CreateNatGateway",
      "CreateRouteTable", "CreateSubnet",
      "CreateTransitGateway", "CreateTransitGatewayPeeringAttachment", "CreateTransitGatewayRouteTable",
      "CreateTransitGatewayVpcAttachment", "CreateVpc", "CreateVpcPeeringConnection");

  public static List<String> create(Kind k) {
    return CREATE.getOrDefault(k, List.of());
  }

  public static List<String> delete(Kind k) {
    return DELETE.getOrDefault(k, List.of());
  }

  /** Updating an owned resource: its tags (EC2 or RAM), a share's principals and resources, a subnet's table. */
  public static List<String> update(Kind k) {
    if (k == Kind.RESOURCE_SHARE) return List.of("ram:AssociateResourceShare", "ram:TagResource");
    if (k == Kind.ROUTE_TABLE_ASSOCIATION) return List.of("ec2:ReplaceRouteTableAssociation");
    return k.taggable() ? List.of("ec2:CreateTags") : List.of();
  }
}
