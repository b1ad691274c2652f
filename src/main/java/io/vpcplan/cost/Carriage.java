package io.vpcplan.cost;

import io.vpcplan.topology.Flow;
import io.vpcplan.topology.FlowCarriage;
import io.vpcplan.topology.ReachFinding;
import io.vpcplan.topology.ReachReport;
import io.vpcplan.topology.Reachability;
import io.vpcplan.topology.TopologyDesign;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a design's routing does not carry, as unmet requirements: the gaps {@code reach} finds in
 * it (intended pairs not connected) and flows (traffic file or intents) it cannot deliver. A design
 * that drops traffic is unfit, not cheaper. Designs too large to build are judged by counts only.
 */
final class Carriage {
  private static final int LISTED = 3;

  private Carriage() {}

  /** {@code carried}: the flows the design delivers, the only ones its cost prices. */
  record Result(List<String> unmet, List<Flow> carried) {}

  static Result check(TopologyDesign td, List<Flow> flows) {
    if (!td.materialized()) return new Result(List.of(), flows);
    List<String> out = new ArrayList<>(gaps(td));
    Result f = flows(td, flows);
    out.addAll(f.unmet());
    return new Result(out, f.carried());
  }

  /** The intended pairs the design's routing leaves unconnected, as one unmet requirement (none: empty). */
  static List<String> gaps(TopologyDesign td) {
    if (!td.materialized()) return List.of();
    ReachReport reach = Reachability.analyze(td.network());
    if (reach.gapCount() == 0) return List.of();
    StringBuilder sb = new StringBuilder().append(reach.gapCount()).append(" intended VPC pair")
        .append(reach.gapCount() == 1 ? " is" : "s are").append(" not connected (reach --topology ").append(td.name())
        .append(" lists them): ");
    java.util.Set<String> listed = new java.util.LinkedHashSet<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ReachFinding g : reach.gaps()) seen.add(g.from() + " -> " + g.to());
    int covered = 0;
    for (ReachFinding g : reach.gaps()) {
      if (listed.size() == LISTED) break;
      boolean both = seen.contains(g.to() + " -> " + g.from());
      if (both && listed.contains(g.to() + " <-> " + g.from())) continue;
      listed.add(both ? g.from() + " <-> " + g.to() : g.from() + " -> " + g.to());
      covered += both ? 2 : 1;
    }
    sb.append(String.join("; ", listed));
    if (reach.gapCount() > covered) sb.append("; and ").append(reach.gapCount() - covered).append(" more");
    return List.of(sb.toString());
  }

  /** The flows the design delivers, and one unmet requirement per flow it does not. */
  static Result flows(TopologyDesign td, List<Flow> flows) {
    if (!td.materialized()) return new Result(List.of(), flows);
    List<String> out = new ArrayList<>();
    List<Flow> carriedFlows = new ArrayList<>();
    if (flows.isEmpty()) return new Result(out, carriedFlows);
    List<ReachReport.Status> carried = FlowCarriage.of(td.network(), flows);
    for (int i = 0; i < flows.size(); i++) {
      Flow f = flows.get(i);
      if (carried.get(i) == ReachReport.Status.FULL) {
        carriedFlows.add(f);
        continue;
      }
      out.add(String.format(Locale.ROOT, "cannot carry %.0f GB/month between %s and %s (%s; not priced)", f.gbPerMonth(),
          f.from(), f.to(), carried.get(i) == ReachReport.Status.NONE ? "no route delivers it" : "only part of it is routed"));
    }
    return new Result(out, carriedFlows);
  }
}
