package io.vpcplan.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Picks the cheapest design that fits every quota in force and keeps the segmentation; on equal
 * cost the simpler design wins (intent-mesh, tgw-hub, hybrid, full-mesh). When nothing fits, the
 * design with the fewest violations, then the lowest cost, with the quotas to raise. Designs that
 * do not compete (not applicable here; the hairpin) are never picked, but their reasons are listed.
 */
public final class Recommender {
  private static final List<String> SIMPLICITY = List.of("intent-mesh", "tgw-hub", "hybrid", "full-mesh");

  private Recommender() {}

  public static Recommendation recommend(List<DesignSummary> designs, int vpcCount) {
    Comparator<DesignSummary> byCost = Comparator.comparingDouble((DesignSummary d) -> d.cost().total())
        .thenComparingInt(d -> rank(d.name()));
    List<DesignSummary> eligible = designs.stream().filter(DesignSummary::eligible).sorted(byCost).toList();
    List<String> reasons = new ArrayList<>();
    DesignSummary pick;
    if (!eligible.isEmpty()) {
      pick = eligible.get(0);
      reasons.add(String.format(Locale.ROOT, "%s is the cheapest design that fits every quota and requirement and keeps the segmentation: $%.2f/month",
          pick.name(), pick.cost().total()));
    } else {
      // a quota can be raised; traffic a design does not route cannot be bought back: unmet requirements count first
      pick = designs.stream().filter(DesignSummary::competes).sorted(Comparator.comparingInt((DesignSummary d) -> d.unmet().size())
          .thenComparingInt(d -> d.violations().size()).thenComparingLong(DesignSummary::unintendedPeerings)
          .thenComparing(byCost)).findFirst().orElseThrow();
      if (pick.unmet().isEmpty() && !pick.violations().isEmpty()) {
        reasons.add(pick.name() + " has the fewest quota violations; no design fits the quotas in force: raise "
            + String.join(", ", pick.violations().stream().map(v -> v.quota().substring(7)).distinct().toList()));
      } else {
        reasons.add(String.format(Locale.ROOT, "no design fits every requirement; %s comes closest (fewest unmet "
            + "requirements, then quota violations, then cost: $%.2f/month) but still: %s", pick.name(), pick.cost().total(),
            String.join("; ", problems(pick))));
      }
    }
    for (DesignSummary d : designs) {
      if (d == pick) continue;
      if (!d.competes()) {
        reasons.add(d.name() + ": " + (d.notApplicable() ? d.excluded() : excludedReason(d, pick)));
        continue;
      }
      if (!d.violations().isEmpty()) {
        for (QuotaViolation v : d.violations()) reasons.add(d.name() + ": " + v.message());
      } else if (!d.unmet().isEmpty()) {
        for (String u : d.unmet()) reasons.add(d.name() + ": " + u);
      } else if (d.unintendedPeerings() > 0) {
        reasons.add(d.name() + ": peers " + d.unintendedPeerings() + " VPC pairs that no segment rule or intent joins");
      } else if (d.cost().total() == pick.cost().total()) {
        reasons.add(d.name() + ": fits at the same cost" + (same(d, pick) ? " and builds the same peerings here" : "")
            + "; " + pick.name() + " is preferred as the simpler design");
      } else {
        reasons.add(String.format(Locale.ROOT, "%s: fits, but costs $%.2f/month", d.name(), d.cost().total()));
      }
    }
    if (pick.name().endsWith("mesh") && vpcCount >= 5) {
      reasons.add("with " + vpcCount + " VPCs a mesh is near AWS's rule of thumb (consider a TGW from 5 VPCs): every new VPC "
          + "adds peerings and routes in every peer; see the crossover table");
    }
    return new Recommendation(pick.name(), reasons);
  }

  /** Why the hairpin is not chosen: its cost beside the pick's, its latency, the bandwidth its busiest link needs. */
  private static String excludedReason(DesignSummary d, DesignSummary pick) {
    String vs = d.cost().total() > pick.cost().total() ? "more than" : d.cost().total() < pick.cost().total() ? "less than"
        : "the same as";
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "$%.2f/month (%s %s)", d.cost().total(), vs,
        pick.name()));
    HairpinCost.Link busiest = null;
    for (HairpinCost.Link l : d.dxLinks()) if (busiest == null || l.peakGbps() > busiest.peakGbps()) busiest = l;
    if (busiest != null) {
      sb.append(String.format(Locale.ROOT, "; its busiest Direct Connect link (%s) needs %.3f Gbps at peak", busiest.region(),
          busiest.peakGbps()));
    }
    for (QuotaViolation v : d.violations()) sb.append("; ").append(v.message());
    for (String u : d.unmet()) sb.append("; ").append(u);
    return sb.append("; not chosen: ").append(d.excluded()).toString();
  }

  private static List<String> problems(DesignSummary d) {
    List<String> out = new ArrayList<>(d.unmet());
    for (QuotaViolation v : d.violations()) out.add(v.message());
    if (d.unintendedPeerings() > 0) out.add("peers " + d.unintendedPeerings() + " VPC pairs that no segment rule or intent joins");
    return out;
  }

  private static boolean same(DesignSummary a, DesignSummary b) {
    return a.counts().peerings() == b.counts().peerings() && a.counts().attachments() == b.counts().attachments();
  }

  static int rank(String name) {
    int i = SIMPLICITY.indexOf(name);
    return i < 0 ? SIMPLICITY.size() : i;
  }
}
