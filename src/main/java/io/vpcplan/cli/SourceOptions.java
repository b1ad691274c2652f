package io.vpcplan.cli;

import io.vpcplan.source.SourceRequest;
import io.vpcplan.source.Topologies;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** How SOURCEs are read: the same options, with the same meaning, in every command that reads them. */
public final class SourceOptions extends EstateOptions {
  /** One text for every command, so --traffic means the same wherever it is offered. */
  static final String TRAFFIC = "Monthly traffic per VPC pair of a design (flows: [{from, to, gbPerMonth}]); replaces the"
      + " intents' gbPerMonth in the cost comparison, and so in the recommended topology, alike in every command.";

  @Option(names = "--topology", paramLabel = "NAME", defaultValue = Topologies.RECOMMENDED,
      description = "For a design, the connectivity it gets: recommended (what 'compare' recommends), none (VPCs only), "
          + "full-mesh, intent-mesh, tgw-hub, hybrid or split-tgw (default: ${DEFAULT-VALUE}). Estates keep their own routing.")
  public String topology;

  @Option(names = "--traffic", paramLabel = "FILE", description = TRAFFIC)
  public Path traffic;

  SourceRequest request(List<Path> paths) {
    check();
    return new SourceRequest(paths, account, region, settings, topology, true, traffic);
  }
}
