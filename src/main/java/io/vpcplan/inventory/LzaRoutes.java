package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Finding;
import io.vpcplan.io.YNode;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** LZA VPC route tables: one bad route is a finding and is skipped; a prefix-list route is one route per entry. */
final class LzaRoutes {
  private LzaRoutes() {}

  /** A route table before it has a VPC id. */
  record TableDef(String name, List<Route> routes) {
    RouteTable build(String vpcId, List<Cidr> blocks, Collection<LzaVpcs.SubnetDef> subnets) {
      List<String> members = new ArrayList<>();
      for (LzaVpcs.SubnetDef s : subnets) if (s.routeTable().equals(name)) members.add(vpcId + "/" + s.name());
      List<Route> all = new ArrayList<>();
      // AWS adds a local route per VPC block; LZA lists one only to replace its target (a middlebox)
      for (Cidr c : blocks) {
        if (routes.stream().noneMatch(r -> r.destination().equals(c))) all.add(new Route(c, RouteTarget.LOCAL, "local", false));
      }
      all.addAll(routes);
      return new RouteTable(vpcId + "/" + name, name, all, members, false);
    }
  }

  static TableDef table(YNode n, Map<String, LzaVpcs.SubnetDef> subnets, LzaContext ctx) {
    List<Finding> findings = ctx.findings();
    LzaFields f = new LzaFields(n, LzaKeys.ROUTE_TABLE, findings);
    String name = f.requiredText("name");
    List<Route> routes = new ArrayList<>();
    for (YNode r : f.list("routes")) {
      List<Route> got = LzaFields.element("route", findings, () -> route(r, subnets, ctx));
      if (got != null) routes.addAll(got);
    }
    return new TableDef(name, routes);
  }

  private static List<Route> route(YNode n, Map<String, LzaVpcs.SubnetDef> subnets, LzaContext ctx) {
    LzaFields f = new LzaFields(n, LzaKeys.ROUTE, ctx.findings());
    String type = f.text("type", "");
    RouteTarget target = target(type);
    String to = f.text("target", type);
    List<Cidr> dests = new ArrayList<>();
    if (f.has("destinationPrefixList")) {
      try {
        dests.addAll(ctx.prefixLists().entries(f.get("destinationPrefixList")));
      } catch (InputException e) {
        LzaPrefixLists.dangling(e, ctx.findings(), "route");
        return List.of();
      }
    } else {
      String key = f.has("destination") ? "destination" : f.has("ipv6Destination") ? "ipv6Destination" : null;
      if (key == null) return List.of(); // LZA fills in some destinations (peer CIDRs) at deploy time
      String dest = f.text(key, "");
      LzaVpcs.SubnetDef named = subnets.get(dest);
      if (named != null) dests.add(key.equals("ipv6Destination") && named.ipv6() != null ? named.ipv6() : named.cidr());
      else if (dest.indexOf('/') < 0) return List.of(); // a subnet whose CIDR IPAM allocates
      else dests.add(LzaFields.cidr(f.get(key)));
    }
    List<Route> out = new ArrayList<>();
    for (Cidr d : dests) out.add(new Route(d, target, to, false));
    return out;
  }

  private static RouteTarget target(String type) {
    return switch (type) {
      case "transitGateway" -> RouteTarget.TRANSIT_GATEWAY;
      case "natGateway" -> RouteTarget.NAT_GATEWAY;
      case "internetGateway" -> RouteTarget.INTERNET_GATEWAY;
      case "egressOnlyIgw" -> RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY;
      case "vpcPeering" -> RouteTarget.PEERING;
      case "gatewayEndpoint", "gatewayLoadBalancerEndpoint" -> RouteTarget.VPC_ENDPOINT;
      case "local" -> RouteTarget.LOCAL;
      default -> RouteTarget.OTHER;
    };
  }
}
