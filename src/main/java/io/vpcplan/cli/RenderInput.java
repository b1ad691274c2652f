package io.vpcplan.cli;

import io.vpcplan.finding.Finding;
import io.vpcplan.cost.AwsFacts;
import io.vpcplan.cost.Comparison;
import io.vpcplan.cost.DesignSummary;
import io.vpcplan.cost.Facts;
import io.vpcplan.inventory.Inventory;
import io.vpcplan.io.LockFile;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.Planner;
import io.vpcplan.ipam.PoolUsage;
import io.vpcplan.model.Design;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.render.AddressUse;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.TopologyDesign;
import io.vpcplan.topology.TopologyDesigner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What `diagram` and `report` draw from a SOURCE. A design is planned and connected with the
 * topology asked for (by default the one `compare` recommends), so the picture shows the TGWs,
 * route tables and peerings vpcplan would build; an inventory (aws_configs folder, describe-*
 * JSON, LZA network-config) is drawn as it is.
 */
final class RenderInput {
  private RenderInput() {}

  static final List<String> TOPOLOGIES = List.of("recommended", "none", "full-mesh", "intent-mesh", "tgw-hub", "hybrid");

  /** {@code findings}: what the importer found while reading (validation findings are added later). */
  record Loaded(Network network, List<PoolUsage> pools, List<String> warnings, Optional<Comparison.Report> comparison,
      String topology, List<Finding> findings) {}

  static Loaded load(Path source, String topology, boolean compare) {
    return load(source, topology, compare, null, null);
  }

  /**
   * Reads SOURCE as `validate` does (an aws_configs folder, describe-* JSON, an LZA config or a
   * design); a design is planned and connected, anything else drawn as imported.
   */
  static Loaded load(Path source, String topology, boolean compare, String account, String region) {
    if (!TOPOLOGIES.contains(topology)) {
      throw new InputException(Location.NONE, "--topology", "unknown topology '" + topology + "'; use one of "
          + String.join(", ", TOPOLOGIES));
    }
    Loaded[] design = new Loaded[1];
    Inventory inv = InventorySources.load(source, account, region, p -> {
      design[0] = planned(p, topology, compare);
      return design[0].network();
    });
    if (design[0] != null) return design[0];
    Network n = inv.network();
    return new Loaded(n, AddressUse.of(n), List.of(), Optional.empty(), "as imported", inv.findings());
  }

  private static Loaded planned(Path source, String topology, boolean compare) {
    Design d = Sources.design(source);
    PlanResult plan = Planner.plan(d, LockFile.read(LockFile.besideDesign(source)), Planner.Options.DEFAULT);
    Network base = plan.network();
    Facts facts = AwsFacts.defaults().with(d.overrides());
    List<Flow> flows = Flow.fromIntents(base);
    Optional<Comparison.Report> report = compare || topology.equals("recommended")
        ? Optional.of(Comparison.compare(base, d.connectivity(), facts, flows)) : Optional.empty();
    String chosen = topology.equals("recommended") ? report.get().recommendation().design() : topology;
    Network drawn = base;
    if (!chosen.equals("none")) {
      if (report.isPresent()) {
        for (DesignSummary s : report.get().designs()) if (s.name().equals(chosen)) drawn = usable(s.design(), base);
      } else {
        for (TopologyDesigner t : Comparison.designers(facts, flows)) {
          if (t.name().equals(chosen)) drawn = usable(t.design(base, d.connectivity()), base);
        }
      }
    }
    return new Loaded(drawn, plan.pools(), plan.warnings(), report, chosen, List.of());
  }

  /** A mesh too large to build object by object has no peerings to draw: draw the VPCs only. */
  private static Network usable(TopologyDesign td, Network base) {
    return td.materialized() ? td.network() : base;
  }
}
