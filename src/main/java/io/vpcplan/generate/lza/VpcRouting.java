package io.vpcplan.generate.lza;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The route tables of one VPC as LZA needs them: every subnet names its table (LZA has no main
 * table to fall back on, so subnets the model leaves to the main table name it explicitly), and
 * public subnets get a table of their own with the default route to the internet gateway when the
 * model gives them none, so a private or attachment subnet never routes to the internet gateway.
 */
final class VpcRouting {
  /** A table to write: its LZA name and routes. */
  record Table(String name, List<Route> routes) {}

  final List<Table> tables = new ArrayList<>();
  /** subnet key → LZA table name. */
  final Map<String, String> tableOf = new LinkedHashMap<>();
  boolean internetGateway;
  boolean egressOnlyIgw;

  VpcRouting(Vpc v) {
    Set<String> used = new HashSet<>();
    Map<String, String> nameOfId = new LinkedHashMap<>();
    String main = null;
    for (RouteTable t : v.routeTables()) {
      String n = LzaNames.unique(LzaNames.clean(t.name().isEmpty() ? last(t.id()) : t.name()), used);
      nameOfId.put(t.id(), n);
      tables.add(new Table(n, t.routes()));
      if (t.main() && main == null) main = n;
      for (String s : t.subnetIds()) tableOf.putIfAbsent(s, n);
      for (Route r : t.routes()) {
        if (r.targetType() == RouteTarget.INTERNET_GATEWAY) internetGateway = true;
        if (r.targetType() == RouteTarget.EGRESS_ONLY_INTERNET_GATEWAY) egressOnlyIgw = true;
      }
    }
    for (Subnet s : v.subnets()) if (!tableOf.containsKey(s.key()) && main != null) tableOf.put(s.key(), main);
    if (!internetGateway) publicTables(v, used);
  }

  private void publicTables(Vpc v, Set<String> used) {
    Map<String, List<String>> publicBySource = new LinkedHashMap<>();
    for (Subnet s : v.subnets()) {
      if (!s.isPublic() || s.purpose() != Purpose.WORKLOAD) continue;
      publicBySource.computeIfAbsent(tableOf.getOrDefault(s.key(), ""), k -> new ArrayList<>()).add(s.key());
    }
    boolean v6 = v.cidrs().stream().anyMatch(c -> !c.isV4());
    for (Map.Entry<String, List<String>> e : publicBySource.entrySet()) {
      List<Route> routes = new ArrayList<>();
      for (Table t : tables) if (t.name().equals(e.getKey())) routes.addAll(t.routes());
      routes.removeIf(r -> r.destination().length() == 0);
      routes.add(new Route(Cidr.parse("0.0.0.0/0"), RouteTarget.INTERNET_GATEWAY, "IGW", false));
      if (v6) routes.add(new Route(Cidr.parse("::/0"), RouteTarget.INTERNET_GATEWAY, "IGW", false));
      String base = LzaNames.clean(v.name().isEmpty() ? "vpc" : v.name()) + "-public";
      String n = LzaNames.unique(publicBySource.size() == 1 ? base : base + "-" + e.getKey(), used);
      tables.add(new Table(n, routes));
      for (String s : e.getValue()) tableOf.put(s, n);
      internetGateway = true;
    }
  }

  private static String last(String id) {
    int i = id.lastIndexOf('/');
    return i < 0 ? id : id.substring(i + 1);
  }
}
