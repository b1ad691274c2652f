package io.vpcplan.cost;

import io.vpcplan.topology.Counts;
import io.vpcplan.topology.TopologyDesign;
import java.util.List;

/**
 * One design in a comparison: its counts, quota violations, monthly cost, and how many peered
 * pairs no segment rule or intent asks for (a full mesh ignores segmentation), and requirements
 * of the design it does not meet (centralized inspection needs a hub). {@code excluded}: why the
 * design is shown but never recommended (not applicable here, or the hairpin); empty when it competes.
 * {@code dxLinks}: the Direct Connect links the design needs (the hairpin's), with their bandwidth.
 */
public record DesignSummary(String name, TopologyDesign design, Counts counts, Cost cost,
    List<QuotaViolation> violations, long unintendedPeerings, List<String> unmet, List<String> notes, String excluded,
    List<HairpinCost.Link> dxLinks) {
  public DesignSummary(String name, TopologyDesign design, Counts counts, Cost cost, List<QuotaViolation> violations,
      long unintendedPeerings, List<String> unmet, List<String> notes) {
    this(name, design, counts, cost, violations, unintendedPeerings, unmet, notes, "", List.of());
  }

  public DesignSummary {
    violations = List.copyOf(violations);
    unmet = List.copyOf(unmet);
    notes = List.copyOf(notes);
    excluded = excluded == null ? "" : excluded;
    dxLinks = dxLinks == null ? List.of() : List.copyOf(dxLinks);
  }

  public boolean eligible() {
    return excluded.isEmpty() && violations.isEmpty() && unintendedPeerings == 0 && unmet.isEmpty();
  }

  /** Whether the design may be recommended at all (the fallback pick when nothing is eligible). */
  public boolean competes() {
    return excluded.isEmpty();
  }

  /** Not applicable here (no on-premises site, one environment): shown with the reason, never priced. */
  public boolean notApplicable() {
    return excluded.startsWith(NOT_APPLICABLE);
  }

  public static final String NOT_APPLICABLE = "not applicable: ";
}
