package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TGW hub plus a direct peering for each VPC pair whose traffic is cheaper over peering by
 * at least {@link Rule#minSavingsMonth()}: same-AZ peering traffic is free and cross-AZ costs
 * the in-region rate each way, while every byte through a TGW pays data processing. Pairs are
 * taken by savings, largest first, while both VPCs stay within the peering and route quotas.
 * The peer routes are more specific than the TGW summaries, so longest-prefix match picks them.
 */
public final class HybridDesigner implements TopologyDesigner {
  /** Prices and limits the choice needs, in USD; the cost package fills them from its facts. */
  public record Rule(double tgwPerGb, double crossAzPerGbEachWay, double interRegionPerGb, double minSavingsMonth,
      long maxPeeringsPerVpc, long maxRoutesPerTable) {}

  /** One peering the hybrid chose, with its monthly saving. */
  public record Choice(String a, String b, double gbPerMonth, double savingsMonth) {}

  private final Rule rule;
  private final List<Flow> flows;
  private final HubDesigner hub;

  public HybridDesigner(Rule rule, List<Flow> flows, HubDesigner hub) {
    this.rule = rule;
    this.flows = List.copyOf(flows);
    this.hub = hub;
  }

  @Override
  public String name() {
    return "hybrid";
  }

  /** Monthly saving of peering over the TGW for {@code gb} between a and b (negative: TGW is cheaper). */
  public static double savings(Rule r, Vpc a, Vpc b, double gb) {
    boolean sameRegion = a.region().equals(b.region());
    double tgw = gb * r.tgwPerGb() + (sameRegion ? 0 : gb * r.interRegionPerGb());
    double peer = sameRegion ? gb * (1 - Flow.sameAzShare(a, b)) * 2 * r.crossAzPerGbEachWay() : gb * r.interRegionPerGb();
    return tgw - peer;
  }

  public List<Choice> choose(Network network, Design.Connectivity options) {
    TopologyGraph g = TopologyGraph.of(network);
    List<String> regions = List.copyOf(new java.util.TreeSet<>(g.vpcs().stream().map(Vpc::region).toList()));
    long base = (options.inspection() ? 1 : 0);
    for (List<Cidr> l : hub.summaries(g.vpcs(), regions).values()) base += l.size();
    Map<String, Double> gb = new HashMap<>();
    for (Flow f : flows) {
      if (g.vpc(f.from()) == null || g.vpc(f.to()) == null || f.from().equals(f.to())) continue;
      String k = f.from().compareTo(f.to()) < 0 ? f.from() + "\n" + f.to() : f.to() + "\n" + f.from();
      gb.merge(k, f.gbPerMonth(), Double::sum);
    }
    List<Choice> candidates = new ArrayList<>();
    for (Map.Entry<String, Double> e : gb.entrySet()) {
      String[] p = e.getKey().split("\n", 2);
      Vpc a = g.vpc(p[0]);
      Vpc b = g.vpc(p[1]);
      if (!g.intended(a, b) || g.overlaps(a.id(), b.id())) continue;
      double s = savings(rule, a, b, e.getValue());
      if (s >= rule.minSavingsMonth() && s > 0) candidates.add(new Choice(a.id(), b.id(), e.getValue(), s));
    }
    candidates.sort(Comparator.comparingDouble(Choice::savingsMonth).reversed().thenComparing(Choice::a).thenComparing(Choice::b));
    Map<String, Long> peers = new HashMap<>();
    Map<String, Long> routes = new HashMap<>();
    List<Choice> out = new ArrayList<>();
    for (Choice c : candidates) {
      Vpc a = g.vpc(c.a());
      Vpc b = g.vpc(c.b());
      long ra = routes.getOrDefault(a.id(), base) + b.ipv4().size();
      long rb = routes.getOrDefault(b.id(), base) + a.ipv4().size();
      if (peers.getOrDefault(a.id(), 0L) + 1 > rule.maxPeeringsPerVpc() || peers.getOrDefault(b.id(), 0L) + 1 > rule.maxPeeringsPerVpc()
          || ra > rule.maxRoutesPerTable() || rb > rule.maxRoutesPerTable()) {
        continue;
      }
      peers.merge(a.id(), 1L, Long::sum);
      peers.merge(b.id(), 1L, Long::sum);
      routes.put(a.id(), ra);
      routes.put(b.id(), rb);
      out.add(c);
    }
    return out;
  }

  @Override
  public TopologyDesign design(Network network, Design.Connectivity options) {
    List<Choice> chosen = choose(network, options);
    List<Peering> peerings = new ArrayList<>();
    List<Map.Entry<String, Route>> extra = new ArrayList<>();
    Map<String, Vpc> index = network.vpcIndex();
    Set<String> pairs = new HashSet<>();
    for (Choice c : chosen) {
      String id = "pcx/" + c.a() + "|" + c.b();
      peerings.add(new Peering(id, c.a(), c.b(), null));
      pairs.add(c.a() + "\n" + c.b());
      for (Cidr x : index.get(c.b()).ipv4()) extra.add(Map.entry(c.a(), new Route(x, RouteTarget.PEERING, id, false)));
      for (Cidr x : index.get(c.a()).ipv4()) extra.add(Map.entry(c.b(), new Route(x, RouteTarget.PEERING, id, false)));
    }
    Network built = hub.build(network, options, extra);
    Network withPeers = built.withTopology(built.transitGateways(), peerings, built.ramShares());
    List<String> notes = new ArrayList<>();
    for (Choice c : chosen) {
      notes.add(String.format(java.util.Locale.ROOT, "peer %s and %s directly: %.0f GB/month saves $%.2f/month over the TGW",
          c.a(), c.b(), c.gbPerMonth(), c.savingsMonth()));
    }
    if (chosen.isEmpty()) notes.add("no VPC pair carries enough traffic for a direct peering to pay off; same as tgw-hub");
    TopologyDesign.Peered peered = (a, b) -> pairs.contains(a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a);
    return new TopologyDesign(name(), withPeers, Counter.count(withPeers), true, notes, peered);
  }
}
