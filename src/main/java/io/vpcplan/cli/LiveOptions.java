package io.vpcplan.cli;

import io.vpcplan.model.Suggest;
import io.vpcplan.aws.AccountRegion;
import io.vpcplan.aws.LiveConfig;
import io.vpcplan.aws.LiveSnapshot;
import io.vpcplan.aws.RetrySettings;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;

/** How to reach live AWS: shared by {@code snapshot} and, later, {@code import}/{@code validate --live}. */
public final class LiveOptions {
  private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
  // Texts shared with ApplyAwsOptions: one vocabulary, the same meaning in every command.
  static final String PROFILE = "Named profile of ~/.aws/config to take credentials and region from"
      + " (default: the default credential chain: environment, profile, SSO, container, instance role).";
  static final String EXTERNAL_ID = "External id for sts:AssumeRole, if the roles require one.";
  static final String ENDPOINT = "EC2 endpoint to use instead of AWS's (an EC2-compatible service, LocalStack, a proxy).";
  static final String STS_ENDPOINT = "STS endpoint to use instead of AWS's (default: --endpoint-url when given).";
  static final String PARALLELISM = "Account-regions read at once, 1 to " + LiveConfig.MAX_PARALLELISM + " (default: ${DEFAULT-VALUE}).";
  static final String MAX_ATTEMPTS = "Attempts per API call when throttled or on transient errors (default: ${DEFAULT-VALUE}).";
  static final String RETRY_DELAY = "Base delay before retrying a throttled call; doubles per attempt, with jitter, up to 20 s"
      + " (default: ${DEFAULT-VALUE}).";

  @Option(names = "--profile", paramLabel = "NAME", description = PROFILE)
  String profile;

  @Option(names = "--regions", split = ",", paramLabel = "REGION",
      description = "Regions to read, comma-separated, or 'all' for every region enabled in each account"
          + " (default: the configured region).")
  List<String> regions;

  @Option(names = "--accounts", split = ",", paramLabel = "ACCOUNT",
      description = "Accounts to read, comma-separated 12-digit ids; with several, --role-name is assumed in each"
          + " (default: the account of the credentials).")
  List<String> accounts;

  @Option(names = "--role-name", paramLabel = "ROLE",
      description = "Role to assume in each of --accounts, e.g. OrganizationAccountAccessRole (may include a path).")
  String roleName;

  @Option(names = "--external-id", paramLabel = "ID", description = EXTERNAL_ID)
  String externalId;

  @Option(names = "--endpoint-url", paramLabel = "URL", description = ENDPOINT)
  String endpointUrl;

