package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.NatGateways;
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
 * The inspection and egress VPC of one region, in the Network account. Its block comes from
 * 100.64.0.0/10 (shared address space: never reached by spokes, so it costs nothing from the
 * organisation's pools) and avoids every existing VPC block: a /24, or a /23 when three /28s per
 * AZ do not fit (six AZs).
 *
 * <p>Per AZ: a TGW attachment subnet, a firewall subnet holding that AZ's AWS Network Firewall
 * endpoint and a public subnet holding the NAT gateway, each with a route table of its own,
 * because each AZ has its own endpoint. A spoke's default route reaches the TGW, then the
 * attachment subnet of some AZ, whose 0.0.0.0/0 goes to the firewall endpoint of the same AZ
 * (appliance mode on the attachment keeps both directions of a flow in one AZ). The firewall
 * subnet sends the organisation's prefixes back to the TGW and the rest to its AZ's NAT gateway;
 * the public subnet sends replies for the organisation's prefixes back through the same
 * endpoint, so the firewall sees both directions. The VPC egresses itself: the hub has no
 * separate egress VPC. With {@code natGateways: none} the firewall subnets get no default route.
 */
final class InspectionVpcs {
  private static final Cidr SPACE = Cidr.parse("100.64.0.0/10");
  private static final Cidr ANY = Cidr.parse("0.0.0.0/0");

  private InspectionVpcs() {}

  /** @param all every VPC the block must avoid (the spokes and the inspection VPCs made so far) */
  static Vpc create(String region, String account, List<Vpc> all, List<Cidr> summaries, NatGateways nat) {
    List<String> azs = azs(region, all);
    Cidr block = free(all, 3 * azs.size() <= 16 ? 24 : 23);
    String id = account + "/" + region + "/inspection";
    String igw = "igw/" + id;
    List<Subnet> subnets = new ArrayList<>();
    List<Subnet> attach = new ArrayList<>();
    List<Subnet> firewall = new ArrayList<>();
    List<Subnet> publics = new ArrayList<>();
    boolean[] used = new boolean[1 << (28 - block.length())];
    for (int i = 0; i < azs.size(); i++) {
      used[i] = true;
      used[8 + i] = true;
    }
    int next = 0;
    for (int i = 0; i < azs.size(); i++) {
      String az = azs.get(i);
      while (used[next]) next++;
      used[next] = true;
      attach.add(new Subnet(id + "/tgw-attach-" + az, "tgw-attach-" + az, "tgw-attach", az, block.subnet(28, i),
          Purpose.TGW_ATTACHMENT, false, null));
      firewall.add(new Subnet(id + "/firewall-" + az, "firewall-" + az, "firewall", az, block.subnet(28, 8 + i),
          Purpose.WORKLOAD, false, null));
      publics.add(new Subnet(id + "/public-" + az, "public-" + az, "public", az, block.subnet(28, next),
          Purpose.WORKLOAD, true, null));
    }
    List<RouteTable> tables = new ArrayList<>();
    for (int i = 0; i < azs.size(); i++) {
      String az = azs.get(i);
      Subnet a = attach.get(i);
      Subnet f = firewall.get(i);
      Subnet p = publics.get(i);
      subnets.addAll(List.of(a, f, p));
      Route endpoint = new Route(ANY, RouteTarget.FIREWALL_ENDPOINT, f.key(), false);
      tables.add(table(id, "tgw-attach-" + az, List.of(local(block), endpoint), a));
      List<Route> fw = new ArrayList<>(List.of(local(block)));
      for (Cidr s : summaries) fw.add(new Route(s, RouteTarget.TRANSIT_GATEWAY, HubPlan.tgwId(region), false));
      if (nat != NatGateways.NONE) {
        String natAz = nat == NatGateways.SINGLE ? azs.get(0) : az;
        fw.add(new Route(ANY, RouteTarget.NAT_GATEWAY, "nat/" + id + "/" + natAz, false));
      }
      tables.add(table(id, "firewall-" + az, fw, f));
      List<Route> pub = new ArrayList<>(List.of(local(block)));
      for (Cidr s : summaries) pub.add(new Route(s, RouteTarget.FIREWALL_ENDPOINT, f.key(), false));
      pub.add(new Route(ANY, RouteTarget.INTERNET_GATEWAY, igw, false));
      tables.add(table(id, "public-" + az, pub, p));
    }
    return new Vpc(id, "inspection", account, region, "", List.of(block), subnets, tables, Origin.CONNECTIVITY, null);
  }

  private static Route local(Cidr block) {
    return new Route(block, RouteTarget.LOCAL, "local", false);
  }

  private static RouteTable table(String vpcId, String name, List<Route> routes, Subnet s) {
    return new RouteTable("rtb/" + vpcId + "/" + name, "inspection-" + name, routes, List.of(s.key()), false);
  }

  private static Cidr free(List<Vpc> all, int prefix) {
    for (long i = 0; i < (1L << (prefix - SPACE.length())); i++) {
      Cidr c = SPACE.subnet(prefix, i);
      boolean clash = false;
      for (Vpc v : all) for (Cidr b : v.cidrs()) clash |= b.overlaps(c);
      if (!clash) return c;
    }
    throw new IllegalStateException("100.64.0.0/10 has no free /" + prefix + " for an inspection VPC");
  }

  private static List<String> azs(String region, List<Vpc> all) {
    TreeSet<String> out = new TreeSet<>();
    for (Vpc v : all) if (v.region().equals(region)) v.subnets().forEach(s -> { if (!s.az().isEmpty()) out.add(s.az()); });
    if (out.isEmpty()) for (char c = 'a'; c <= 'c'; c++) out.add(region + c);
    return List.copyOf(out);
  }
}
