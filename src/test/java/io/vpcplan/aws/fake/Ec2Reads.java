package io.vpcplan.aws.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** The EC2 Describe/Get/Search actions: one page each, filters and id lists honoured. */
final class Ec2Reads {
  static final List<String> REGIONS =
      List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2");
  private static final Set<String> TGW_OPTIONS = Set.of("options.amazon-side-asn",
      "options.auto-accept-shared-attachments", "options.default-route-table-association",
      "options.default-route-table-propagation", "options.association-default-route-table-id",
      "options.propagation-default-route-table-id", "options.dns-support", "options.vpn-ecmp-support");

  private final State state;
  private final Render render;

  Ec2Reads(State state, Render render) {
    this.state = state;
    this.render = render;
  }

  void register(Map<String, Function<Query, String>> h) {
    h.put("DescribeVpcs", q -> list(q, "vpcSet", "vpc", "VpcId", Set.of("vpc-id", "cidr",
        "cidr-block-association.cidr-block", "state", "owner-id", "is-default", "dhcp-options-id"),
        r -> here(r, q), render::vpc));
    h.put("DescribeSubnets", q -> list(q, "subnetSet", "subnet", "SubnetId", Set.of("subnet-id", "vpc-id",
        "cidr-block", "availability-zone", "availability-zone-id", "state", "owner-id", "default-for-az"),
        r -> here(r, q), render::subnet));
    h.put("DescribeRouteTables", q -> list(q, "routeTableSet", "route-table", "RouteTableId", Set.of(
        "route-table-id", "vpc-id", "owner-id", "association.subnet-id", "association.main",
        "association.route-table-association-id", "route.destination-cidr-block", "route.transit-gateway-id",
        "route.gateway-id", "route.vpc-peering-connection-id", "route.nat-gateway-id"), r -> here(r, q),
        render::routeTable));
    h.put("DescribeInternetGateways", q -> list(q, "internetGatewaySet", "internet-gateway", "InternetGatewayId",
        Set.of("internet-gateway-id", "attachment.vpc-id", "attachment.state", "owner-id"), r -> here(r, q),
        render::igw));
    Set<String> tgwFilters = new java.util.HashSet<>(TGW_OPTIONS);
    tgwFilters.addAll(Set.of("transit-gateway-id", "state", "owner-id"));
    h.put("DescribeTransitGateways", q -> list(q, "transitGatewaySet", "transit-gateway", "TransitGatewayIds",
        tgwFilters, r -> tgwVisible(r, q.account(), q.region()), render::tgw));
    h.put("DescribeTransitGatewayRouteTables", q -> list(q, "transitGatewayRouteTables",
        "transit-gateway-route-table", "TransitGatewayRouteTableIds", Set.of("transit-gateway-route-table-id",
            "transit-gateway-id", "state", "default-association-route-table", "default-propagation-route-table"),
        r -> here(r, q), render::tgwRouteTable));
    h.put("DescribeTransitGatewayAttachments", q -> list(q, "transitGatewayAttachments",
        "transit-gateway-attachment", "TransitGatewayAttachmentIds", Set.of("transit-gateway-attachment-id",
            "transit-gateway-id", "transit-gateway-owner-id", "resource-id", "resource-owner-id", "resource-type",
            "state", "association.transit-gateway-route-table-id", "association.state"),
        r -> attachmentVisible(r, q.account(), q.region()), (x, r) -> render.attachment(x, r, q.account(), q.region())));
    h.put("DescribeTransitGatewayVpcAttachments", q -> list(q, "transitGatewayVpcAttachments",
        "transit-gateway-attachment", "TransitGatewayAttachmentIds", Set.of("transit-gateway-attachment-id",
            "transit-gateway-id", "vpc-id", "state"),
        r -> r.attr("resource-type").equals("vpc") && attachmentVisible(r, q.account(), q.region()),
        render::vpcAttachment));
    h.put("DescribeTransitGatewayPeeringAttachments", q -> list(q, "transitGatewayPeeringAttachments",
        "transit-gateway-attachment", "TransitGatewayAttachmentIds", Set.of("transit-gateway-attachment-id",
            "transit-gateway-id", "local-owner-id", "remote-owner-id", "state"),
        r -> r.attr("resource-type").equals("peering") && attachmentVisible(r, q.account(), q.region()),
        render::peering));
    h.put("DescribeRegions", this::regions);
    h.put("DescribeAvailabilityZones", this::zones);
    h.put("DescribeVpcEndpoints", q -> empty(q, "vpcEndpointSet"));
    h.put("DescribeVpnConnections", q -> empty(q, "vpnConnectionSet"));
    h.put("DescribeCustomerGateways", q -> empty(q, "customerGatewaySet"));
    h.put("DescribeVpnGateways", q -> empty(q, "vpnGatewaySet"));
    h.put("DescribeVpcEndpointServiceConfigurations", q -> empty(q, "serviceConfigurationSet"));
    h.put("DescribeManagedPrefixLists", q -> empty(q, "prefixListSet"));
    TgwTableReads tables = new TgwTableReads(state);
    h.put("SearchTransitGatewayRoutes", tables::routes);
    h.put("GetTransitGatewayRouteTableAssociations", tables::associations);
    h.put("GetTransitGatewayRouteTablePropagations", tables::propagations);
  }

