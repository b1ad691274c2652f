package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design.VpcDef;
import java.util.List;

/**
 * Warns about pinned VPCs that lie outside the block of their region (or segment): the planner
 * keeps each region and segment in one block so it summarises to one route in every TGW route
 * table and on-premises router; a pin elsewhere adds a route of its own there.
 */
final class PinCheck {
  private final PlanRun run;

  PinCheck(PlanRun run) {
    this.run = run;
  }

  void run() {
    for (VpcDef v : run.d.vpcs()) {
      if (v.pinned() == null || !v.pinned().isV4()) continue;
      List<Cidr> got = run.vpcCidrs.get(run.key(v));
      if (got == null || !got.contains(v.pinned())) continue; // in conflict with its lock: reported there
      Blocks region = run.regionBlocks.get(v.region());
      Blocks segment = run.segmentBlocks.get(v.region() + "/" + v.segment());
      if (outside(region, v.pinned())) {
        warn(v, "the " + v.region() + " region block " + roots(region), "the region", "route per region");
      } else if (outside(segment, v.pinned())) {
        warn(v, "the " + v.region() + "/" + v.segment() + " segment block " + roots(segment), "the segment",
            "route for the segment");
      }
    }
  }

  /** A region or segment without a block of its own (only pins in it) has nothing to summarise. */
  private static boolean outside(Blocks b, Cidr pin) {
    return b != null && !b.spaces.isEmpty() && b.roots().stream().noneMatch(r -> r.contains(pin));
  }

  private void warn(VpcDef v, String block, String what, String extra) {
    String where = v.location().toString();
    run.warnings.add((where.isEmpty() ? "" : where + ": ") + "VPC " + run.key(v) + " is pinned at " + v.pinned()
        + ", outside " + block + ": " + what + " no longer summarises to one route; move the pin inside " + block
        + ", or accept one more " + extra);
  }

  private static String roots(Blocks b) {
    List<Cidr> roots = b.roots().stream().sorted().toList();
    return String.join(", ", roots.stream().map(Cidr::toString).toList());
  }
}
