package io.vpcplan.cli;

import io.vpcplan.source.SourceRequest;
import io.vpcplan.source.Topologies;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How a DESIGN is read by the commands that take only a design (apply, iam-policy): the --topology and
 * --traffic of SourceOptions without its options for describe-* files and LZA placeholders, which a design never uses
 * (and which, next to apply's --accounts and --regions, read as if they chose what to apply).
 */
public final class DesignOptions {
  @Option(names = "--topology", paramLabel = "NAME", defaultValue = Topologies.RECOMMENDED,
      description = "The connectivity the design gets: recommended (what 'compare' recommends), none (VPCs only), "
          + "full-mesh, intent-mesh, tgw-hub, hybrid or split-tgw (default: ${DEFAULT-VALUE}).")
  public String topology;

  @Option(names = "--traffic", paramLabel = "FILE", description = SourceOptions.TRAFFIC)
  public Path traffic;

  SourceRequest request(List<Path> paths) {
    return new SourceRequest(paths, null, null, Map.of(), topology, true, traffic);
  }
}
