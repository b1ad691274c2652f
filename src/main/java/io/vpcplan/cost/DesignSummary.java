package io.vpcplan.cost;

import io.vpcplan.topology.Counts;
import io.vpcplan.topology.TopologyDesign;
import java.util.List;

/**
 * One design in a comparison: its counts, quota violations, monthly cost, and how many peered
 * pairs no segment rule or intent asks for (a full mesh ignores segmentation), and requirements
 * of the design it does not meet (centralized inspection needs a hub).
 */
public record DesignSummary(String name, TopologyDesign design, Counts counts, Cost cost,
    List<QuotaViolation> violations, long unintendedPeerings, List<String> unmet, List<String> notes) {
  public DesignSummary {
    violations = List.copyOf(violations);
    unmet = List.copyOf(unmet);
    notes = List.copyOf(notes);
  }

  public boolean eligible() {
    return violations.isEmpty() && unintendedPeerings == 0 && unmet.isEmpty();
  }
}
