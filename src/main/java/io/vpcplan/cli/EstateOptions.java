package io.vpcplan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How estate SOURCEs (describe-* files, LZA configs) are read: what `import` takes. The commands
 * that also read designs add --topology and --traffic ({@link SourceOptions}).
 */
public class EstateOptions {
  @Option(names = "--account", paramLabel = "ACCOUNT", description = "Account of a single describe-* JSON file "
      + "(folders and the files' OwnerId say it otherwise).")
  public String account;

  @Option(names = "--region", paramLabel = "REGION", description = "Region of a single describe-* JSON file.")
  public String region;

  @Option(names = "--set", paramLabel = "NAME=VALUE", mapFallbackValue = "",
      description = "Value of an LZA {{ NAME }} placeholder (beside the values of a replacements-config.yaml next to the file).")
  public Map<String, String> settings = new LinkedHashMap<>();

  /** Checks the values; a bad one is a usage error naming the option. */
  void check() {
    if (region != null) LiveOptions.checkRegion("--region", region, false);
    for (String name : settings.keySet()) {
      if (name.isBlank()) {
        throw new io.vpcplan.model.InputException(io.vpcplan.model.Location.NONE, "--set", "a setting has no NAME; give --set NAME=VALUE");
      }
    }
  }
}