  private static boolean here(Res r, Query q) {
    return r.account.equals(q.account()) && r.region.equals(q.region());
  }

  boolean tgwVisible(Res tgw, String account, String region) {
    if (!tgw.region.equals(region)) return false;
    return tgw.account.equals(account) || state.sharedTo(tgw.attr("transit-gateway-arn"), account, region);
  }

  static boolean attachmentVisible(Res a, String account, String region) {
    if (a.attr("resource-type").equals("peering")) {
      return (a.account.equals(account) && a.region.equals(region)) || Render.isAccepter(a, account, region);
    }
    return a.region.equals(region) && (a.account.equals(account) || account.equals(a.attr("transit-gateway-owner-id")));
  }

  private String list(Query q, String listName, String type, String idParam, Set<String> filterNames,
      Predicate<Res> visible, BiConsumer<Xml, Res> item) {
    page(q);
    Map<String, List<String>> filters = q.filters(filterNames);
    List<String> ids = q.list(idParam);
    List<Res> found = new ArrayList<>();
    if (!ids.isEmpty()) {
      Map<String, Res> seen = new LinkedHashMap<>();
      for (String id : ids) {
        Res r = state.byId.get(id);
        if (r == null || !r.type.equals(type) || !visible.test(r)) throw State.notFound(type, id);
        seen.put(id, r);
      }
      found.addAll(seen.values());
    } else {
      found.addAll(state.all(type, visible));
    }
    Xml x = new Xml(q.action()).open(listName);
    for (Res r : found) {
      if (Query.matches(filters, r.tags, n -> values(r, n))) {
        x.open("item");
        item.accept(x, r);
        x.close();
      }
      // Filtered out or not, it was looked at: a waiter filtering on state=available still advances it.
      r.tick();
    }
    return x.close().done();
  }

  private static List<String> values(Res r, String name) {
    if (name.equals("transit-gateway-id") && "peering".equals(r.attr("resource-type"))) {
      return List.of(r.attr("transit-gateway-id"), r.attr("peer-transit-gateway-id"));
    }
    if (name.equals("local-owner-id")) return List.of(r.account);
    if (name.equals("remote-owner-id")) return List.of(r.attr("peer-account-id"));
    return Render.values(r, name);
  }

  /** MaxResults must be a number; every answer is one page, so a NextToken can only be stale. */
  static void page(Query q) {
    String max = q.get("MaxResults");
    if (max != null && !max.matches("\\d{1,4}")) {
      throw ApiError.invalid("Value (" + max + ") for parameter maxResults is invalid. Expecting a number.");
    }
    if (q.get("NextToken") != null) throw ApiError.bad("InvalidPaginationToken", "Invalid pagination token");
  }

  private String regions(Query q) {
    Map<String, List<String>> filters = q.filters(Set.of("region-name", "opt-in-status", "endpoint"));
    List<String> names = q.list("RegionName");
    Xml x = new Xml(q.action()).open("regionInfo");
    for (String r : REGIONS) {
      if (!names.isEmpty() && !names.contains(r)) continue;
      Map<String, List<String>> v = Map.of("region-name", List.of(r), "opt-in-status",
          List.of("opt-in-not-required"), "endpoint", List.of("ec2." + r + ".amazonaws.com"));
      if (!Query.matches(filters, Map.of(), n -> v.get(n))) continue;
      x.open("item").el("regionName", r).el("regionEndpoint", "ec2." + r + ".amazonaws.com")
          .el("optInStatus", "opt-in-not-required").close();
    }
    return x.close().done();
  }

  /** Zones a to c of the caller's region, with the zone ids CreateSubnet gives. */
  private String zones(Query q) {
    Map<String, List<String>> filters = q.filters(Set.of("zone-name", "zone-id", "region-name", "state"));
    List<String> names = q.list("ZoneName");
    Xml x = new Xml(q.action()).open("availabilityZoneInfo");
    for (String letter : List.of("a", "b", "c")) {
      String zone = q.region() + letter;
      String id = VpcWrites.azId(zone);
      if (!names.isEmpty() && !names.contains(zone)) continue;
      Map<String, List<String>> v = Map.of("zone-name", List.of(zone), "zone-id", List.of(id),
          "region-name", List.of(q.region()), "state", List.of("available"));
      if (!Query.matches(filters, Map.of(), v::get)) continue;
      x.open("item").el("zoneName", zone).el("zoneId", id).el("zoneState", "available").el("regionName", q.region())
          .el("zoneType", "availability-zone").el("optInStatus", "opt-in-not-required").el("groupName", q.region())
          .el("networkBorderGroup", q.region()).close();
    }
    return x.close().done();
  }

  private static String empty(Query q, String listName) {
    page(q);
    return new Xml(q.action()).open(listName).close().done();
  }
}
