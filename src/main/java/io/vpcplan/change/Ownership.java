package io.vpcplan.change;

import io.vpcplan.generate.OwnershipTags;
import java.util.Map;
import java.util.Optional;

/** Whether a live resource is this plan's: its {@code vpcplan:plan} tag names the plan; its {@code vpcplan:id} says which. */
public final class Ownership {
  private Ownership() {}

  public static Optional<String> plannedId(Map<String, String> tags, String plan) {
    if (!plan.equals(tags.get(OwnershipTags.PLAN))) return Optional.empty();
    return Optional.ofNullable(tags.get(OwnershipTags.ID));
  }

  /** The plan name of a design file: its name up to the first dot ({@code acme.yaml} → {@code acme}). */
  public static String planName(java.nio.file.Path design) {
    String f = design.getFileName().toString();
    int dot = f.indexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }
}
