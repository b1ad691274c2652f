package io.vpcplan.source;

import io.vpcplan.cost.AwsFacts;
import io.vpcplan.cost.Comparing;
import io.vpcplan.cost.Facts;
import io.vpcplan.cost.PrivateLinkAdvisor;
import io.vpcplan.cost.PrivateLinkPlan;
import io.vpcplan.io.DesignLoader;
import io.vpcplan.io.LockFile;
import io.vpcplan.ipam.Change;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.Planner;
import io.vpcplan.model.Design;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.RunFailedException;
import io.vpcplan.topology.Flow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A design SOURCE: loaded once, planned with the lock beside it (read, never written) and
 * connected with the requested topology. A design that conflicts with its lock is refused with
 * the plan's message, the same in every command.
 */
final class DesignSource {
  private DesignSource() {}

  static Loaded.Planned plan(Path file, String topology, Path traffic) {
    Design d = DesignLoader.load(file);
    Path lockPath = LockFile.besideDesign(file);
    PlanResult plan = Planner.plan(d, LockFile.read(lockPath), Planner.Options.DEFAULT);
    refuseConflicts(plan, lockPath);
    Network base = plan.network();
    Facts facts = AwsFacts.defaults().with(d.overrides());
    List<Flow> flows = traffic != null ? TrafficFile.read(traffic, base) : Flow.fromIntents(base);
    Optional<Comparing> report = topology.equals(Topologies.RECOMMENDED)
        ? Optional.of(new Comparing(base, d.connectivity(), facts, flows)) : Optional.empty();
    return new Loaded.Planned(file, d, plan, base, facts, flows, report);
  }

  /** Connected with the topology, plus the PrivateLink the advice recommends between overlapping VPCs. */
  static Network connect(Loaded.Planned p, String topology) {
    String chosen = Topologies.chosen(topology, p.comparing());
    Network n = Topologies.apply(chosen, p.base(), p.design().connectivity(), p.facts(), p.flows(), p.comparing());
    return PrivateLinkPlan.apply(n, p.comparing().map(Comparing::privateLink)
        .orElseGet(() -> PrivateLinkAdvisor.advise(p.base(), p.facts())));
  }

  /** The message `plan` prints for a lock conflict, so every command refuses alike. */
  static void refuseConflicts(PlanResult plan, Path lockPath) {
    if (!plan.hasConflicts()) return;
    List<Change> conflicts = plan.changes().stream().filter(c -> c.kind() == Change.Kind.CONFLICT).toList();
    StringBuilder sb = new StringBuilder();
    sb.append(conflicts.size()).append(conflicts.size() == 1 ? " conflict" : " conflicts")
        .append(" between the lock file and the design");
    for (Change c : conflicts) sb.append("\n  ! ").append(c.subject()).append("  ").append(c.detail());
    sb.append("\nnothing was drawn or checked: resolve each as its line says, then check with 'vpcplan plan'");
    throw new RunFailedException(Location.of(lockPath.toString()), sb.toString());
  }
}
