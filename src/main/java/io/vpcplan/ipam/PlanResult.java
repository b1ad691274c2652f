package io.vpcplan.ipam;

import io.vpcplan.model.Network;
import java.util.List;

/** The planner's output: the planned network, pool use, the change report, warnings and the new lock. */
public record PlanResult(Network network, List<PoolUsage> pools, List<Change> changes, List<String> warnings,
    Lock lock) {
  public PlanResult {
    pools = List.copyOf(pools);
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
  }

  /**
   * How many '!' lines the change list has: one per VPC in conflict (however many of its ranges
   * and subnets collide), plus one per conflicting region or segment block.
   */
  public long conflictCount() {
    return changes.stream().filter(c -> c.kind() == Change.Kind.CONFLICT).count();
  }

  public boolean hasConflicts() {
    return changes.stream().anyMatch(c -> c.kind() == Change.Kind.CONFLICT);
  }
}
