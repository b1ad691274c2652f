package io.vpcplan.aws;

import java.util.List;
import software.amazon.awssdk.services.ec2.model.Filter;

/**
 * Every call a snapshot makes, in the order it makes them. Page sizes are the API maxima, so a
 * large region needs few round trips; each paginator follows NextToken to the end.
 */
public final class Ec2Calls {
  private Ec2Calls() {}

  static final String TGW_ROUTE_TABLES = "TransitGatewayRouteTables";
  static final String RT_ID = "TransitGatewayRouteTableId";
  static final String PREFIX_LISTS = "PrefixLists";
  static final String PL_ID = "PrefixListId";
  private static final int PAGE = 1000;

  public static final List<Ec2Call> ALL = List.of(
      region("vpcs.json", "Vpcs", "ec2:DescribeVpcs", List.of("VpcId"),
          (ec2, rt) -> Ec2Call.Fetched.all(
              ec2.describeVpcsPaginator(r -> r.maxResults(PAGE)).vpcs().stream().toList())),
      region("subnets.json", "Subnets", "ec2:DescribeSubnets", List.of("SubnetId"),
          (ec2, rt) -> Ec2Call.Fetched.all(
              ec2.describeSubnetsPaginator(r -> r.maxResults(PAGE)).subnets().stream().toList())),
      region("route-tables.json", "RouteTables", "ec2:DescribeRouteTables", List.of("RouteTableId"),
          (ec2, rt) -> Ec2Call.Fetched.all(
              ec2.describeRouteTablesPaginator(r -> r.maxResults(100)).routeTables().stream().toList())),
      region("transit-gateways.json", "TransitGateways", "ec2:DescribeTransitGateways",
          List.of("TransitGatewayId"),
          (ec2, rt) -> Ec2Call.Fetched.all(
              ec2.describeTransitGatewaysPaginator(r -> r.maxResults(PAGE)).transitGateways().stream().toList())),
      region("transit-gateway-attachments.json", "TransitGatewayAttachments",
          "ec2:DescribeTransitGatewayAttachments", List.of("TransitGatewayAttachmentId"),
          (ec2, rt) -> Ec2Call.Fetched.all(ec2.describeTransitGatewayAttachmentsPaginator(r -> r.maxResults(PAGE))
              .transitGatewayAttachments().stream().toList())),
      region("transit-gateway-vpc-attachments.json", "TransitGatewayVpcAttachments",
          "ec2:DescribeTransitGatewayVpcAttachments", List.of("TransitGatewayAttachmentId"),
          (ec2, rt) -> Ec2Call.Fetched.all(ec2.describeTransitGatewayVpcAttachmentsPaginator(r -> r.maxResults(PAGE))
              .transitGatewayVpcAttachments().stream().toList())),
      region("transit-gateway-route-tables.json", TGW_ROUTE_TABLES, "ec2:DescribeTransitGatewayRouteTables",
          List.of(RT_ID),
          (ec2, rt) -> Ec2Call.Fetched.all(ec2.describeTransitGatewayRouteTablesPaginator(r -> r.maxResults(PAGE))
              .transitGatewayRouteTables().stream().toList())),
      perTable("transit-gateway-route-table-routes.json", "TransitGatewayRouteTableRoutes",
          "ec2:SearchTransitGatewayRoutes", List.of(RT_ID, "DestinationCidrBlock", "PrefixListId", "Type"),
          (ec2, rt) -> {
            // Not paginated: one call returns up to MaxResults and says whether more exist.
            var resp = ec2.searchTransitGatewayRoutes(r -> r.transitGatewayRouteTableId(rt)
                .filters(Filter.builder().name("state").values("active", "blackhole").build())
                .maxResults(PAGE));
            return new Ec2Call.Fetched(resp.routes(), Boolean.TRUE.equals(resp.additionalRoutesAvailable()));
          }),
      perTable("transit-gateway-route-table-associations.json", "TransitGatewayRouteTableAssociations",
          "ec2:GetTransitGatewayRouteTableAssociations", List.of(RT_ID, "TransitGatewayAttachmentId"),
          (ec2, rt) -> Ec2Call.Fetched.all(ec2.getTransitGatewayRouteTableAssociationsPaginator(
              r -> r.transitGatewayRouteTableId(rt).maxResults(PAGE)).associations().stream().toList())),
      perTable("transit-gateway-route-table-propagations.json", "TransitGatewayRouteTablePropagations",
          "ec2:GetTransitGatewayRouteTablePropagations", List.of(RT_ID, "TransitGatewayAttachmentId"),
          (ec2, rt) -> Ec2Call.Fetched.all(ec2.getTransitGatewayRouteTablePropagationsPaginator(
              r -> r.transitGatewayRouteTableId(rt).maxResults(PAGE))
              .transitGatewayRouteTablePropagations().stream().toList())),
      region("vpc-peering-connections.json", "VpcPeeringConnections", "ec2:DescribeVpcPeeringConnections",
          List.of("VpcPeeringConnectionId"),
          (ec2, rt) -> Ec2Call.Fetched.all(ec2.describeVpcPeeringConnectionsPaginator(r -> r.maxResults(PAGE))
              .vpcPeeringConnections().stream().toList())),
      region("vpc-endpoints.json", "VpcEndpoints", "ec2:DescribeVpcEndpoints", List.of("VpcEndpointId"),
          (ec2, rt) -> Ec2Call.Fetched.all(
              ec2.describeVpcEndpointsPaginator(r -> r.maxResults(PAGE)).vpcEndpoints().stream().toList())),
      region("vpc-endpoint-service-configurations.json", "ServiceConfigurations",
          "ec2:DescribeVpcEndpointServiceConfigurations", List.of("ServiceId"),
          (ec2, rt) -> Ec2Call.Fetched.all(ec2.describeVpcEndpointServiceConfigurationsPaginator(
              r -> r.maxResults(PAGE)).serviceConfigurations().stream().toList())),
      // customer-managed prefix lists and their entries: VPC and TGW routes name a list, not its CIDRs
      region("managed-prefix-lists.json", PREFIX_LISTS, "ec2:DescribeManagedPrefixLists", List.of(PL_ID),
          (ec2, rt) -> Ec2Call.Fetched.all(
              ec2.describeManagedPrefixListsPaginator(r -> r.maxResults(100)).prefixLists().stream().toList())),
      new Ec2Call("managed-prefix-list-entries.json", "PrefixListEntries", "ec2:GetManagedPrefixListEntries",
          List.of(PL_ID, "Cidr"), PL_ID, (ec2, pl) -> Ec2Call.Fetched.all(ec2.getManagedPrefixListEntriesPaginator(
              r -> r.prefixListId(pl).maxResults(100)).entries().stream().toList())),
      // not paginated: these three return everything at once
      region("vpn-connections.json", "VpnConnections", "ec2:DescribeVpnConnections", List.of("VpnConnectionId"),
          (ec2, rt) -> Ec2Call.Fetched.all(VpnCalls.vpnConnections(ec2))),
      region("customer-gateways.json", "CustomerGateways", "ec2:DescribeCustomerGateways", List.of("CustomerGatewayId"),
          (ec2, rt) -> Ec2Call.Fetched.all(ec2.describeCustomerGateways().customerGateways())),
      region("vpn-gateways.json", "VpnGateways", "ec2:DescribeVpnGateways", List.of("VpnGatewayId"),
          (ec2, rt) -> Ec2Call.Fetched.all(ec2.describeVpnGateways().vpnGateways())));

  /** Needed only with {@code --regions all}, once per account. */
  public static final String DESCRIBE_REGIONS = "ec2:DescribeRegions";
  /** Needed only with {@code --accounts … --role-name}, in the accounts' role trust policies. */
  public static final String ASSUME_ROLE = "sts:AssumeRole";

  /** Every IAM action a snapshot of one region needs (EC2 and Direct Connect), sorted. */
  public static List<String> requiredActions() {
    return java.util.stream.Stream.concat(ALL.stream().map(Ec2Call::action), DxCalls.ALL.stream().map(DxCall::action))
        .sorted().toList();
  }

  private static Ec2Call region(String file, String key, String action, List<String> sort, Ec2Call.Fetch f) {
    return new Ec2Call(file, key, action, sort, "", f);
  }

  private static Ec2Call perTable(String file, String key, String action, List<String> sort, Ec2Call.Fetch f) {
    return new Ec2Call(file, key, action, sort, RT_ID, f);
  }
}
