package io.vpcplan.cost;

import io.vpcplan.model.Intent;
import io.vpcplan.model.Network;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import io.vpcplan.topology.TopologyGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * For every intent between overlapping VPCs: PrivateLink when the consumer alone opens TCP
 * connections to a service port (consumer and provider may overlap; only the consumer can start
 * connections), with its monthly cost; otherwise why not, and the alternative.
 */
public final class PrivateLinkAdvisor {
  private PrivateLinkAdvisor() {}

  public static List<PrivateLinkAdvice> advise(Network n, Facts f) {
    TopologyGraph g = TopologyGraph.of(n);
    Map<String, Vpc> index = n.vpcIndex();
    List<PrivateLinkAdvice> out = new ArrayList<>();
    for (Intent i : n.intents()) {
      Vpc consumer = index.get(i.from());
      Vpc provider = index.get(i.to());
      if (consumer == null || provider == null || !g.overlaps(consumer.id(), provider.id())) continue;
      List<String> overlaps = new ArrayList<>();
      List<TopologyGraph.Link> links = g.overlapLinks(consumer.id(), provider.id());
      for (TopologyGraph.Link l : links) {
        overlaps.add(l.aRange() + " (" + l.a() + ") overlaps " + l.bRange() + " (" + l.b() + ")");
      }
      String ranges = String.join("; ", overlaps);
      String why = null;
      String action;
      if (i.bidirectional()) {
        why = "traffic is two-way, but PrivateLink only lets the consumer open connections";
      } else if (!i.protocol().equals("tcp")) {
        why = "PrivateLink carries TCP only; this intent is " + (i.protocol().isEmpty() ? "any" : i.protocol());
      } else if (i.port() == 0) {
        why = "PrivateLink exposes listener ports of an NLB; give the service port in the intent";
      } else if (!consumer.region().equals(provider.region())) {
        why = "consumer and provider are in different regions; an interface endpoint reaches services of its own region";
      }
      if (why != null) {
        action = "re-address one VPC out of " + links.get(0).aRange()
            + ", or put a private NAT gateway in front of one side, translating into a non-overlapping range";
        out.add(new PrivateLinkAdvice(consumer.id(), provider.id(), i.service(), i.protocol(), i.port(), i.gbPerMonth(),
            overlaps, false, action, why + "; the blocks overlap (" + ranges + "), so peering and TGW cannot route it",
            List.of(), 0));
        continue;
      }
      List<String> azs = endpointAzs(consumer, provider);
      double hours = f.get("prices.hoursPerMonth");
      double cost = azs.size() * f.get("prices.endpointAzHour") * hours + i.gbPerMonth() * f.get("prices.endpointPerGb")
          + f.get("prices.nlbHour") * hours;
      action = "endpoint service behind an NLB in " + provider.id() + " (TCP " + i.port() + "); interface endpoint in "
          + consumer.id() + " in " + String.join(", ", azs);
      out.add(new PrivateLinkAdvice(consumer.id(), provider.id(), i.service(), i.protocol(), i.port(), i.gbPerMonth(),
          overlaps, true, action, "one-way TCP to a service: PrivateLink works across overlapping blocks (" + ranges + ")",
          azs, Cost.round(cost)));
    }
    return out;
  }

  /** AZs where the provider has workload subnets (its NLB) that the consumer also uses; provider's when none is known. */
  static List<String> endpointAzs(Vpc consumer, Vpc provider) {
    TreeSet<String> p = azs(provider);
    TreeSet<String> c = azs(consumer);
    if (p.isEmpty()) p = c;
    if (p.isEmpty()) for (char x = 'a'; x <= 'c'; x++) p.add(provider.region() + x);
    TreeSet<String> both = new TreeSet<>(p);
    if (!c.isEmpty()) both.retainAll(c);
    return List.copyOf(both.isEmpty() ? p : both);
  }

  private static TreeSet<String> azs(Vpc v) {
    TreeSet<String> out = new TreeSet<>();
    for (Subnet s : v.subnets()) if (s.purpose() == Purpose.WORKLOAD && !s.az().isEmpty()) out.add(s.az());
    return out;
  }
}
