package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The inspection/egress VPC of one region, in the Network account. Its /24 comes from
 * 100.64.0.0/10 (shared address space: never reached by spokes, so it costs nothing from the
 * organisation's pools) and avoids every existing VPC block. Traffic arriving from the TGW goes
 * to the firewall endpoints; the firewall subnets send it back to the TGW or out through NAT.
 */
final class InspectionVpcs {
  private static final Cidr SPACE = Cidr.parse("100.64.0.0/10");

  private InspectionVpcs() {}

  static Vpc create(String region, String account, List<Vpc> all, List<Cidr> summaries, int ordinal) {
    Cidr block = free(all, ordinal);
    List<String> azs = azs(region, all);
    List<Subnet> subnets = new ArrayList<>();
    String id = account + "/" + region + "/inspection";
    List<String> attach = new ArrayList<>();
    List<String> firewall = new ArrayList<>();
    for (int i = 0; i < azs.size(); i++) {
      Subnet a = new Subnet(id + "/tgw-attach-" + azs.get(i), "tgw-attach-" + azs.get(i), "tgw-attach", azs.get(i),
          block.subnet(28, i), Purpose.TGW_ATTACHMENT, false, null);
      Subnet f = new Subnet(id + "/firewall-" + azs.get(i), "firewall-" + azs.get(i), "firewall", azs.get(i),
          block.subnet(28, 8 + i), Purpose.WORKLOAD, false, null);
      subnets.add(a);
      subnets.add(f);
      attach.add(a.key());
      firewall.add(f.key());
    }
    List<Route> attachRoutes = List.of(new Route(block, RouteTarget.LOCAL, "local", false),
        new Route(Cidr.parse("0.0.0.0/0"), RouteTarget.OTHER, "firewall-endpoint", false));
    List<Route> fwRoutes = new ArrayList<>();
    fwRoutes.add(new Route(block, RouteTarget.LOCAL, "local", false));
    for (Cidr s : summaries) fwRoutes.add(new Route(s, RouteTarget.TRANSIT_GATEWAY, HubPlan.tgwId(region), false));
    fwRoutes.add(new Route(Cidr.parse("0.0.0.0/0"), RouteTarget.NAT_GATEWAY, "nat", false));
    List<RouteTable> tables = List.of(
        new RouteTable("rtb/" + id + "/tgw-attach", "inspection-tgw-attach", attachRoutes, attach, false),
        new RouteTable("rtb/" + id + "/firewall", "inspection-firewall", fwRoutes, firewall, true));
    return new Vpc(id, "inspection", account, region, "", List.of(block), subnets, tables, Origin.CONNECTIVITY, null);
  }

  private static Cidr free(List<Vpc> all, int ordinal) {
    int skip = ordinal;
    for (long i = 0; i < (1L << 14); i++) {
      Cidr c = SPACE.subnet(24, i);
      boolean clash = false;
      for (Vpc v : all) for (Cidr b : v.cidrs()) clash |= b.overlaps(c);
      if (!clash && skip-- == 0) return c;
    }
    throw new IllegalStateException("100.64.0.0/10 has no free /24 for an inspection VPC");
  }

  private static List<String> azs(String region, List<Vpc> all) {
    TreeSet<String> out = new TreeSet<>();
    for (Vpc v : all) if (v.region().equals(region)) v.subnets().forEach(s -> { if (!s.az().isEmpty()) out.add(s.az()); });
    if (out.isEmpty()) for (char c = 'a'; c <= 'c'; c++) out.add(region + c);
    return List.copyOf(out);
  }
}
