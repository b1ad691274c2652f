package io.vpcplan.cli;

import io.vpcplan.io.LockFile;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.Planner;
import io.vpcplan.ipam.PoolUsage;
import io.vpcplan.model.Network;
import io.vpcplan.render.AddressUse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What `diagram` and `report` draw from a SOURCE: the network, and its pools when it is a design. */
final class RenderInput {
  private RenderInput() {}

  record Loaded(Network network, List<PoolUsage> pools, List<String> warnings) {}

  static Network network(Path source) {
    return Sources.network(source);
  }

  /** A design's pools come from its plan; anything else is measured against the private ranges. */
  static Loaded load(Path source) {
    Network n = Sources.network(source);
    if (isDesign(source)) {
      PlanResult r = Planner.plan(Sources.design(source), LockFile.read(LockFile.besideDesign(source)),
          Planner.Options.DEFAULT);
      return new Loaded(n, r.pools(), r.warnings());
    }
    return new Loaded(n, AddressUse.of(n), List.of());
  }

  static boolean isDesign(Path source) {
    String name = source.getFileName() == null ? "" : source.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(source) && (name.endsWith(".yaml") || name.endsWith(".yml"))
        && !name.contains("network-config");
  }
}
