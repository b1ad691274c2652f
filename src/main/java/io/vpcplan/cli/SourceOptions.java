package io.vpcplan.cli;

import io.vpcplan.source.SourceRequest;
import io.vpcplan.source.Topologies;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** How SOURCEs are read: the same options, with the same meaning, in every command that reads them. */
public final class SourceOptions {
  @Option(names = "--account", paramLabel = "ACCOUNT", description = "Account of a single describe-* JSON file "
      + "(folders and the files' OwnerId say it otherwise).")
  public String account;

  @Option(names = "--region", paramLabel = "REGION", description = "Region of a single describe-* JSON file.")
  public String region;

  @Option(names = "--set", paramLabel = "NAME=VALUE", mapFallbackValue = "",
      description = "Value of an LZA {{ NAME }} placeholder (beside the values of a replacements-config.yaml next to the file).")
  public Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--topology", paramLabel = "NAME", defaultValue = Topologies.RECOMMENDED,
      description = "For a design, the connectivity it gets: recommended (what 'compare' recommends), none (VPCs only), "
          + "full-mesh, intent-mesh, tgw-hub, hybrid or split-tgw (default: ${DEFAULT-VALUE}). Estates keep their own routing.")
  public String topology;

  SourceRequest request(List<Path> paths) {
    if (region != null) LiveOptions.checkRegion("--region", region, false);
    for (String name : settings.keySet()) {
      if (name.isBlank()) {
        throw new io.vpcplan.model.InputException(io.vpcplan.model.Location.NONE, "--set", "a setting has no NAME; give --set NAME=VALUE");
      }
    }
    return new SourceRequest(paths, account, region, settings, topology, true, null);
  }
}
