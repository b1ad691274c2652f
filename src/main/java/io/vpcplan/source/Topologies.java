package io.vpcplan.source;

import io.vpcplan.cost.Comparing;
import io.vpcplan.cost.Comparison;
import io.vpcplan.cost.Facts;
import io.vpcplan.model.Design;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.TopologyDesign;
import io.vpcplan.topology.TopologyDesigner;
import java.util.List;
import java.util.Optional;

/** The connectivity a design is given: the one `compare` recommends, a named one, or none. */
public final class Topologies {
  public static final String RECOMMENDED = "recommended";
  public static final String NONE = "none";
  /** Every name --topology takes; "as-is" is an alias of none (the network's own routing). */
  public static final List<String> NAMES = List.of(RECOMMENDED, NONE, "full-mesh", "intent-mesh", "tgw-hub", "hybrid",
      "split-tgw");

  private Topologies() {}

  public static String check(String name) {
    String n = "as-is".equals(name) ? NONE : name;
    if (!NAMES.contains(n)) {
      throw new InputException(Location.NONE, "--topology", "unknown topology '" + name + "'; use one of "
          + String.join(", ", NAMES));
    }
    return n;
  }

  /** The chosen design's name: the recommendation when asked for, else the name itself. */
  static String chosen(String name, Optional<Comparing> comparing) {
    return name.equals(RECOMMENDED) ? comparing.orElseThrow().pick().name() : name;
  }

  /** The base network connected by the named design; a mesh too large to build object by object is refused. */
  static Network apply(String chosen, Network base, Design.Connectivity options, Facts facts, List<Flow> flows,
      Optional<Comparing> comparing) {
    if (chosen.equals(NONE)) return base;
    TopologyDesign td = null;
    if (comparing.isPresent() && comparing.get().pick().name().equals(chosen)) td = comparing.get().pick();
    if (td == null) {
      for (TopologyDesigner t : Comparison.designers(facts, flows)) if (t.name().equals(chosen)) td = t.design(base, options);
    }
    if (td == null) throw new InputException(Location.NONE, "--topology", "unknown topology '" + chosen + "'");
    if (!td.materialized()) {
      String why = td.notes().stream().filter(n -> n.startsWith("not applicable")).findFirst().orElse(null);
      if (why != null) throw new InputException(Location.NONE, "--topology", chosen + " is " + why + "; choose another");
      throw new InputException(Location.NONE, "--topology", chosen + " is too large to build for this design ("
          + td.counts().peerings() + " peerings); choose tgw-hub or hybrid, or none");
    }
    return td.network();
  }
}
