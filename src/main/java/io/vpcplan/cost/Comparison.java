package io.vpcplan.cost;

import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.FullMeshDesigner;
import io.vpcplan.topology.HairpinDesigner;
import io.vpcplan.topology.HubDesigner;
import io.vpcplan.topology.HybridDesigner;
import io.vpcplan.topology.IntentMeshDesigner;
import io.vpcplan.topology.SplitTgwDesigner;
import io.vpcplan.topology.TopologyDesign;
import io.vpcplan.topology.TopologyDesigner;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the designers on one network and compares counts, quotas, cost; recommends one. The
 * split-TGW and hairpin designs are shown beside the four; a design that does not apply (one
 * environment; no on-premises site) is listed with the reason, and the hairpin is never chosen.
 */
public final class Comparison {
  private Comparison() {}

  public record Report(List<DesignSummary> designs, Recommendation recommendation, List<PrivateLinkAdvice> privateLink,
      Crossover.Table crossover, Facts facts, List<Flow> flows) {}

  public static List<TopologyDesigner> designers(Facts f, List<Flow> flows) {
    HubDesigner hub = new HubDesigner();
    HybridDesigner.Rule rule = new HybridDesigner.Rule(f.get("prices.tgwPerGb"), f.get("prices.crossAzPerGb"),
        f.get("prices.interRegionPerGb"), f.get("prices.hybridMinSavingsMonth"), (long) f.get("quotas.peeringsPerVpc"),
        (long) f.get("quotas.routesPerRouteTable"));
    return List.of(new FullMeshDesigner(), new IntentMeshDesigner(), hub, new HybridDesigner(rule, flows, hub),
        new SplitTgwDesigner(), new HairpinDesigner());
  }

  public static Report compare(Network network, Design.Connectivity options, Facts facts, List<Flow> flows) {
    return new Comparing(network, options, facts, flows).report();
  }

  /** On-premises routers cannot route between overlapping VPCs either: those flows are unmet, the rest carried. */
  static List<Flow> hairpinCarried(Network network, List<Flow> flows, List<String> unmet) {
    io.vpcplan.topology.TopologyGraph g = io.vpcplan.topology.TopologyGraph.of(network);
    List<Flow> out = new ArrayList<>();
    for (Flow f : flows) {
      if (g.vpc(f.from()) != null && g.vpc(f.to()) != null && g.overlaps(f.from(), f.to())) {
        unmet.add(String.format(java.util.Locale.ROOT, "cannot carry %.0f GB/month between %s and %s (their blocks "
            + "overlap: on-premises routers cannot route between them either; not priced)", f.gbPerMonth(), f.from(), f.to()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** Why a design is shown but not recommended: not applicable here, or the hairpin (never chosen); else "". */
  static String excluded(TopologyDesign td, Network network) {
    if (td.name().equals(SplitTgwDesigner.NAME)) {
      // the designer says so in its notes (computing it again would cost a second topology graph)
      return td.materialized() ? "" : td.notes().stream().filter(n -> n.startsWith(DesignSummary.NOT_APPLICABLE)).findFirst().orElse("");
    }
    if (!td.name().equals(HairpinDesigner.NAME)) return "";
    if (HairpinDesigner.hubSite(network).isEmpty()) {
      return DesignSummary.NOT_APPLICABLE + "the design has no on-premises site to route VPC-to-VPC traffic through";
    }
    return "VPC-to-VPC traffic through on-premises routers adds an on-premises round trip to every flow and depends on "
        + "Direct Connect capacity; AWS prefers a Transit Gateway: choose it only to keep routing on premises";
  }
}
