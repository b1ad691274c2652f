package io.vpcplan.cli;

import io.vpcplan.aws.LiveConfig;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How `apply` reaches AWS: LiveOptions' vocabulary (same names, same meanings) without what apply
 * takes from the design instead: no --accounts (the design's `id:`s), and --regions defaults to the
 * design's regions, not the configured one.
 */
public final class ApplyAwsOptions {
  @Option(names = "--profile", paramLabel = "NAME", description = LiveOptions.PROFILE)
  String profile;

  @Option(names = "--regions", split = ",", paramLabel = "REGION",
      description = "Regions to apply in, comma-separated (default: the design's regions, and those its state file"
          + " records from an earlier apply).")
  List<String> regions;

  @Option(names = "--role-name", paramLabel = "ROLE",
      description = "Role to assume in each of the design's accounts, such as OrganizationAccountAccessRole (may include a"
          + " path); needed when the plan spans several accounts (without it: the account of the credentials).")
  String roleName;

  @Option(names = "--external-id", paramLabel = "ID", description = LiveOptions.EXTERNAL_ID)
  String externalId;

  @Option(names = "--endpoint-url", paramLabel = "URL", description = LiveOptions.ENDPOINT)
  String endpointUrl;

  @Option(names = "--sts-endpoint-url", paramLabel = "URL", description = LiveOptions.STS_ENDPOINT)
  String stsEndpointUrl;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "8", description = LiveOptions.PARALLELISM)
  int parallelism;

  @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "10", description = LiveOptions.MAX_ATTEMPTS)
  int maxAttempts;

  @Option(names = "--retry-delay-ms", paramLabel = "MS", defaultValue = "1000", description = LiveOptions.RETRY_DELAY)
  long retryDelayMs;

  boolean regionsGiven() {
    return regions != null;
  }

  /** Checks every option as LiveOptions does (same messages) and builds the configuration for the plan's regions. */
  LiveConfig toConfig(List<String> planRegions) {
    return asLive().toConfigForPlan(planRegions);
  }

  String role() {
    return asLive().role();
  }

  private LiveOptions asLive() {
    LiveOptions l = new LiveOptions();
    l.profile = profile;
    l.regions = regions;
    l.roleName = roleName;
    l.externalId = externalId;
    l.endpointUrl = endpointUrl;
    l.stsEndpointUrl = stsEndpointUrl;
    l.parallelism = parallelism;
    l.maxAttempts = maxAttempts;
    l.retryDelayMs = retryDelayMs;
    return l;
  }
}