  @Option(names = "--sts-endpoint-url", paramLabel = "URL", description = STS_ENDPOINT)
  String stsEndpointUrl;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "8", description = PARALLELISM)
  int parallelism;

  @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "10", description = MAX_ATTEMPTS)
  int maxAttempts;

  @Option(names = "--retry-delay-ms", paramLabel = "MS", defaultValue = "1000", description = RETRY_DELAY)
  long retryDelayMs;

  /** Live-only options given without --live would be silently ignored: refuse them instead. */
  void refuseWithoutLive() {
    String given = profile != null ? "--profile" : regions != null ? "--regions" : accounts != null ? "--accounts"
        : roleName != null ? "--role-name" : externalId != null ? "--external-id" : endpointUrl != null ? "--endpoint-url"
        : stsEndpointUrl != null ? "--sts-endpoint-url" : parallelism != 8 ? "--parallelism"
        : maxAttempts != 10 ? "--max-attempts" : retryDelayMs != 1000 ? "--retry-delay-ms" : null;
    if (given != null) {
      fail(given, "reads live AWS accounts, but --live was not given; add --live, or drop " + given + " to read the SOURCE only");
    }
  }

  /** Checks every option and builds the configuration; bad values are usage errors naming the option. */
  public LiveConfig toConfig() {
    return toConfig(List.of());
  }

  /**
   * For apply ({@link ApplyAwsOptions}, which has no --accounts): the accounts come from the design
   * (so --role-name stands alone), and without --regions the design's regions are used.
   */
  LiveConfig toConfigForPlan(List<String> planRegions) {
    return toConfig(planRegions);
  }

  /** --role-name as given (without a leading slash), or "". */
  String role() {
    return roleName == null ? "" : roleName.strip().replaceFirst("^/+", "");
  }

  private LiveConfig toConfig(List<String> planRegions) {
    boolean forPlan = !planRegions.isEmpty();
    String prof = profile == null ? "" : profile.strip();
    URI ec2 = url("--endpoint-url", endpointUrl);
    URI sts = url("--sts-endpoint-url", stsEndpointUrl);
    boolean all = false;
    List<String> rs = new ArrayList<>();
    for (String r : regions == null ? List.<String>of() : regions) {
      String name = r.strip();
      if (name.equalsIgnoreCase(AccountRegion.ALL_REGIONS)) {
        all = true;
      } else {
        checkRegion("--regions", name, ec2 != null);
        if (!rs.contains(name)) rs.add(name);
      }
    }
    if (all && !rs.isEmpty()) fail("--regions", "'all' cannot be combined with named regions; give one or the other");
    List<String> accs = new ArrayList<>();
    for (String a : accounts == null ? List.<String>of() : accounts) {
      String id = a.strip();
      if (!AccountRegion.isAccountId(id)) fail("--accounts", "'" + a + "' is not an account id (12 digits, e.g. 111122223333)");
      if (!accs.contains(id)) accs.add(id);
    }
    String role = role();
    if (accs.size() > 1 && role.isEmpty()) {
      fail("--role-name", "several accounts need a role to assume in each; add --role-name OrganizationAccountAccessRole"
          + " (or the role your organization uses)");
    }
    if (!role.isEmpty() && accs.isEmpty() && !forPlan) {
      fail("--accounts", "--role-name needs the accounts to assume it in: add --accounts");
    }
    if (parallelism < 1 || parallelism > LiveConfig.MAX_PARALLELISM) {
      fail("--parallelism", parallelism + " is out of range; use 1 to " + LiveConfig.MAX_PARALLELISM);
    }
    if (maxAttempts < 1 || maxAttempts > 100) fail("--max-attempts", maxAttempts + " is out of range; use 1 to 100");
    if (retryDelayMs < 0 || retryDelayMs > 60_000) fail("--retry-delay-ms", retryDelayMs + " is out of range; use 0 to 60000");
    Duration throttle = Duration.ofMillis(retryDelayMs);
    Duration base = throttle.compareTo(Duration.ofMillis(100)) < 0 ? throttle : Duration.ofMillis(100);
    Duration cap = throttle.compareTo(Duration.ofSeconds(20)) > 0 ? throttle : Duration.ofSeconds(20);
    RetrySettings retry = new RetrySettings(maxAttempts, base, throttle, cap);
    // Last, the checks that read ~/.aws: every typo above is reported without touching it.
    if (!prof.isEmpty()) checkProfile(prof);
    if (!all && rs.isEmpty() && forPlan) rs.addAll(planRegions);
    if (all && forPlan) fail("--regions", "apply works in the design's regions; name some of them or leave --regions out");
    if (!all && rs.isEmpty()) {
      rs.add(LiveSnapshot.defaultRegion(prof).orElseThrow(() -> new InputException(Location.NONE, "--regions",
          "no region given and none configured (AWS_REGION or region in ~/.aws/config);"
              + " pass --regions us-east-1[,eu-west-1...] or --regions all")));
    }
    if (forPlan) {
      // LiveConfig's own rule (a role needs accounts) holds once ApplyRun names the design's accounts
      return new LiveConfig(prof, rs, false, List.of(), "", externalId, ec2, sts, parallelism, retry, null);
    }
    return new LiveConfig(prof, all ? List.of() : rs, all, accs, role, externalId, ec2, sts, parallelism, retry, null);
  }

  private static void checkProfile(String name) {
    List<String> known;
    try {
      known = List.copyOf(ProfileFile.defaultProfileFile().profiles().keySet());
    } catch (RuntimeException e) {
      return; // an unreadable config file is reported by the SDK when credentials are resolved
    }
    if (!known.contains(name)) {
      fail("--profile", "no profile '" + name + "' in ~/.aws/config or ~/.aws/credentials" + Suggest.hint(name, known));
    }
  }

  /** A region name as AWS spells them; {@code customEndpoint}: any well-formed name (a local service may have its own). */
  static void checkRegion(String option, String name, boolean customEndpoint) {
    if (!AccountRegion.isRegionName(name)) fail(option, "'" + name + "' is not a region name");
    if (customEndpoint || AWS_REGION.matcher(name).matches()) return;
    List<String> known = Region.regions().stream().map(Region::id).toList();
    fail(option, "'" + name + "' is not an AWS region name (like us-east-1)" + Suggest.hint(name, known));
  }

  private static URI url(String option, String value) {
    if (value == null || value.isBlank()) return null;
    try {
      URI u = new URI(value.strip());
      if (u.getScheme() != null && (u.getScheme().equals("http") || u.getScheme().equals("https")) && u.getHost() != null) {
        return u;
      }
    } catch (java.net.URISyntaxException e) {
      // fall through to the message below
    }
    fail(option, "'" + value + "' is not an http(s) URL, e.g. https://ec2.us-east-1.amazonaws.com or http://localhost:4566");
    return null;
  }

  private static void fail(String option, String problem) {
    throw new InputException(Location.NONE, option, problem);
  }
}
