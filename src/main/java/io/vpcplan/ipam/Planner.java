package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design;
import io.vpcplan.model.Location;
import java.util.List;

/**
 * Hierarchical, stable CIDR allocation: pool → region block → segment block → VPC → subnets.
 * Locked allocations are kept; only what is new is allocated, largest first, best fit.
 */
public final class Planner {
  private Planner() {}

  /** A range nothing may be allocated in (reserved, brownfield, or read from an inventory). */
  public record Blocked(Cidr cidr, String what, Location location) {}

  /**
   * {@code prune}: free the ranges of VPCs (and subnets) removed from the design.
   * {@code against}: ranges that exist already (from an inventory), to plan around.
   */
  public record Options(boolean prune, List<Blocked> against) {
    public static final Options DEFAULT = new Options(false, List.of());

    public Options {
      against = List.copyOf(against);
    }
  }

  public static PlanResult plan(Design design) {
    return plan(design, Lock.EMPTY, Options.DEFAULT);
  }

  public static PlanResult plan(Design design, Lock lock, Options options) {
    return plan(design, lock, options, l -> {});
  }

  /**
   * As {@link #plan(Design, Lock, Options)}; {@code lockReady} gets the new lock (the result's) as soon as it
   * is made, so a caller can start writing it out while the rest of the result is built.
   */
  public static PlanResult plan(Design design, Lock lock, Options options, java.util.function.Consumer<Lock> lockReady) {
    PlanRun run = new PlanRun(design, lock == null ? Lock.EMPTY : lock, options);
    run.lockReady = lockReady;
    return run.run();
  }
}
