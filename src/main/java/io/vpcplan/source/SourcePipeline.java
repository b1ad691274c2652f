package io.vpcplan.source;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.inventory.AwsConfigs;
import io.vpcplan.inventory.Inventory;
import io.vpcplan.inventory.LzaImporter;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SOURCEs → one Network plus the findings met while reading it. Every command gets its network
 * here, so they all read the same files the same way, refuse the same lock conflicts, apply the
 * same topology to a design and count the same VPCs.
 *
 * <p>Describe-style sources (folders, describe-* files) are read together, so references between
 * them resolve; LZA configs and designs become networks of their own; all are then merged.
 */
public final class SourcePipeline {
  private SourcePipeline() {}

  public static Loaded load(SourceRequest req) {
    Loaded early = EarlyEstate.take(req);
    return early != null ? early : loadNow(req);
  }

  /** The load itself, here and on the read-ahead thread (which must not wait for its own result). */
  static Loaded loadNow(SourceRequest req) {
    String topology = Topologies.check(req.topology());
    if (req.paths().isEmpty()) throw new InputException(Location.NONE, "SOURCE", "give at least one SOURCE");
    List<Path> describe = new ArrayList<>();
    List<Network> parts = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Loaded.Planned planned = null;
    String chosen = "as imported";
    for (Path p : req.paths()) {
      switch (SourceFiles.kind(p)) {
        case DESCRIBE -> describe.add(p);
        case LZA -> {
          Inventory inv = LzaImporter.read(p, req.settings());
          parts.add(inv.network());
          findings.addAll(inv.findings());
        }
        case DESIGN -> {
          if (!req.designs()) throw notAnEstate(p);
          if (planned != null && planned.file().toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize())) {
            throw new InputException(Location.of(p.toString()), "SOURCE", "the design is given twice; give it once");
          }
          if (planned != null) {
            throw new InputException(Location.of(p.toString()), "SOURCE", "only one design can be read at a time ("
                + planned.file() + " is the other); merge them into one design, or give the estates alongside one design");
          }
          planned = DesignSource.plan(p, topology, req.traffic());
          chosen = Topologies.chosen(topology, planned.comparing());
          parts.add(DesignSource.connect(planned, topology));
          for (String w : planned.plan().warnings()) {
            findings.add(Finding.of(Code.PLAN_WARNING, Severity.WARNING, w, Location.of(p.toString())));
          }
        }
      }
    }
    if (req.traffic() != null && planned == null) {
      throw new InputException(Location.NONE, "--traffic", "prices the connectivity of a design, and no SOURCE is a design;"
          + " drop --traffic (an estate keeps its own routing)");
    }
    if (!describe.isEmpty()) {
      // all at once, so a subnet in one source still meets its VPC in another
      Inventory inv = AwsConfigs.readAll(describe, req.account(), req.region());
      parts.add(0, inv.network());
      findings.addAll(inv.findings());
    }
    return new Loaded(NetworkMerge.merge(parts), findings, Optional.ofNullable(planned), chosen);
  }

  /**
   * Starts reading PATHS, when they are all aws_configs folders or describe-* files, on a thread of
   * its own; the {@link #load} of the same paths with no source options then takes what it read.
   */
  public static void preload(List<Path> paths) {
    EarlyEstate.start(paths);
  }

  private static InputException notAnEstate(Path p) {
    return new InputException(Location.of(p.toString()), "", "this looks like a design file, not an inventory; plan "
        + "it with 'vpcplan plan', or give an aws_configs folder, a describe-* JSON file or an LZA network-config.yaml");
  }
}
