package io.vpcplan.source;

import io.vpcplan.cost.Comparing;
import io.vpcplan.cost.Comparison;
import io.vpcplan.cost.Facts;
import io.vpcplan.finding.Finding;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.model.NetworkCounts;
import io.vpcplan.topology.Flow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the source pipeline made of the SOURCEs: one network (with the topology applied to a
 * design), the findings met while reading (importers' findings, the planner's warnings), and for
 * a design what was planned and compared. Every command works from this.
 */
public record Loaded(Network network, List<Finding> findings, Optional<Planned> planned, String topology) {
  public Loaded {
    findings = List.copyOf(findings);
  }

  /**
   * A planned design: the plan (pools, warnings, changes), the network before any topology, the
   * facts and flows the comparison used, and the comparison when it was made.
   */
  public record Planned(Path file, Design design, PlanResult plan, Network base, Facts facts, List<Flow> flows,
      Optional<Comparing> comparing) {
    /** The full comparison (worked out on first use: most commands need only the recommended design). */
    public Optional<Comparison.Report> comparison() {
      return comparing.map(Comparing::report);
    }
  }

  public NetworkCounts counts() {
    return NetworkCounts.of(network);
  }
}
