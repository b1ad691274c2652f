package io.vpcplan.topology;

import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a design's routing carries each flow, traced the way {@code reach} traces a pair (the
 * source's own local route first, so overlapping blocks are never delivered). A flow is two-way
 * traffic, so it is carried only as far as its weaker direction is.
 */
public final class FlowCarriage {
  private FlowCarriage() {}

  public static List<ReachReport.Status> of(Network network, List<Flow> flows) {
    if (flows.isEmpty()) return List.of();
    Forwarder f = new Forwarder(network);
    Map<String, Vpc> index = network.vpcIndex();
    List<ReachReport.Status> out = new ArrayList<>(flows.size());
    for (Flow fl : flows) {
      Vpc a = index.get(fl.from());
      Vpc b = index.get(fl.to());
      if (a == null || b == null) {
        out.add(ReachReport.Status.NONE);
        continue;
      }
      ReachReport.Status there = Reachability.evaluate(f, a, VpcTables.workload(a), b, false);
      ReachReport.Status back = Reachability.evaluate(f, b, VpcTables.workload(b), a, false);
      out.add(there.compareTo(back) <= 0 ? there : back);
    }
    return out;
  }
}
